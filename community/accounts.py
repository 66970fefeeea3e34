"""How django-allauth fits Simpul: where members land after signing in."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.forms import LoginForm, SignupForm
from django.core.validators import MaxLengthValidator
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

USERNAME_MAX_LENGTH = 30


class SimpulAccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request):
        return _unfilled_profile_url(request) or super().get_login_redirect_url(request)

    def get_signup_redirect_url(self, request):
        # Used when confirming the e-mail address signs a newcomer in.
        return _unfilled_profile_url(request) or super().get_signup_redirect_url(request)


def _unfilled_profile_url(request):
    profile = getattr(request.user, "profile", None)
    if profile is not None and not profile.display_name:
        # First sign-in: ask who they are before anything else.
        return reverse("community:profile_edit")
    return None


def axes_username(request, credentials=None):
    """The sign-in name django-axes locks, whichever way it reaches axes.

    allauth authenticates with `username=` or `email=` while its form field is
    `login`; the Wagtail admin uses `username`. Reading only one of them left
    failures recorded without a name, so the lock never applied to the account.
    """
    sources = [credentials or {}, getattr(request, "POST", None) or {}]
    for source in sources:
        for key in ("login", "username", "email"):
            if source.get(key):
                return str(source[key]).strip().lower()
    return None


MAX_PASSWORD_LENGTH = 128
# What the User and allauth EmailAddress columns hold; allauth would silently
# cut a longer address (and PostgreSQL would refuse it).
EMAIL_MAX_LENGTH = 254


def _limit_length(field, limit):
    """One clear "at most N characters" error, replacing any looser limit."""
    field.max_length = limit
    field.validators = [v for v in field.validators if not isinstance(v, MaxLengthValidator)]
    field.validators.append(MaxLengthValidator(limit))
    field.widget.attrs["maxlength"] = limit


def _limit_password_fields(form, names):
    for name in names:
        field = form.fields.get(name)
        if field is not None:
            _limit_length(field, MAX_PASSWORD_LENGTH)


class SimpulSignupForm(SignupForm):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        _limit_password_fields(self, ["password1", "password2"])
        _limit_length(self.fields["username"], USERNAME_MAX_LENGTH)
        _limit_length(self.fields["email"], EMAIL_MAX_LENGTH)
        self.fields["username"].help_text = _("Letters, digits and . _ - only; at most 30 characters.")


class SimpulLoginForm(LoginForm):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields["login"].label = _("Username or e-mail")
        _limit_password_fields(self, ["password"])
        self.fields["login"].validators.append(MaxLengthValidator(EMAIL_MAX_LENGTH))
