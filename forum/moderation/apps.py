from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ModerationConfig(AppConfig):
    name = "forum.moderation"
    label = "forum_moderation"
    verbose_name = _("Forum moderation")
    default_auto_field = "django.db.models.BigAutoField"
