"""Rate limits: new accounts post a few times an hour; everyone flags a few times an hour.

Counted from the rows themselves (posts and flags created in the last hour),
not from a separate counter: the database is shared by every worker, a
double-click that posts once counts once, and nothing drifts. Views call
`check_posting_allowed(user)` before saving and answer 429 with Retry-After
(see forum.moderation.http) while keeping what the member typed.
"""

import math
from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from community.permissions import is_editor, is_member

WINDOW = timedelta(hours=1)


def _setting(name, default):
    return getattr(settings, name, default)


def new_account_days():
    return _setting("SIMPUL_FORUM_NEW_ACCOUNT_DAYS", 3)


def new_account_posts_per_hour():
    return _setting("SIMPUL_FORUM_NEW_ACCOUNT_POSTS_PER_HOUR", 5)


def flags_per_hour():
    return _setting("SIMPUL_FORUM_FLAGS_PER_HOUR", 10)


def is_new_account(user):
    return user.date_joined >= timezone.now() - timedelta(days=new_account_days())


def _retry_after(created_times, limit, now):
    """Seconds until the oldest counted row leaves the window, or None if under the limit."""
    if len(created_times) < limit:
        return None
    oldest = sorted(created_times)[-limit]
    return max(1, math.ceil((oldest + WINDOW - now).total_seconds()))


def check_posting_allowed(user):
    """None if the member may post now, else how many seconds to wait (threads and replies alike)."""
    if not is_member(user) or not is_new_account(user) or is_editor(user):
        return None
    from forum.models import Post

    now = timezone.now()
    limit = new_account_posts_per_hour()
    times = list(
        Post.objects.filter(author=user.profile, created_at__gte=now - WINDOW)
        .order_by("-created_at")
        .values_list("created_at", flat=True)[:limit]
    )
    return _retry_after(times, limit, now)


def check_flagging_allowed(user):
    """None if the member may flag now, else how many seconds to wait."""
    if not is_member(user):
        return None
    from .models import Flag

    now = timezone.now()
    limit = flags_per_hour()
    times = list(
        Flag.objects.filter(reporter=user.profile, created_at__gte=now - WINDOW)
        .order_by("-created_at")
        .values_list("created_at", flat=True)[:limit]
    )
    return _retry_after(times, limit, now)


def wait_message(retry_after):
    minutes = max(1, math.ceil(retry_after / 60))
    return ngettext(
        "Please wait %(minutes)d minute and try again.",
        "Please wait %(minutes)d minutes and try again.",
        minutes,
    ) % {"minutes": minutes}


def posting_limit_message(retry_after):
    return " ".join(
        [
            _("New accounts may post at most %(limit)d times an hour during their first %(days)d days.")
            % {"limit": new_account_posts_per_hour(), "days": new_account_days()},
            wait_message(retry_after),
        ]
    )


def flagging_limit_message(retry_after):
    return " ".join(
        [
            _("You may flag at most %(limit)d posts an hour.") % {"limit": flags_per_hour()},
            wait_message(retry_after),
        ]
    )
