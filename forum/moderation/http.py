"""HTTP 429 answers for the forum's rate limits, with Retry-After and an Indonesian page."""

from functools import wraps

from django.shortcuts import render

from .limits import check_posting_allowed, posting_limit_message


def with_retry_after(response, retry_after):
    response.status_code = 429
    response["Retry-After"] = str(int(retry_after))
    return response


def too_many_requests(request, retry_after, message=None):
    """The rate-limit page itself (when there is no form to re-render with what was typed)."""
    response = render(
        request,
        "forum/moderation/rate_limited.html",
        {"message": message or posting_limit_message(retry_after)},
    )
    return with_retry_after(response, retry_after)


def posting_rate_limited(view):
    """Decorator for views that create threads or replies: POSTs over the limit get 429.

    Views with a form should rather call check_posting_allowed() and re-render
    the form with the text kept, then pass the response to with_retry_after().
    """

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method == "POST":
            retry_after = check_posting_allowed(request.user)
            if retry_after is not None:
                return too_many_requests(request, retry_after)
        return view(request, *args, **kwargs)

    return wrapped
