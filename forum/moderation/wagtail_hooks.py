"""The moderation log in the Wagtail admin: editors read it, nobody edits it."""

from django.utils.translation import gettext_lazy as _
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ModerationAction
from .permissions import can_read_moderation_log


class ReadOnlyForEditorsPolicy(BasePermissionPolicy):
    """View (and inspect) for editors, as forum.permissions.can_read_moderation_log says; nothing else for anyone."""

    def user_has_permission(self, user, action):
        return action == "view" and (user.is_superuser or can_read_moderation_log(user))

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        from django.contrib.auth import get_user_model
        from django.db.models import Q

        from community.roles import EDITORS

        if "view" not in actions:
            return get_user_model().objects.none()
        return (
            get_user_model()
            .objects.filter(Q(is_superuser=True) | Q(groups__name=EDITORS), is_active=True)
            .distinct()
        )

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)

    def instances_user_has_any_permission_for(self, user, actions):
        if self.user_has_any_permission(user, actions):
            return self.model._default_manager.all()
        return self.model._default_manager.none()


register_permission_policy(ModerationAction, ReadOnlyForEditorsPolicy(ModerationAction))


class ModerationLogViewSet(SnippetViewSet):
    model = ModerationAction
    icon = "list-ul"
    menu_label = _("Moderation log")
    menu_name = "moderation_log"
    add_to_admin_menu = True
    menu_order = 900
    inspect_view_enabled = True
    list_display = ["created_at", "moderator_name", "action", "subject", "forum", "reason"]
    list_filter = ["action"]
    search_fields = ["subject", "moderator_name", "reason"]
    ordering = ["-created_at"]
    list_per_page = 50


register_snippet(ModerationLogViewSet)
