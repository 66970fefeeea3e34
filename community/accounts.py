"""How django-allauth fits Simpul: where members land after signing in."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.forms import LoginForm, SignupForm
from django.core.validators import MaxLengthValidator
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

USERNAME_MAX_LENGTH = 30


class SimpulAccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request):
        profile = getattr(request.user, "profile", None)
        if profile is not None and not profile.display_name:
            # First sign-in: ask who they are before anything else.
            return reverse("community:profile_edit")
        return super().get_login_redirect_url(request)


MAX_PASSWORD_LENGTH = 128


def _limit_password_fields(form, names):
    for name in names:
        field = form.fields.get(name)
        if field is not None:
            field.max_length = MAX_PASSWORD_LENGTH
            field.validators.append(MaxLengthValidator(MAX_PASSWORD_LENGTH))
            field.widget.attrs["maxlength"] = MAX_PASSWORD_LENGTH


class SimpulSignupForm(SignupForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _limit_password_fields(self, ["password1", "password2"])
        self.fields["username"].validators.append(MaxLengthValidator(USERNAME_MAX_LENGTH))
        self.fields["username"].help_text = _("Letters, digits and . _ - only; at most 30 characters.")


class SimpulLoginForm(LoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _limit_password_fields(self, ["password"])
        self.fields["login"].validators.append(MaxLengthValidator(254))
