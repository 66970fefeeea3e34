"""Signing in and out, brute-force lockout, and resetting a forgotten password."""

import re

import pytest

from tests.factories import UserFactory, fill_profile

pytestmark = pytest.mark.django_db

LOGIN = "/akun/login/"
RESET = "/akun/password/reset/"
NEW_PASSWORD = "sandi-baru-dinas-2025"


def is_signed_in(client):
    return "_auth_user_id" in client.session


def link_in(message):
    return re.search(r"https?://testserver(/\S+)", message.body).group(1)


def test_a_member_signs_in_with_username(anonymous, member, password):
    response = anonymous.post(LOGIN, {"login": member.username, "password": password})

    assert response.status_code == 302
    assert is_signed_in(anonymous)


def test_a_member_signs_in_with_email(anonymous, member, password):
    response = anonymous.post(LOGIN, {"login": member.email, "password": password})

    assert response.status_code == 302
    assert is_signed_in(anonymous)


def test_a_wrong_password_is_refused_in_indonesian(anonymous, member):
    response = anonymous.post(LOGIN, {"login": member.username, "password": "bukan-sandinya"})

    assert response.status_code == 200
    assert "kata sandi yang anda masukkan tidak benar" in response.content.decode()
    assert not is_signed_in(anonymous)


def test_the_first_sign_in_with_an_empty_display_name_lands_on_the_profile_form(anonymous, member, password):
    response = anonymous.post(LOGIN, {"login": member.username, "password": password})

    assert response["Location"] == "/akun/profil/"


def test_a_member_with_a_filled_profile_lands_on_the_home_page(anonymous, member, password):
    fill_profile(member, display_name="Siti Rahmawati")

    response = anonymous.post(LOGIN, {"login": member.username, "password": password})

    assert response["Location"] == "/"


def test_signing_in_returns_to_the_page_asked_for(anonymous, member, password):
    response = anonymous.post(f"{LOGIN}?next=/anggota/", {"login": member.username, "password": password})

    assert response["Location"] == "/anggota/"


def test_an_inactive_account_cannot_sign_in(anonymous, password):
    UserFactory(username="pensiun", is_active=False)

    anonymous.post(LOGIN, {"login": "pensiun", "password": password})

    assert not is_signed_in(anonymous)


def test_signing_out_works_with_a_post(member_client):
    response = member_client.post("/akun/logout/")

    assert response.status_code == 302
    assert not is_signed_in(member_client)


def test_opening_the_sign_out_page_asks_first_and_keeps_the_member_signed_in(member_client):
    response = member_client.get("/akun/logout/")

    assert response.status_code == 200
    assert 'action="/akun/logout/"' in response.content.decode()
    assert is_signed_in(member_client)


def test_five_failures_lock_the_account_on_that_address_even_for_the_right_password(
    anonymous, member, password
):
    for _ in range(5):
        anonymous.post(LOGIN, {"login": member.username, "password": "tebak-tebakan"})

    response = anonymous.post(LOGIN, {"login": member.username, "password": password})

    assert response.status_code == 429
    page = response.content.decode()
    assert "Akun dikunci sementara" in page
    assert "coba lagi dalam 30 menit" in page
    assert not is_signed_in(anonymous)


def test_four_failures_still_let_the_member_sign_in(anonymous, member, password):
    for _ in range(4):
        anonymous.post(LOGIN, {"login": member.username, "password": "tebak-tebakan"})

    response = anonymous.post(LOGIN, {"login": member.username, "password": password})

    assert response.status_code == 302
    assert is_signed_in(anonymous)


def test_a_lockout_does_not_lock_other_members_on_the_same_address(
    anonymous, member, password, client_factory
):
    for _ in range(5):
        anonymous.post(LOGIN, {"login": member.username, "password": "tebak-tebakan"})
    UserFactory(username="rekan")

    colleague = client_factory()
    response = colleague.post(LOGIN, {"login": "rekan", "password": password})

    assert response.status_code == 302
    assert is_signed_in(colleague)


def test_a_lockout_does_not_lock_the_member_out_from_another_address(
    anonymous, member, password, client_factory
):
    for _ in range(5):
        anonymous.post(LOGIN, {"login": member.username, "password": "tebak-tebakan"})

    from_home = client_factory(REMOTE_ADDR="10.1.2.3")
    response = from_home.post(LOGIN, {"login": member.username, "password": password})

    assert response.status_code == 302


def test_password_reset_sends_an_email_in_indonesian(anonymous, member, mailoutbox):
    response = anonymous.post(RESET, {"email": member.email})

    assert response["Location"] == "/akun/password/reset/done/"
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == [member.email]
    assert mailoutbox[0].subject == "[Simpul] E-mail Reset Kata Sandi"
    assert "/akun/password/reset/key/" in mailoutbox[0].body


def test_the_reset_link_lets_the_member_choose_a_new_password_and_sign_in(anonymous, member, mailoutbox):
    anonymous.post(RESET, {"email": member.email})

    form_page = anonymous.get(link_in(mailoutbox[0]), follow=True)
    assert "Ubah Kata Sandi" in form_page.content.decode()
    response = anonymous.post(
        form_page.redirect_chain[-1][0], {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
    )
    assert response["Location"] == "/akun/password/reset/key/done/"

    signed_in = anonymous.post(LOGIN, {"login": member.username, "password": NEW_PASSWORD})
    assert signed_in.status_code == 302
    assert is_signed_in(anonymous)


def test_a_used_reset_link_shows_a_friendly_message(anonymous, member, mailoutbox):
    anonymous.post(RESET, {"email": member.email})
    link = link_in(mailoutbox[0])
    form_page = anonymous.get(link, follow=True)
    anonymous.post(form_page.redirect_chain[-1][0], {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})

    response = anonymous.get(link, follow=True)

    assert response.status_code == 200
    assert "Token Salah" in response.content.decode()
    assert "reset kata sandi baru" in response.content.decode()


def test_a_made_up_reset_link_shows_a_friendly_message(anonymous):
    response = anonymous.get("/akun/password/reset/key/1-token-palsu/")

    assert response.status_code == 200
    assert "Token Salah" in response.content.decode()


def test_a_reset_for_an_unknown_address_looks_the_same_and_sends_no_reset_link(anonymous, mailoutbox):
    response = anonymous.post(RESET, {"email": "tidak.terdaftar@contoh.go.id"})

    assert response["Location"] == "/akun/password/reset/done/"
    assert not any("/akun/password/reset/key/" in message.body for message in mailoutbox)


def test_the_admin_sign_in_is_locked_the_same_way(anonymous, editor, password):
    for _ in range(5):
        anonymous.post("/admin/login/", {"username": editor.username, "password": "tebak-tebakan"})

    response = anonymous.post("/admin/login/", {"username": editor.username, "password": password})

    assert response.status_code == 429
    assert "Akun dikunci sementara" in response.content.decode()
    assert not is_signed_in(anonymous)


def test_typing_the_email_instead_of_the_username_is_counted_for_that_address(anonymous, member, password):
    for _ in range(5):
        anonymous.post(LOGIN, {"login": member.email.upper(), "password": "tebak-tebakan"})

    response = anonymous.post(LOGIN, {"login": member.email, "password": password})

    assert response.status_code == 429
    assert not is_signed_in(anonymous)
