from django.urls import path

from . import views

app_name = "community"

urlpatterns = [
    path("anggota/", views.directory, name="directory"),
    path("anggota/<str:username>/", views.profile_detail, name="profile"),
    path("akun/profil/", views.profile_edit, name="profile_edit"),
    path("zona-waktu/", views.choose_time_zone, name="choose_time_zone"),
]
