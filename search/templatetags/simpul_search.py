from django import template

from ..related import related_links

register = template.Library()


@register.inclusion_tag("search/_related.html", takes_context=True)
def related_content(context, obj, links=None):
    """The "you may also find useful" list; `links` when the page already has them (e.g. from a cache)."""
    if links is None:
        links = related_links(obj, context["request"].user)
    return {"related_items": links}
