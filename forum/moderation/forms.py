"""Forms for flagging and for moderators' actions: every field has a limit."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import MAX_DETAILS_LENGTH, MAX_REASON_LENGTH, FlagReason


def _clean_text(value):
    # Zero-width characters and spaces alone are not a reason.
    stripped = value.replace("\u200b", "").replace("\u200c", "").replace("\u200d", "").replace("\ufeff", "")
    return stripped.strip()


class FlagForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("What is wrong with this post?"), choices=FlagReason.choices, widget=forms.RadioSelect
    )
    details = forms.CharField(
        label=_("Details for the moderators (optional)"),
        max_length=MAX_DETAILS_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def clean_details(self):
        details = _clean_text(self.cleaned_data["details"])
        if self.cleaned_data.get("reason") == FlagReason.OTHER and not details:
            raise forms.ValidationError(_("Please tell the moderators what is wrong."))
        return details


class ReasonForm(forms.Form):
    """Why a moderator acts: written into the log and told to the author."""

    reason = forms.CharField(
        label=_("Reason"),
        max_length=MAX_REASON_LENGTH,
        widget=forms.TextInput(attrs={"maxlength": MAX_REASON_LENGTH}),
        error_messages={"required": _("Please give a reason: it goes into the moderation log.")},
    )

    def clean_reason(self):
        reason = _clean_text(self.cleaned_data["reason"])
        if not reason:
            raise forms.ValidationError(_("Please give a reason: it goes into the moderation log."))
        return reason


class OptionalReasonForm(ReasonForm):
    reason = forms.CharField(label=_("Note (optional)"), max_length=MAX_REASON_LENGTH, required=False)

    def clean_reason(self):
        return _clean_text(self.cleaned_data["reason"])


class MoveThreadForm(ReasonForm):
    target = forms.ModelChoiceField(
        label=_("Move to forum"),
        queryset=None,
        empty_label=None,
        error_messages={"invalid_choice": _("You can only move threads to forums you moderate.")},
    )

    def __init__(self, *args, forums, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target"].queryset = forums
        self.order_fields(["target", "reason"])
