"""What expires cached pages: every change a reader could see on one.

Connected in CommunityConfig.ready(). The forum connects its own (threads,
replies, moderation) and calls page_cache.bump("forum").
"""

from django.conf import settings
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from taggit.models import Tag
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from ..models import Agency, MemberProfile, Region, Replication, TaggedExpertise, TaggedPractice
from .store import bump


def _pages_changed(**kwargs):
    bump("pages")


def _members_changed(**kwargs):
    bump("members")


def _everything_changed(**kwargs):
    bump()


for _signal in (page_published, page_unpublished, post_page_move, page_slug_changed):
    _signal.connect(_pages_changed, dispatch_uid=f"page_cache_{_signal!r}")
for _model in (PageViewRestriction, Replication, Site):
    post_save.connect(_pages_changed, sender=_model, dispatch_uid=f"page_cache_save_{_model.__name__}")
    post_delete.connect(_pages_changed, sender=_model, dispatch_uid=f"page_cache_delete_{_model.__name__}")
for _model in (MemberProfile, TaggedExpertise):
    post_save.connect(_members_changed, sender=_model, dispatch_uid=f"page_cache_save_{_model.__name__}")
    post_delete.connect(_members_changed, sender=_model, dispatch_uid=f"page_cache_delete_{_model.__name__}")
# Tags, agencies and regions are shown on practices, profiles and filters alike.
for _model in (Tag, Agency, Region, TaggedPractice):
    post_save.connect(_everything_changed, sender=_model, dispatch_uid=f"page_cache_save_{_model.__name__}")
    post_delete.connect(
        _everything_changed, sender=_model, dispatch_uid=f"page_cache_delete_{_model.__name__}"
    )


@receiver(post_delete, sender=Page, dispatch_uid="page_cache_page_deleted")
def _page_deleted(sender, instance, **kwargs):
    bump("pages")


@receiver(post_delete, dispatch_uid="page_cache_specific_page_deleted")
def _specific_page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        bump("pages")


@receiver(post_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="page_cache_user_saved")
def _user_saved(sender, instance, created, update_fields=None, **kwargs):
    # A new account shows nowhere until its profile exists, and signing in
    # (last_login) shows nowhere; a renamed or deactivated one changes the
    # directory and the home page.
    if not created and set(update_fields or ()) != {"last_login"}:
        bump("members")


def _access_relations():
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    user_model = get_user_model()
    return (user_model.groups.through, user_model.user_permissions.through, Group.permissions.through)


@receiver(m2m_changed, dispatch_uid="page_cache_m2m_changed")
def _relation_changed(sender, instance, action, **kwargs):
    if not action.startswith("post_"):
        return
    if isinstance(instance, Page):
        bump("pages")
    elif sender in _access_relations():
        # Group memberships and permissions: what a member's header offers (the admin link).
        bump("members")


@receiver(post_delete, sender="auth.Group", dispatch_uid="page_cache_group_deleted")
def _group_deleted(sender, **kwargs):
    bump("members")
