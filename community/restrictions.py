"""Page view restrictions, read once per publish instead of with a join on every listing."""

from wagtail.models import PageViewRestriction

from .page_cache import remember


def view_restrictions():
    """[(page path, restriction type)] of every view restriction in the site."""
    return remember(
        "view-restrictions",
        lambda: list(PageViewRestriction.objects.values_list("page__path", "restriction_type")),
        depends_on=("pages",),
    )


def restricted_paths(user=None):
    """Tree paths under which `user` may not list pages: members see members-only ones."""
    signed_in = user is not None and user.is_authenticated
    return [
        path for path, kind in view_restrictions() if not (signed_in and kind == PageViewRestriction.LOGIN)
    ]


def is_restricted_path(path):
    """Does any view restriction, of any kind, cover the page at `path`?"""
    return any(path.startswith(restricted) for restricted, _kind in view_restrictions())
