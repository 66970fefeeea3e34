"""Receivers: a session gets its discussion thread when first published; registrations expire cached pages."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published

from community import page_cache

from .models import Registration, SessionPage
from .services import ensure_discussion_thread, record_presenters


@receiver(page_published, sender=SessionPage)
def session_published(sender, instance, **kwargs):
    session = SessionPage.objects.get(pk=instance.pk)
    with transaction.atomic():
        ensure_discussion_thread(session)
        if session.state() == "finished":
            record_presenters(session=session)


@receiver(post_save, sender=Registration, dispatch_uid="sessions_registration_saved")
@receiver(post_delete, sender=Registration, dispatch_uid="sessions_registration_deleted")
def registration_changed(sender, **kwargs):
    # A session page shows how many are registered and waiting, and the places left.
    page_cache.bump("sessions")
