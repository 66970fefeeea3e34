"""Subscriptions (what a member watches) and notifications (what they are told)."""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .kinds import MODERATION_KINDS, POST_KINDS, NotificationKind, spec_for

MAX_REASON_LENGTH = 500


class SubscriptionQuerySet(models.QuerySet):
    def for_thread(self, thread):
        return self.filter(thread=thread)

    def for_forum(self, forum):
        return self.filter(forum=forum)

    def for_tags(self, tags):
        return self.filter(tag__in=tags)


class Subscription(models.Model):
    """A member watches one thread, one forum or one tag (exactly one of the three)."""

    member = models.ForeignKey(
        "community.MemberProfile", on_delete=models.CASCADE, related_name="forum_subscriptions"
    )
    thread = models.ForeignKey(
        "forum.Thread", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    forum = models.ForeignKey(
        "forum.ForumPage", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    tag = models.ForeignKey("taggit.Tag", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    objects = SubscriptionQuerySet.as_manager()

    class Meta:
        verbose_name = _("subscription")
        verbose_name_plural = _("subscriptions")
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(thread__isnull=False, forum__isnull=True, tag__isnull=True)
                    | Q(thread__isnull=True, forum__isnull=False, tag__isnull=True)
                    | Q(thread__isnull=True, forum__isnull=True, tag__isnull=False)
                ),
                name="subscription_has_one_target",
            ),
            models.UniqueConstraint(
                fields=["member", "thread"], condition=Q(thread__isnull=False), name="one_watch_per_thread"
            ),
            models.UniqueConstraint(
                fields=["member", "forum"], condition=Q(forum__isnull=False), name="one_watch_per_forum"
            ),
            models.UniqueConstraint(
                fields=["member", "tag"], condition=Q(tag__isnull=False), name="one_watch_per_tag"
            ),
        ]

    def __str__(self):
        return f"{self.member} → {self.thread or self.forum or self.tag}"


class NotificationQuerySet(models.QuerySet):
    def for_member(self, user):
        """A member's notifications that they may still see, checked now (not only when sent).

        A post hidden, deleted or moved into a forum the member may not read
        since the notification was made drops out of the list and the count.
        """
        from forum.models import Post, Thread

        readable_posts = Post.objects.visible_to(user).readable().values("pk")
        return self.filter(
            recipient=user.profile,
            thread__in=Thread.objects.visible_to(user).values("pk"),
        ).filter(Q(kind__in=MODERATION_KINDS) | Q(kind__in=POST_KINDS, post__in=readable_posts))

    def unread(self):
        return self.filter(read_at__isnull=True)

    def for_list(self):
        return self.select_related("actor__user", "thread__forum", "forum", "post").order_by(
            "-created_at", "-pk"
        )


class Notification(models.Model):
    """One thing a member is told about: a reply, a mention, a moderator's action..."""

    recipient = models.ForeignKey(
        "community.MemberProfile", on_delete=models.CASCADE, related_name="forum_notifications"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=NotificationKind.choices)
    actor = models.ForeignKey(
        "community.MemberProfile", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    forum = models.ForeignKey(
        "forum.ForumPage", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    thread = models.ForeignKey("forum.Thread", on_delete=models.CASCADE, related_name="+")
    post = models.ForeignKey("forum.Post", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    #: A moderator's reason, for moderation notices.
    reason = models.CharField(_("reason"), max_length=MAX_REASON_LENGTH, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now, db_index=True)
    read_at = models.DateTimeField(_("read"), null=True, blank=True)
    #: When it went out by e-mail (on its own or in a digest); null: not yet, or never.
    emailed_at = models.DateTimeField(null=True, blank=True)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["recipient", "read_at"], name="notification_unread")]

    def __str__(self):
        return self.message

    @property
    def spec(self):
        return spec_for(self.kind)

    @property
    def message(self):
        """How it reads, e.g. "Budi membalas di “Cara input data stunting”" (plain text, escaped by templates)."""
        forum = self.forum or self.thread.forum
        return self.spec.message() % {
            "actor": self.actor.name if self.actor_id else "—",
            "thread": self.thread.title,
            "forum": forum.title,
        }

    @property
    def is_read(self):
        return self.read_at is not None

    def get_target_url(self):
        if self.spec.needs_readable_post and self.post_id:
            return self.post.get_absolute_url()
        return self.thread.get_absolute_url()
