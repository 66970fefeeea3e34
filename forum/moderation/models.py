"""Flags raised by members, and the log of every moderator's action."""

from django.db import models
from django.utils.translation import gettext_lazy as _

MAX_DETAILS_LENGTH = 1000
MAX_REASON_LENGTH = 500


class FlagReason(models.TextChoices):
    SPAM = "spam", _("Spam or advertising")
    OFFENSIVE = "offensive", _("Rude, insulting or hateful")
    PERSONAL_DATA = "personal_data", _("Shares someone's personal data")
    OFF_TOPIC = "off_topic", _("Off topic for this forum")
    OTHER = "other", _("Something else")


class FlagStatus(models.TextChoices):
    OPEN = "open", _("Open")
    RESOLVED = "resolved", _("Handled")
    DISMISSED = "dismissed", _("Dismissed")


class FlagQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=FlagStatus.OPEN)

    def in_forums(self, forum_ids):
        return self.filter(post__thread__forum_id__in=forum_ids)

    def for_queue(self):
        return self.select_related("post__thread__forum", "post__author__user", "reporter__user").order_by(
            "created_at", "pk"
        )


class Flag(models.Model):
    """A member's report that a post needs a moderator's eye (one per member and post)."""

    post = models.ForeignKey("forum.Post", on_delete=models.CASCADE, related_name="flags")
    reporter = models.ForeignKey("community.MemberProfile", on_delete=models.CASCADE, related_name="+")
    reason = models.CharField(_("reason"), max_length=20, choices=FlagReason.choices)
    details = models.TextField(_("details"), max_length=MAX_DETAILS_LENGTH, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=FlagStatus.choices, default=FlagStatus.OPEN)
    created_at = models.DateTimeField(_("flagged"), auto_now_add=True, db_index=True)
    handled_by = models.ForeignKey(
        "community.MemberProfile", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    handled_at = models.DateTimeField(_("handled"), null=True, blank=True)

    objects = FlagQuerySet.as_manager()

    class Meta:
        verbose_name = _("flag")
        verbose_name_plural = _("flags")
        constraints = [models.UniqueConstraint(fields=["post", "reporter"], name="one_flag_per_member")]
        indexes = [models.Index(fields=["status", "created_at"], name="flag_queue")]

    def __str__(self):
        return f"{self.get_reason_display()}: {self.post}"


class ActionKind(models.TextChoices):
    POST_HIDDEN = "post_hidden", _("Hid a post")
    POST_UNHIDDEN = "post_unhidden", _("Showed a post again")
    THREAD_LOCKED = "thread_locked", _("Locked a thread")
    THREAD_UNLOCKED = "thread_unlocked", _("Unlocked a thread")
    THREAD_PINNED = "thread_pinned", _("Pinned a thread")
    THREAD_UNPINNED = "thread_unpinned", _("Unpinned a thread")
    THREAD_MOVED = "thread_moved", _("Moved a thread")
    FLAG_RESOLVED = "flag_resolved", _("Handled a flag")
    FLAG_DISMISSED = "flag_dismissed", _("Dismissed a flag")


class ModerationAction(models.Model):
    """One thing a moderator did: who, what, when and why. Never edited, never deleted by hand.

    Names and titles are copied in, so the record still reads right after a
    thread is renamed or a member leaves.
    """

    moderator = models.ForeignKey(
        "community.MemberProfile",
        verbose_name=_("moderator"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    moderator_name = models.CharField(_("moderator"), max_length=150)
    action = models.CharField(_("action"), max_length=20, choices=ActionKind.choices)
    forum = models.ForeignKey(
        "forum.ForumPage", verbose_name=_("forum"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    thread = models.ForeignKey(
        "forum.Thread", verbose_name=_("thread"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    post = models.ForeignKey(
        "forum.Post", verbose_name=_("post"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    subject = models.CharField(_("about"), max_length=300)
    reason = models.TextField(_("reason"), max_length=MAX_REASON_LENGTH, blank=True)
    details = models.CharField(_("details"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("moderation action")
        verbose_name_plural = _("moderation log")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.moderator_name}: {self.get_action_display()} — {self.subject}"
