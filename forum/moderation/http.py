"""HTTP 429 answers for the forum's rate limits, with Retry-After and an Indonesian page."""

from functools import wraps

from django.shortcuts import render

from .limits import check_posting_allowed, posting_limit_message


def with_retry_after(response, retry_after):
    response.status_code = 429
    response["Retry-After"] = str(int(retry_after))
    return response


#: Form fields whose text the rate-limit page hands back, so nothing typed is lost.
KEPT_FIELDS = ("title", "body")
MAX_KEPT_LENGTH = 20_000


def too_many_requests(request, retry_after, message=None):
    """The rate-limit page: the Indonesian reason, when to try again, and the text that was sent."""
    kept = [
        (name, request.POST.get(name, "")[:MAX_KEPT_LENGTH])
        for name in KEPT_FIELDS
        if request.method == "POST" and request.POST.get(name, "").strip()
    ]
    response = render(
        request,
        "forum/moderation/rate_limited.html",
        {"message": message or posting_limit_message(retry_after), "kept": kept},
    )
    return with_retry_after(response, retry_after)


def posting_rate_limited(view):
    """Decorator for views that create threads or replies: POSTs over the limit get 429.

    The page shows the member's text back to copy. A view may instead call
    check_posting_allowed() itself, re-render its form with an error, and pass
    the response to with_retry_after().
    """

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        # A preview ("pratinjau") saves nothing, so it is never refused.
        if request.method == "POST" and "pratinjau" not in request.POST:
            retry_after = check_posting_allowed(request.user)
            if retry_after is not None:
                return too_many_requests(request, retry_after)
        return view(request, *args, **kwargs)

    return wrapped
