"""Posting Wagtail admin forms from tests as a browser would."""

from wagtail.fields import StreamField
from wagtail.test.utils.form_data import querydict_from_html


def stream_form_data(name, block, value):
    """POST data for a StreamField, which the admin's JavaScript would build in a browser."""

    def flatten(prefix, state):
        if isinstance(state, dict) and "id" in state and set(state) - {"id"} <= {"title", "edit_url"}:
            return {prefix: state["id"]}  # a chooser
        if isinstance(state, dict):
            return {key: val for k, v in state.items() for key, val in flatten(f"{prefix}-{k}", v).items()}
        return {prefix: "" if state is None else state}

    data = {f"{name}-count": str(len(value))}
    for position, child in enumerate(value):
        data.update(
            {
                f"{name}-{position}-type": child.block_type,
                f"{name}-{position}-order": str(position),
                f"{name}-{position}-deleted": "",
                f"{name}-{position}-id": child.id or "",
                **flatten(f"{name}-{position}-value", child.block.get_form_state(child.value)),
            }
        )
    return data


def admin_form_data(html, form_id, page, **changes):
    """What the editor's browser posts: the form's fields, and its StreamFields as the JavaScript sends them.

    `page` holds the StreamField values to send (the form's own HTML has
    none: the admin's JavaScript builds those inputs); `changes` replace fields.
    """
    data = querydict_from_html(html, form_id=form_id)
    for field in type(page)._meta.get_fields():
        if isinstance(field, StreamField):
            data.update(stream_form_data(field.name, field.stream_block, getattr(page, field.name)))
    for name, value in changes.items():
        data.setlist(name, value if isinstance(value, list) else [value])
    return data
