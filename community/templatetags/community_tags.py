"""Template helpers for community things."""

from django import template
from django.urls import NoReverseMatch, reverse

register = template.Library()


@register.filter
def tag_url(tag):
    """The tag page's address, or "" when the tag's slug cannot make one.

    The slug is guarded where tags are made (community/tagging.py); a listing
    must still never fail for everyone because of one bad row.
    """
    try:
        return reverse("community:tag", args=[tag.slug])
    except NoReverseMatch:
        return ""
