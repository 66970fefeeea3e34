from django.urls import path

from . import views

app_name = "search"

urlpatterns = [
    path("cari/", views.site_search, name="search"),
    path("cari/saran/", views.suggestions, name="suggestions"),
]
