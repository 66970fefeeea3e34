"""Error pages speak Indonesian and never need more than they are given."""

import pytest
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.views import defaults

pytestmark = pytest.mark.django_db


def test_an_unknown_address_is_a_not_found_page_in_indonesian(anonymous):
    response = anonymous.get("/halaman-yang-tidak-pernah-ada/")

    assert response.status_code == 404
    page = response.content.decode()
    assert '<html lang="id">' in page
    assert "<h1>Halaman tidak ditemukan</h1>" in page
    assert 'href="/">Kembali ke beranda</a>' in page


def test_the_not_found_page_follows_an_english_choice(anonymous):
    anonymous.post("/bahasa/", {"language": "en", "next": "/"})

    response = anonymous.get("/halaman-yang-tidak-pernah-ada/")

    assert response.status_code == 404
    assert "<h1>Page not found</h1>" in response.content.decode()


def test_the_server_error_template_is_standalone_indonesian():
    page = render_to_string("500.html")

    assert '<html lang="id">' in page
    assert "Terjadi kesalahan pada server" in page
    # It must render even when the database or the base layout is what failed.
    assert "{%" not in page and "extends" not in page


def test_django_server_error_handler_serves_the_indonesian_page():
    response = defaults.server_error(RequestFactory().get("/"))

    assert response.status_code == 500
    assert "Terjadi kesalahan pada server" in response.content.decode()


def test_the_permission_denied_page_is_in_indonesian():
    response = defaults.permission_denied(RequestFactory().get("/rahasia/"), exception=PermissionError())

    assert response.status_code == 403
    page = response.content.decode()
    assert "<h1>Akses ditolak</h1>" in page
    assert "Anda tidak memiliki izin untuk membuka halaman ini." in page
