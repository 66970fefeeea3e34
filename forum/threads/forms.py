"""Forms for starting a thread, replying and editing a post.

Every field has a limit; text is cleaned of invisible characters before it is
judged empty, so a title of zero-width spaces is refused like an empty one.
Each form carries a one-time token that lets the service recognise a
repeated submission (a double-click posts once).
"""

import re
import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from community.practice_forms import MultipleFileField, validate_tag_list

from ..attachments import check_uploads
from ..models.threads import MAX_POST_LENGTH, MAX_TITLE_LENGTH

MAX_THREAD_TAGS = 5
# Zero-width and other invisible characters that make a title look filled in.
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufeff\uffa0]"
)
_SPACES = re.compile(r"\s+")
_TOKEN = re.compile(r"^[0-9a-f]{32}$")


def new_token():
    return uuid.uuid4().hex


def clean_title(value):
    title = _SPACES.sub(" ", _INVISIBLE.sub("", value or "")).strip()
    if not title:
        raise ValidationError(_("Write a title for your thread."), code="empty")
    return title


def clean_body(value):
    body = (value or "").replace("\r\n", "\n").replace("\x00", "")
    if not _INVISIBLE.sub("", body).strip():
        raise ValidationError(_("Write something before you post."), code="empty")
    return body.strip("\n")


class _PostFields(forms.Form):
    body = forms.CharField(
        label=_("Message"),
        max_length=MAX_POST_LENGTH,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_("Markdown: **bold**, `code`, > quote, - list, tables. Mention a member with @username."),
        error_messages={
            "required": _("Write something before you post."),
            "max_length": _("A post may be at most %(limit_value)d characters long (it has %(show_value)d)."),
        },
    )
    attachments = MultipleFileField(
        label=_("Attachments"),
        required=False,
        help_text=_("Up to 5 images (PNG, JPEG, GIF, WebP) or PDFs, at most 5 MB each."),
    )
    token = forms.CharField(widget=forms.HiddenInput, required=False, max_length=40)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound and not self.initial.get("token"):
            self.initial["token"] = new_token()
        self.fields["attachments"].widget.attrs["accept"] = ".png,.jpg,.jpeg,.gif,.webp,.pdf"

    def clean_body(self):
        return clean_body(self.cleaned_data.get("body"))

    def clean_attachments(self):
        return check_uploads(self.cleaned_data.get("attachments"))

    def clean_token(self):
        token = self.cleaned_data.get("token") or ""
        return token if _TOKEN.match(token) else ""


class ThreadForm(_PostFields):
    """A new thread: title, tags and the opening post."""

    title = forms.CharField(
        label=_("Title"),
        max_length=MAX_TITLE_LENGTH,
        strip=False,
        help_text=_("A question or a topic in one line."),
        error_messages={
            "required": _("Write a title for your thread."),
            "max_length": _(
                "A title may be at most %(limit_value)d characters long (it has %(show_value)d)."
            ),
        },
    )
    tags = forms.CharField(
        label=_("Tags"),
        max_length=300,
        required=False,
        help_text=_("Separate with commas, at most 5, e.g.: stunting, posyandu."),
    )

    field_order = ["title", "body", "tags", "attachments", "token"]

    def clean_title(self):
        return clean_title(self.cleaned_data.get("title"))

    def clean_tags(self):
        return validate_tag_list(self.cleaned_data.get("tags"), limit=MAX_THREAD_TAGS)


class ReplyForm(_PostFields):
    """A reply; ``reply_to`` is the post being quoted or answered, if any."""

    reply_to = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=1, max_value=2**62)

    def clean_reply_to(self):
        # A forged or foreign id is quietly ignored by the view, never an error page.
        return self.cleaned_data.get("reply_to")


class EditPostForm(forms.Form):
    """Editing a post: its text, and for the opening post the thread's title and tags."""

    title = ThreadForm.base_fields["title"]
    tags = ThreadForm.base_fields["tags"]
    body = _PostFields.base_fields["body"]

    def __init__(self, *args, opening_post=False, **kwargs):
        super().__init__(*args, **kwargs)
        if not opening_post:
            del self.fields["title"]
            del self.fields["tags"]

    def clean_title(self):
        return clean_title(self.cleaned_data.get("title"))

    def clean_tags(self):
        return validate_tag_list(self.cleaned_data.get("tags"), limit=MAX_THREAD_TAGS)

    def clean_body(self):
        return clean_body(self.cleaned_data.get("body"))
