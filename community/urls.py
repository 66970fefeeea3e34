from django.urls import path

from . import feeds, page_cache, practice_views, views

app_name = "community"

# Feeds list what anonymous readers see, whoever asks: one cached copy for all.
feed = page_cache.reader_page(depends_on=("pages",))

urlpatterns = [
    path("anggota/", views.directory, name="directory"),
    path("anggota/<str:username>/", views.profile_detail, name="profile"),
    path("akun/profil/", views.profile_edit, name="profile_edit"),
    path("zona-waktu/", views.choose_time_zone, name="choose_time_zone"),
    path("praktik-baik/kirim/", practice_views.submit, name="practice_submit"),
    path("praktik-baik/kiriman-saya/", practice_views.my_submissions, name="my_submissions"),
    path("praktik-baik/kiriman/<int:pk>/ubah/", practice_views.revise, name="practice_revise"),
    path("praktik-baik/<int:pk>/replikasi/", practice_views.replicate, name="practice_replicate"),
    path("praktik-baik/feed/rss/", feed(feeds.PracticeFeed()), name="practice_feed_rss"),
    path("praktik-baik/feed/atom/", feed(feeds.AtomPracticeFeed()), name="practice_feed_atom"),
    path("tag/saran/", practice_views.tag_suggestions, name="tag_suggestions"),
    path("tag/<str:slug>/", practice_views.tag_page, name="tag"),
    path("tag/<str:slug>/feed/rss/", feed(feeds.TagPracticeFeed()), name="tag_feed_rss"),
    path("tag/<str:slug>/feed/atom/", feed(feeds.AtomTagPracticeFeed()), name="tag_feed_atom"),
    path("wilayah/<str:code>/feed/rss/", feed(feeds.RegionPracticeFeed()), name="region_feed_rss"),
    path("wilayah/<str:code>/feed/atom/", feed(feeds.AtomRegionPracticeFeed()), name="region_feed_atom"),
]
