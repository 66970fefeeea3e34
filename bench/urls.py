"""The site's URLs plus a bare view: the yardstick bench/served.py measures every page against."""

from django.http import HttpResponse
from django.urls import path

from config.urls import urlpatterns as site_urlpatterns


def bare(request):
    return HttpResponse(b"ok", content_type="text/plain")


urlpatterns = [path("_bench/bare/", bare), *site_urlpatterns]
