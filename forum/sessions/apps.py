from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SessionsConfig(AppConfig):
    name = "forum.sessions"
    label = "forum_sessions"
    verbose_name = _("Forum sessions")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from community import sections

        from . import connections, signals  # noqa: F401
        from .context import home_section

        sections.register(sections.HOME, home_section)
        connections.register()
