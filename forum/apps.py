from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ForumConfig(AppConfig):
    """Conversations: forums and their threads and posts.

    Notifications, moderation and monthly sessions are apps of their own
    inside this package (forum.notifications, forum.moderation, forum.sessions),
    each with its models and migrations.
    """

    name = "forum"
    verbose_name = _("Forum")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .connections import register
        from .search import updates

        updates.connect()
        register()
