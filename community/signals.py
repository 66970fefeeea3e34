"""Every new account gets a profile and joins the Members group; every tag gets a usable slug;
a change of region refreshes the place names the site search knows."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from taggit.models import Tag

from .models import MemberProfile, Region
from .roles import MEMBERS
from .search_vocabulary import forget_place_names
from .tagging import ensure_tag_slug

pre_save.connect(ensure_tag_slug, sender=Tag, dispatch_uid="community_ensure_tag_slug")
# The site search's place names are kept in the cache until a region changes.
post_save.connect(forget_place_names, sender=Region, dispatch_uid="community_place_names_saved")
post_delete.connect(forget_place_names, sender=Region, dispatch_uid="community_place_names_deleted")


@receiver(post_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="community_create_profile")
def create_profile_for_new_user(sender, instance, created, raw=False, **kwargs):
    if not created or raw:
        return
    MemberProfile.objects.get_or_create(
        user=instance, defaults={"display_name": instance.get_full_name()[:100]}
    )
    group = Group.objects.filter(name=MEMBERS).first()
    if group:
        instance.groups.add(group)
