"""Forms for practices: the index filter, member submission, replication."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from search.params import IdChoiceField, NumberField

from .filter_options import agency_options, province_options, use_options
from .markdown import MAX_MARKDOWN_LENGTH
from .models import Agency, GovernmentAffair, PracticeSort, PracticeStatus, Region, Replication
from .tagging import MAX_TAG_LENGTH, parse_tags

MAX_PRACTICE_TAGS = 10
MAX_ATTACHMENTS = 5
MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
ATTACHMENT_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "jpg", "jpeg", "png"]


class PracticeFilterForm(forms.Form):
    """Every filter state of /praktik-baik/ is a plain, shareable query string."""

    tag = forms.SlugField(label=_("Tag"), required=False, max_length=100, allow_unicode=True)
    instansi = IdChoiceField(
        label=_("Agency"), queryset=Agency.objects.all(), required=False, empty_label=_("All agencies")
    )
    wilayah = IdChoiceField(
        label=_("Province"),
        queryset=Region.objects.provinces(),
        required=False,
        empty_label=_("All provinces"),
    )
    urusan = forms.ChoiceField(
        label=_("Government affair"),
        choices=[("", _("All affairs")), *GovernmentAffair.choices],
        required=False,
    )
    tahun = NumberField(label=_("Year started"), required=False, min_value=1945, max_value=2100)
    status = forms.ChoiceField(
        label=_("Status"), choices=[("", _("Any status")), *PracticeStatus.choices], required=False
    )
    urutan = forms.ChoiceField(label=_("Sort by"), choices=PracticeSort.choices, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        use_options(self.fields["instansi"], agency_options())
        use_options(self.fields["wilayah"], province_options())

    def _valid_data(self):
        # One bad value (a mistyped year in a shared URL) is reported on its
        # field; it must not switch off the filters that are valid.
        if not self.is_bound:
            return {}
        self.is_valid()
        return self.cleaned_data

    def filters(self):
        """The valid filters as keyword arguments for PracticeQuerySet.filter_by."""
        data = self._valid_data()
        return {
            "tag": data.get("tag"),
            "agency": data.get("instansi"),
            "region": data.get("wilayah"),
            "affair": data.get("urusan"),
            "year": data.get("tahun"),
            "status": data.get("status"),
        }

    def sort(self):
        return self._valid_data().get("urutan") or PracticeSort.NEWEST


def validate_tag_list(text, *, limit=MAX_PRACTICE_TAGS):
    tags = parse_tags(text or "")
    if any(len(tag) > MAX_TAG_LENGTH for tag in tags):
        raise ValidationError(
            _("Each tag may be at most %(limit)d characters long."), params={"limit": MAX_TAG_LENGTH}
        )
    if len(tags) > limit:
        raise ValidationError(_("At most %(limit)d tags."), params={"limit": limit})
    return tags


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else ([data] if data else [])
        return [super(MultipleFileField, self).clean(item, initial) for item in files]


class PracticeSubmissionForm(forms.Form):
    """What a member sends in; the body is Markdown, sanitised on save."""

    title = forms.CharField(label=_("Title"), max_length=200)
    summary = forms.CharField(
        label=_("Summary"),
        max_length=600,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Two or three sentences: what was the problem and what changed."),
    )
    body = forms.CharField(
        label=_("Full description"),
        max_length=MAX_MARKDOWN_LENGTH,
        widget=forms.Textarea(attrs={"rows": 16}),
        help_text=_("Markdown: ## for a heading, - for a list, **bold**, [text](address) for a link."),
    )
    agency = IdChoiceField(
        label=_("Agency"), queryset=Agency.objects.all(), empty_label=_("— choose an agency —")
    )
    region = IdChoiceField(
        label=_("Region"),
        queryset=Region.objects.select_related("parent"),
        empty_label=_("— choose a region —"),
    )
    government_affair = forms.ChoiceField(
        label=_("Government affair"), choices=[("", _("— choose —")), *GovernmentAffair.choices]
    )
    tags = forms.CharField(
        label=_("Tags"),
        max_length=500,
        required=False,
        help_text=_("Separate with commas, at most 10, e.g.: stunting, posyandu, digital."),
        widget=forms.TextInput(attrs={"list": "tag-suggestions", "autocomplete": "off"}),
    )
    started_on = forms.DateField(
        label=_("Started on"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    status = forms.ChoiceField(
        label=_("Status"), choices=PracticeStatus.choices, initial=PracticeStatus.RUNNING
    )
    attachments = MultipleFileField(
        label=_("Attachments"),
        required=False,
        help_text=_("Up to 5 files (PDF, Office, images), at most 10 MB each."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["region"].label_from_instance = lambda r: (
            f"{r.name}, {r.parent.name}" if r.parent_id else r.name
        )
        self.fields["attachments"].widget.attrs["accept"] = ",".join(
            f".{ext}" for ext in ATTACHMENT_EXTENSIONS
        )

    def clean_tags(self):
        return validate_tag_list(self.cleaned_data["tags"])

    def clean_started_on(self):
        started = self.cleaned_data["started_on"]
        if started and started > datetime.date.today():
            raise ValidationError(_("The start date cannot be in the future."))
        return started

    def clean_attachments(self):
        files = self.cleaned_data["attachments"]
        if len(files) > MAX_ATTACHMENTS:
            raise ValidationError(_("At most %(limit)d attachments."), params={"limit": MAX_ATTACHMENTS})
        for upload in files:
            extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
            if extension not in ATTACHMENT_EXTENSIONS:
                raise ValidationError(
                    _("%(name)s: this file type is not allowed. Allowed: %(allowed)s."),
                    params={"name": upload.name, "allowed": ", ".join(ATTACHMENT_EXTENSIONS)},
                )
            if upload.size > MAX_ATTACHMENT_BYTES:
                raise ValidationError(_("%(name)s is larger than 10 MB."), params={"name": upload.name})
        return files


class ReplicationForm(forms.ModelForm):
    class Meta:
        model = Replication
        fields = ["agency", "status", "note"]
        field_classes = {"agency": IdChoiceField}
        widgets = {"note": forms.Textarea(attrs={"rows": 3, "maxlength": 1000})}
        labels = {"note": _("What did you adapt, and how is it going?")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        use_options(self.fields["agency"], agency_options())

    def clean_agency(self):
        # The practice comes from the URL, not from a field, so the model's
        # unique constraint is not checked by the form: check it here.
        agency = self.cleaned_data["agency"]
        recorded = Replication.objects.filter(practice_id=self.instance.practice_id, agency=agency)
        if self.instance.practice_id and recorded.exclude(pk=self.instance.pk).exists():
            raise ValidationError(_("This agency has already recorded a replication of this practice."))
        return agency
