"""Receivers: a session gets its discussion thread when first published."""

from django.db import transaction
from django.dispatch import receiver
from wagtail.signals import page_published

from .models import SessionPage
from .services import ensure_discussion_thread, record_presenters


@receiver(page_published, sender=SessionPage)
def session_published(sender, instance, **kwargs):
    session = SessionPage.objects.get(pk=instance.pk)
    with transaction.atomic():
        ensure_discussion_thread(session)
        if session.state() == "finished":
            record_presenters(session=session)
