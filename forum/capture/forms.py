"""The capture form: what the draft practice starts with."""

from django import forms
from django.utils.translation import gettext_lazy as _

from community.models import Agency, GovernmentAffair, Region

from ..text import plain_text
from .services import MAX_CAPTURED_POSTS

MAX_TITLE = 200
MAX_SUMMARY = 600
SUMMARY_WORDS = 70


class PostChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, post):
        author = post.author.name if post.author_id else _("A former member")
        return f"#{post.position} {author}: {plain_text(post.body_html, words=25)}"


class CaptureForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=MAX_TITLE)
    summary = forms.CharField(
        label=_("Summary"), max_length=MAX_SUMMARY, widget=forms.Textarea(attrs={"rows": 4})
    )
    government_affair = forms.ChoiceField(label=_("Government affair"), choices=GovernmentAffair.choices)
    agency = forms.ModelChoiceField(label=_("Agency"), queryset=Agency.objects.all(), required=False)
    region = forms.ModelChoiceField(
        label=_("Region"), queryset=Region.objects.select_related("parent"), required=False
    )
    posts = PostChoiceField(
        label=_("Posts to copy into the practice"),
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one post to copy into the practice.")},
    )

    def __init__(self, *args, posts, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["posts"].queryset = posts

    def clean_title(self):
        title = " ".join(self.cleaned_data["title"].replace("\u200b", "").split())
        if not title:
            raise forms.ValidationError(_("Write a title."))
        return title

    def clean_summary(self):
        summary = " ".join(self.cleaned_data["summary"].split())
        if not summary:
            raise forms.ValidationError(_("Write a short summary."))
        return summary

    def clean_posts(self):
        posts = self.cleaned_data["posts"]
        if len(posts) > MAX_CAPTURED_POSTS:
            raise forms.ValidationError(
                _("Choose at most %(limit)d posts."), params={"limit": MAX_CAPTURED_POSTS}
            )
        return posts


def initial_for(thread, posts):
    """Prefilled from the thread: its title, the opening post's first words, the question and what helped."""
    opening = next((post for post in posts if post.position == 1), None)
    summary = plain_text(opening.body_html, words=SUMMARY_WORDS) if opening else ""
    chosen = [
        post.pk
        for post in posts
        if post.position == 1 or post.pk == thread.solution_id or post.reaction_count > 0
    ]
    author = thread.author
    return {
        "title": thread.title[:MAX_TITLE],
        "summary": summary[:MAX_SUMMARY],
        "posts": chosen,
        "agency": getattr(author, "agency_id", None) or thread.forum.host_agency_id,
        "region": getattr(author, "region_id", None),
    }
