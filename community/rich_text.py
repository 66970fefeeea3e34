"""Rich-text entity handlers that survive ids which are not ids.

Rich text is stored with placeholders such as ``<a linktype="page" id="42">``
and ``<embed embedtype="image" id="7" format="left">``; Wagtail's handlers
look the ids up as they are. An id that is not a number (``id="abc"``,
possible through the editor's raw content, which posts the entity data as
JSON) made ``Page.objects.filter(id__in=["abc"])`` raise ``ValueError``, and
the page answered 500 for everyone; a 25-digit id overflows SQLite.

The handlers here replace Wagtail's for the page and document link types
and the image embed type (registered in wagtail_hooks.py): an id that is
not a database id is treated like the id of a deleted object, so the link
renders as plain text (``<a>`` without an address) and the image as an
empty ``<img alt="">``. The admin's editor conversion gets the same
tolerance, so an editor can open such a page and repair it, and a bad
page id posted from the editor is stored as plain text.
"""

from wagtail.admin.rich_text.converters.contentstate import link_entity
from wagtail.admin.rich_text.converters.html_to_contentstate import (
    ExternalLinkElementHandler,
)
from wagtail.admin.rich_text.converters.html_to_contentstate import (
    PageLinkElementHandler as WagtailPageLinkElementHandler,
)
from wagtail.documents.rich_text import DocumentLinkHandler as WagtailDocumentLinkHandler
from wagtail.images.formats import get_image_formats
from wagtail.images.rich_text import ImageEmbedHandler as WagtailImageEmbedHandler
from wagtail.images.rich_text.contentstate import ImageElementHandler as WagtailImageElementHandler
from wagtail.images.rich_text.contentstate import image_entity
from wagtail.rich_text.pages import PageLinkHandler as WagtailPageLinkHandler

# Primary keys of Wagtail's pages, documents and images are 32-bit integers.
MAX_OBJECT_ID = 2**31 - 1


def object_id(value):
    """The id in a rich-text placeholder as an int, or None when it cannot be a database id."""
    text = "" if value is None else str(value)
    if text.isascii() and text.isdigit() and 0 < int(text) <= MAX_OBJECT_ID:
        return int(text)
    return None


class TolerantIdsMixin:
    """Look up only ids the database can hold; any other id finds nothing."""

    @classmethod
    def get_many(cls, attrs_list):
        return super().get_many([{**attrs, "id": object_id(attrs.get("id"))} for attrs in attrs_list])

    @classmethod
    def get_instance(cls, attrs):
        model = cls.get_model()
        pk = object_id(attrs.get("id"))
        if pk is None:
            raise model.DoesNotExist
        return model._default_manager.get(pk=pk)

    @classmethod
    def extract_references(cls, attrs):
        # The reference index (filled on every save) would otherwise fail on a missing id.
        if object_id(attrs.get("id")) is not None:
            yield from super().extract_references(attrs)


class PageLinkHandler(TolerantIdsMixin, WagtailPageLinkHandler):
    pass


class DocumentLinkHandler(TolerantIdsMixin, WagtailDocumentLinkHandler):
    pass


def image_format_name(name):
    """A registered image format's name: the one given, else the first format."""
    names = [image_format.name for image_format in get_image_formats()]
    return name if name in names else names[0]


class ImageEmbedHandler(TolerantIdsMixin, WagtailImageEmbedHandler):
    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        return super().expand_db_attributes_many(
            [{**attrs, "format": image_format_name(attrs.get("format"))} for attrs in attrs_list]
        )


# The editor (Draftail) side


class PageLinkElementHandler(WagtailPageLinkElementHandler):
    """Database HTML -> editor: a page link with a bad id opens as a link to no page."""

    def get_attribute_data(self, attrs):
        if object_id(attrs.get("id")) is None:
            return {"url": None}
        return super().get_attribute_data(attrs)


def tolerant_link_entity(props):
    """Editor -> database HTML: a link to a page id that cannot exist is stored as its text."""
    if props.get("id") is not None and object_id(props["id"]) is None:
        return props["children"]
    if props.get("id") is None and not props.get("url"):
        return props["children"]
    return link_entity(props)


class ImageElementHandler(WagtailImageElementHandler):
    """Database HTML -> editor: an image with a bad id or format opens as a missing image."""

    def create_entity(self, name, attrs, state, contentstate):
        attrs = {**attrs, "id": object_id(attrs.get("id")), "format": image_format_name(attrs.get("format"))}
        return super().create_entity(name, attrs, state, contentstate)


CONTENTSTATE_IMAGE_RULE = {
    "from_database_format": {'embed[embedtype="image"]': ImageElementHandler()},
    "to_database_format": {"entity_decorators": {"IMAGE": image_entity}},
}

CONTENTSTATE_LINK_RULE = {
    "from_database_format": {
        "a[href]": ExternalLinkElementHandler("LINK"),
        'a[linktype="page"]': PageLinkElementHandler("LINK"),
    },
    "to_database_format": {"entity_decorators": {"LINK": tolerant_link_entity}},
}
