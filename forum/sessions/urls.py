"""/sesi/: sessions across forums, attendance, JP evidence and calendars (namespace forum_sessions)."""

from django.urls import path

from community import page_cache

from . import feeds
from .views import attendance, calendar, jp, listing

app_name = "forum_sessions"

# Feeds list what anonymous readers see, whoever asks: one cached copy for all.
feed = page_cache.reader_page(depends_on=("pages",))

urlpatterns = [
    path("", listing.session_list, name="list"),
    path("kalender.ics", calendar.all_sessions_ics, name="calendar"),
    path("feed/rss/", feed(feeds.SessionFeed()), name="feed_rss"),
    path("feed/atom/", feed(feeds.AtomSessionFeed()), name="feed_atom"),
    path("forum/<slug:forum_slug>/feed/rss/", feed(feeds.ForumSessionFeed()), name="forum_feed_rss"),
    path("forum/<slug:forum_slug>/feed/atom/", feed(feeds.AtomForumSessionFeed()), name="forum_feed_atom"),
    path("tag/<str:slug>/feed/rss/", feed(feeds.TagSessionFeed()), name="tag_feed_rss"),
    path("tag/<str:slug>/feed/atom/", feed(feeds.AtomTagSessionFeed()), name="tag_feed_atom"),
    path("forum/<slug:forum_slug>/kalender.ics", calendar.forum_ics, name="forum_calendar"),
    path("<int:pk>/kalender.ics", calendar.session_ics, name="session_calendar"),
    path("<int:pk>/paket/", calendar.session_pack, name="pack"),
    path("<int:pk>/daftar/", attendance.register, name="register"),
    path("<int:pk>/batal/", attendance.cancel, name="cancel"),
    path("<int:pk>/hadir/", attendance.check_in, name="check_in"),
    path("<int:pk>/peserta/", attendance.attendees, name="attendees"),
    path("<int:pk>/peserta.csv", attendance.attendees_csv, name="attendees_csv"),
    path("catatan-jp/", jp.jp_record, name="jp_record"),
    path("catatan-jp/<int:year>.csv", jp.jp_csv, name="jp_csv"),
    path("catatan-jp/<int:year>.pdf", jp.jp_pdf, name="jp_pdf"),
    path("catatan-jp/entri/<int:pk>/atasan/", jp.request_confirmation, name="request_confirmation"),
    path("verifikasi/", jp.verify, name="verify_form"),
    path("verifikasi/<str:code>/", jp.verify, name="verify"),
    path("konfirmasi/<str:token>/", jp.confirm, name="confirm"),
]
