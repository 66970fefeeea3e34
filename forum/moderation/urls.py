from django.urls import path

from . import views

app_name = "forum_moderation"

urlpatterns = [
    path("", views.queue, name="queue"),
    path("laporkan/<int:pk>/", views.flag_post, name="flag_post"),
    path("laporan/<int:pk>/<str:action>/", views.flag_action, name="flag_action"),
    path("tulisan/<int:pk>/<str:action>/", views.post_action, name="post_action"),
    path("diskusi/<int:pk>/", views.thread_tools, name="thread_tools"),
]
