"""How django-allauth fits Simpul: where members land after signing in."""

from allauth.account.adapter import DefaultAccountAdapter
from django.urls import reverse


class SimpulAccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request):
        profile = getattr(request.user, "profile", None)
        if profile is not None and not profile.display_name:
            # First sign-in: ask who they are before anything else.
            return reverse("community:profile_edit")
        return super().get_login_redirect_url(request)
