"""Front-end forms for members: their profile and the directory filter."""

from django import forms
from django.utils.translation import gettext_lazy as _

from search.params import IdChoiceField

from .filter_options import agency_options, expertise_options, province_options, use_options
from .models import Agency, MemberProfile, Region
from .models.tags import visible_tags
from .tagging import MAX_TAG_LENGTH, parse_tags

MAX_EXPERTISE_TAGS = 10


class ProfileForm(forms.ModelForm):
    expertise_text = forms.CharField(
        label=_("Expertise"),
        required=False,
        max_length=500,
        help_text=_("Separate with commas, at most 10, e.g.: stunting, SAKIP, public service."),
    )

    class Meta:
        model = MemberProfile
        fields = [
            "display_name",
            "is_partner",
            "agency",
            "partner_organisation",
            "unit",
            "position",
            "region",
            "time_zone",
            "bio",
            "email_notifications",
            "email_digest",
        ]
        widgets = {"bio": forms.Textarea(attrs={"rows": 4, "maxlength": 500})}
        field_classes = {"agency": IdChoiceField, "region": IdChoiceField}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["display_name"].required = True
        self.fields["agency"].queryset = Agency.objects.select_related("region")
        self.fields["agency"].empty_label = _("— choose an agency —")
        self.fields["region"].queryset = Region.objects.select_related("parent")
        self.fields["region"].label_from_instance = _region_label
        self.fields["region"].empty_label = _("— choose a region —")
        self.fields["time_zone"].choices = [
            ("", _("Follow my region")),
            *self.fields["time_zone"].choices[1:],
        ]
        if self.instance.pk and not self.is_bound:
            self.initial["expertise_text"] = ", ".join(t.name for t in self.instance.expertise.all())

    def clean_expertise_text(self):
        tags = parse_tags(self.cleaned_data["expertise_text"])
        too_long = [t for t in tags if len(t) > MAX_TAG_LENGTH]
        if too_long:
            raise forms.ValidationError(
                _("Each area of expertise may be at most %(limit)d characters long."),
                params={"limit": MAX_TAG_LENGTH},
            )
        if len(tags) > MAX_EXPERTISE_TAGS:
            raise forms.ValidationError(
                _("At most %(limit)d areas of expertise."), params={"limit": MAX_EXPERTISE_TAGS}
            )
        return tags

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("is_partner"):
            if not cleaned.get("partner_organisation"):
                self.add_error("partner_organisation", _("Enter the name of your partner organisation."))
        return cleaned

    def save(self, commit=True):
        profile = super().save(commit=commit)
        if commit:
            profile.expertise.set(self.cleaned_data["expertise_text"])
        return profile


def _region_label(region):
    if region.parent_id:
        return f"{region.name}, {region.parent.name}"
    return region.name


class DirectoryFilterForm(forms.Form):
    q = forms.CharField(label=_("Name, position or expertise"), required=False, max_length=100)
    agency = IdChoiceField(
        label=_("Agency"), queryset=Agency.objects.all(), required=False, empty_label=_("All agencies")
    )
    region = IdChoiceField(
        label=_("Province"),
        queryset=Region.objects.provinces(),
        required=False,
        empty_label=_("All provinces"),
    )
    tag = IdChoiceField(
        label=_("Expertise"),
        queryset=visible_tags(None, sources={"expertise"}).order_by("name"),
        to_field_name="slug",
        required=False,
        empty_label=_("All expertise"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        use_options(self.fields["agency"], agency_options())
        use_options(self.fields["region"], province_options())
        use_options(self.fields["tag"], expertise_options(self.fields["tag"].queryset))
