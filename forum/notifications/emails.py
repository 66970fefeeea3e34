"""Notification e-mails: one per event or a digest, each with a one-click unsubscribe.

Every message carries RFC 2369 `List-Unsubscribe` and RFC 8058
`List-Unsubscribe-Post` headers, so mail clients offer their own
unsubscribe button, and the same signed link in the text.
"""

from urllib.parse import urljoin

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .models import Notification

_UNSUBSCRIBE_SALT = "forum.notifications.unsubscribe"


def unsubscribe_token(profile) -> str:
    return signing.Signer(salt=_UNSUBSCRIBE_SALT).sign(str(profile.pk))


def profile_id_from_token(token):
    """The profile id the token was made for, or None if it was tampered with."""
    try:
        return int(signing.Signer(salt=_UNSUBSCRIBE_SALT).unsign(token))
    except (signing.BadSignature, ValueError):
        return None


def absolute(path):
    return urljoin(settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/", path.lstrip("/"))


def unsubscribe_url(profile):
    return absolute(reverse("forum_notifications:unsubscribe", args=[unsubscribe_token(profile)]))


def _send(profile, *, subject, template, context):
    link = unsubscribe_url(profile)
    context = {
        **context,
        "profile": profile,
        "unsubscribe_url": link,
        "settings_url": absolute(reverse("community:profile_edit")),
        "notifications_url": absolute(reverse("forum_notifications:list")),
    }
    message = EmailMessage(
        subject=f"{settings.ACCOUNT_EMAIL_SUBJECT_PREFIX}{' '.join(subject.split())[:150]}",
        body=render_to_string(template, context),
        to=[profile.user.email],
        headers={"List-Unsubscribe": f"<{link}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    )
    message.send()


def send_one(notification):
    profile = notification.recipient
    if not profile.user.email:
        return
    with translation.override(settings.LANGUAGE_CODE):
        _send(
            profile,
            subject=notification.message,
            template="forum/notifications/email/notification.txt",
            context={"notification": notification, "target_url": absolute(notification.get_target_url())},
        )
    Notification.objects.filter(pk=notification.pk).update(emailed_at=timezone.now())


def send_digest(profile, notifications, period):
    if not notifications or not profile.user.email:
        return
    items = [(notification, absolute(notification.get_target_url())) for notification in notifications]
    with translation.override(settings.LANGUAGE_CODE):
        _send(
            profile,
            subject=_("Your forum digest: %(count)d new notifications") % {"count": len(items)},
            template="forum/notifications/email/digest.txt",
            context={"items": items, "period": period},
        )
    Notification.objects.filter(pk__in=[notification.pk for notification in notifications]).update(
        emailed_at=timezone.now()
    )
