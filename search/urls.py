from django.urls import path

from . import views
from .indexing.health import health_view

app_name = "search"

urlpatterns = [
    path("cari/", views.site_search, name="search"),
    path("cari/saran/", views.suggestions, name="suggestions"),
    path("kesehatan/", health_view, name="health"),
]
