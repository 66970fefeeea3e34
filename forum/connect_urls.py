"""URLs of the forum's connections: feeds and knowledge capture (namespace ``forum_connect``).

Included in config/urls.py before Wagtail's catch-all, so /forum/<forum>/feed/...
is answered here rather than looked up as a page.
"""

from django.urls import path

from . import feeds
from .capture import views as capture_views

app_name = "forum_connect"

urlpatterns = [
    path("forum/jadikan-praktik/<int:thread_pk>/", capture_views.capture, name="capture"),
    path("forum/<str:forum_slug>/feed/rss/", feeds.ForumThreadFeed(), name="forum_feed_rss"),
    path("forum/<str:forum_slug>/feed/atom/", feeds.AtomForumThreadFeed(), name="forum_feed_atom"),
    path(
        "forum/<str:forum_slug>/<int:thread_pk>-<slug:slug>/feed/rss/",
        feeds.ThreadPostFeed(),
        name="thread_feed_rss",
    ),
    path(
        "forum/<str:forum_slug>/<int:thread_pk>-<slug:slug>/feed/atom/",
        feeds.AtomThreadPostFeed(),
        name="thread_feed_atom",
    ),
    path("tag/<str:slug>/diskusi/feed/rss/", feeds.TagThreadFeed(), name="tag_feed_rss"),
    path("tag/<str:slug>/diskusi/feed/atom/", feeds.AtomTagThreadFeed(), name="tag_feed_atom"),
]
