from django import template

from ..related import related_items

register = template.Library()


@register.inclusion_tag("search/_related.html", takes_context=True)
def related_content(context, obj):
    request = context["request"]
    return {"related_items": related_items(obj, request.user)}
