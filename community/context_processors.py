"""Template values every page's header needs, read once per change instead of once per request."""

from django.utils.functional import SimpleLazyObject

from .page_cache import remember


def admin_access(request):
    """``can_access_admin``: whether the header shows the Wagtail admin link.

    ``perms.wagtailadmin.access_admin`` costs two queries (the user's and the
    groups' permissions) on every page a member opens. The answer changes
    only when an account, a group membership or a group's permissions change;
    page_cache.receivers renews the "members" group then, and this is kept
    until it does.
    """
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"can_access_admin": False}
    if user.is_superuser:
        return {"can_access_admin": user.is_active}

    def allowed():
        return remember(
            f"admin-access:{user.pk}",
            lambda: user.has_perm("wagtailadmin.access_admin"),
            depends_on=("members",),
        )

    return {"can_access_admin": SimpleLazyObject(allowed)}
