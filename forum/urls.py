"""The forum's own URLs (namespace ``forum``), included before Wagtail's catch-all.

/forum/ and /forum/<forum>/ are Wagtail pages (ForumIndexPage, ForumPage);
everything below a forum is served here.
"""

from django.urls import path

from .threads import views

app_name = "forum"

urlpatterns = [
    path("forum/<slug:forum_slug>/baru/", views.thread_new, name="thread_new"),
    path("forum/<slug:forum_slug>/<int:pk>-<slug:slug>/", views.thread_detail, name="thread"),
    path("forum/diskusi/<int:pk>/balas/", views.reply, name="reply"),
    path("p/<int:pk>/", views.post_permalink, name="post_permalink"),
    path("p/<int:pk>/ubah/", views.post_edit, name="post_edit"),
    path("p/<int:pk>/hapus/", views.post_delete, name="post_delete"),
    path("p/<int:pk>/riwayat/", views.post_history, name="post_history"),
    path("p/<int:pk>/solusi/", views.post_solution, name="post_solution"),
    path("p/<int:pk>/bermanfaat/", views.post_react, name="post_react"),
    path("forum/lampiran/<int:pk>/<str:name>", views.attachment, name="attachment"),
]
