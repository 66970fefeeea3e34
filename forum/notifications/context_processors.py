"""The unread count in the header: one COUNT per request, only for members, only if shown."""

from django.utils.functional import SimpleLazyObject

from community.permissions import is_member

from .models import Notification


def unread_notifications(request):
    user = getattr(request, "user", None)
    if not is_member(user):
        return {}

    def count():
        # One indexed COUNT (notification_unread). Notifications about posts
        # hidden or deleted since are marked read when that happens
        # (receivers / moderation), and the list checks visibility again.
        return Notification.objects.filter(recipient_id=user.profile.pk, read_at__isnull=True).count()

    return {"notifications_enabled": True, "unread_notification_count": SimpleLazyObject(count)}
