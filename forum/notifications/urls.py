from django.urls import path

from . import views

app_name = "forum_notifications"

urlpatterns = [
    path("", views.notification_list, name="list"),
    path("<int:pk>/", views.open_notification, name="open"),
    path("baca/", views.mark_read, name="mark_read"),
    path("ikuti/diskusi/<int:pk>/", views.watch_thread, name="watch_thread"),
    path("ikuti/forum/<int:pk>/", views.watch_forum, name="watch_forum"),
    path("ikuti/tag/<str:slug>/", views.watch_tag, name="watch_tag"),
    path("berhenti/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
