from django.conf import settings
from django.conf.urls.static import static
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from community.views import set_language
from forum.sitemaps import SITEMAPS

# django-allauth answers its rate limits (sign-up, password reset) through this.
handler429 = "community.throttle.allauth_too_many_requests"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("dokumen/", include(wagtaildocs_urls)),
    path("akun/", include("allauth.urls")),
    path("bahasa/", set_language, name="set_language"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("notifikasi/", include("forum.notifications.urls")),
    path("moderasi/", include("forum.moderation.urls")),
    path("", include("forum.connect_urls")),
    path("sesi/", include("forum.sessions.urls")),
    path("", include("search.urls")),
    path("", include("community.urls")),
    path("", include("forum.urls")),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
