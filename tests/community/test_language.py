"""Bahasa Indonesia by default; English when the reader picks it in the footer."""

import pytest

pytestmark = pytest.mark.django_db


def choose_language(client, language, next_url="/anggota/"):
    return client.post("/bahasa/", {"language": language, "next": next_url})


def test_pages_are_in_indonesian_by_default(anonymous, home_page):
    page = anonymous.get("/").content.decode()

    assert '<html lang="id">' in page
    assert ">Beranda</a>" in page
    assert ">Direktori anggota</a>" in page
    assert ">Masuk</a>" in page


def test_an_english_browser_still_gets_indonesian(anonymous, home_page):
    page = anonymous.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()

    assert '<html lang="id">' in page
    assert ">Beranda</a>" in page


def test_choosing_english_switches_the_interface(anonymous):
    response = choose_language(anonymous, "en")

    assert response.status_code == 302
    assert response["Location"] == "/anggota/"
    page = anonymous.get("/anggota/").content.decode()
    assert '<html lang="en">' in page
    assert ">Member directory</a>" in page
    assert ">Home</a>" in page
    assert "No members match these filters." in page


def test_after_choosing_english_django_form_errors_are_english_too(anonymous):
    choose_language(anonymous, "en")

    page = anonymous.get("/anggota/", {"agency": "999999"}).content.decode()

    assert "Select a valid choice." in page


def test_in_indonesian_the_same_form_error_is_indonesian(anonymous):
    page = anonymous.get("/anggota/", {"agency": "999999"}).content.decode()

    assert "Masukkan pilihan yang valid." in page


def test_choosing_indonesian_again_switches_back(anonymous):
    choose_language(anonymous, "en")

    choose_language(anonymous, "id")

    assert '<html lang="id">' in anonymous.get("/anggota/").content.decode()


def test_an_unsupported_language_keeps_indonesian(anonymous):
    choose_language(anonymous, "fr")

    assert '<html lang="id">' in anonymous.get("/anggota/").content.decode()


def test_the_sign_up_page_follows_the_chosen_language(anonymous):
    indonesian = anonymous.get("/akun/signup/").content.decode()
    choose_language(anonymous, "en")
    english = anonymous.get("/akun/signup/").content.decode()

    assert "Sudah memiliki akun?" in indonesian
    assert "Already have an account?" in english


def test_the_wagtail_admin_speaks_indonesian_to_editors(editor_client):
    page = editor_client.get("/admin/").content.decode()

    assert '<html lang="id"' in page
    assert "<title>Dasbor - Wagtail</title>" in page
    assert "Halaman" in page
