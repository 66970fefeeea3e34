"""Signing up at /akun/: verification by e-mail, duplicates, limits and floods."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db

SIGNUP = "/akun/signup/"
LOGIN = "/akun/login/"
NEW_PASSWORD = "rahasia-dinas-2025"


def signup_data(**overrides):
    data = {
        "email": "budi@bappeda.go.id",
        "username": "budi",
        "password1": NEW_PASSWORD,
        "password2": NEW_PASSWORD,
    }
    data.update(overrides)
    return data


def link_in(message):
    """The site path of the first link in an e-mail body."""
    return re.search(r"https?://testserver(/\S+)", message.body).group(1)


def is_signed_in(client):
    return "_auth_user_id" in client.session


def test_signing_up_sends_a_verification_email_in_indonesian(anonymous, mailoutbox):
    response = anonymous.post(SIGNUP, signup_data())

    assert response.status_code == 302
    assert response["Location"] == "/akun/confirm-email/"
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == ["budi@bappeda.go.id"]
    assert message.subject == "[Simpul] Mohon Konfirmasi Alamat E-mail Anda"
    assert "Untuk mengonfirmasi" in message.body
    assert "/akun/confirm-email/" in message.body


def test_after_signing_up_the_reader_is_told_to_check_their_email(anonymous, mailoutbox):
    response = anonymous.post(SIGNUP, signup_data(), follow=True)

    page = response.content.decode()
    assert "Verifikasi Alamat E-mail Anda" in page
    assert "E-mail konfirmasi dikirim ke budi@bappeda.go.id" in page
    assert not is_signed_in(anonymous)


def test_an_unverified_account_cannot_sign_in(anonymous, mailoutbox):
    anonymous.post(SIGNUP, signup_data())

    response = anonymous.post(LOGIN, {"login": "budi", "password": NEW_PASSWORD})

    assert response.status_code == 302
    assert response["Location"] == "/akun/confirm-email/"
    assert not is_signed_in(anonymous)


def test_the_link_in_the_email_shows_a_confirmation_page_without_confirming_yet(anonymous, mailoutbox):
    anonymous.post(SIGNUP, signup_data())

    response = anonymous.get(link_in(mailoutbox[0]))

    assert response.status_code == 200
    page = response.content.decode()
    assert "Konfirmasi Alamat E-mail" in page
    assert 'method="post"' in page
    assert not EmailAddress.objects.get(email="budi@bappeda.go.id").verified


def test_confirming_the_email_verifies_it_and_signs_the_member_in(anonymous, mailoutbox):
    anonymous.post(SIGNUP, signup_data())
    link = link_in(mailoutbox[0])

    response = anonymous.post(link)

    assert EmailAddress.objects.get(email="budi@bappeda.go.id").verified
    assert is_signed_in(anonymous)
    # The new member has no display name yet: their profile comes first.
    assert response["Location"] == "/akun/profil/"


def test_a_confirmed_member_can_sign_in_later(anonymous, mailoutbox):
    anonymous.post(SIGNUP, signup_data())
    anonymous.post(link_in(mailoutbox[0]))
    anonymous.post("/akun/logout/")

    response = anonymous.post(LOGIN, {"login": "budi@bappeda.go.id", "password": NEW_PASSWORD})

    assert response.status_code == 302
    assert is_signed_in(anonymous)


def test_a_bad_verification_key_shows_a_friendly_page(anonymous):
    response = anonymous.get("/akun/confirm-email/kunci-palsu/")

    assert response.status_code == 200
    assert "sudah kedaluwarsa atau tidak valid" in response.content.decode()


def test_confirming_with_a_bad_key_is_a_friendly_not_found_page(anonymous):
    response = anonymous.post("/akun/confirm-email/kunci-palsu/")

    assert response.status_code == 404
    assert "Halaman tidak ditemukan" in response.content.decode()


def test_a_used_verification_link_says_it_is_no_longer_valid(anonymous, mailoutbox):
    anonymous.post(SIGNUP, signup_data())
    link = link_in(mailoutbox[0])
    anonymous.post(link)

    response = anonymous.get(link)

    assert response.status_code == 200
    assert "sudah kedaluwarsa atau tidak valid" in response.content.decode()


def test_a_taken_username_is_rejected_in_indonesian_and_the_form_keeps_what_was_typed(anonymous, member):
    response = anonymous.post(SIGNUP, signup_data(username=member.username, email="siti.baru@bappeda.go.id"))

    assert response.status_code == 200
    page = response.content.decode()
    assert "Pengguna dengan username tersebut sudah ada" in page
    assert f'value="{member.username}"' in page
    assert 'value="siti.baru@bappeda.go.id"' in page
    assert get_user_model().objects.count() == 1


def test_a_taken_email_does_not_create_a_second_account_nor_reveal_that_it_exists(
    anonymous, member, mailoutbox
):
    # allauth's enumeration protection: the page is the same as for a new
    # address, and the owner of the address is told by e-mail instead.
    response = anonymous.post(
        SIGNUP, signup_data(username="penyusup", email=member.email.upper()), follow=True
    )

    assert "Verifikasi Alamat E-mail Anda" in response.content.decode()
    assert not get_user_model().objects.filter(username="penyusup").exists()
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == [member.email]
    assert mailoutbox[0].subject == "[Simpul] Akun Sudah Ada"
    assert "/akun/password/reset/" in mailoutbox[0].body


def test_mismatched_passwords_are_rejected_in_indonesian(anonymous):
    response = anonymous.post(SIGNUP, signup_data(password2="sesuatu-yang-lain-9"))

    assert response.status_code == 200
    assert "Anda harus mengetikkan kata sandi yang sama setiap kali" in response.content.decode()
    assert not get_user_model().objects.exists()


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        ("username", "u" * 200, "paling banyak 30 karakter (sekarang 200 karakter)"),
        ("email", "a" * 287 + "@bappeda.go.id", "paling banyak 254 karakter (sekarang 301 karakter)"),
        ("password", "p" * 500, "paling banyak 128 karakter (sekarang 500 karakter)"),
    ],
)
def test_an_overlong_field_gets_one_clear_error_and_no_account(anonymous, mailoutbox, field, value, error):
    data = (
        signup_data(password1=value, password2=value)
        if field == "password"
        else signup_data(**{field: value})
    )

    response = anonymous.post(SIGNUP, data)

    assert response.status_code == 200
    page = response.content.decode()
    assert error in page
    # One limit per field: not also the looser one of Django or allauth.
    assert "paling banyak 150 karakter" not in page
    assert "paling banyak 320 karakter" not in page
    assert not get_user_model().objects.exists()
    assert mailoutbox == []


def test_an_overlong_username_is_kept_in_the_form_for_correction(anonymous):
    response = anonymous.post(SIGNUP, signup_data(username="u" * 200))

    assert f'value="{"u" * 200}"' in response.content.decode()
    assert 'value="budi@bappeda.go.id"' in response.content.decode()


def test_a_sixth_signup_from_one_address_within_the_hour_is_refused(anonymous, mailoutbox):
    for number in range(5):
        response = anonymous.post(
            SIGNUP, signup_data(username=f"akun{number}", email=f"akun{number}@bkd.go.id")
        )
        assert response.status_code == 302

    response = anonymous.post(SIGNUP, signup_data(username="akun6", email="akun6@bkd.go.id"))

    assert response.status_code == 429
    assert "<h1>Terlalu banyak permintaan</h1>" in response.content.decode()
    assert not get_user_model().objects.filter(username="akun6").exists()


def test_the_signup_limit_counts_per_address(anonymous, client_factory):
    for number in range(5):
        anonymous.post(SIGNUP, signup_data(username=f"akun{number}", email=f"akun{number}@bkd.go.id"))

    elsewhere = client_factory(REMOTE_ADDR="10.20.30.40")
    response = elsewhere.post(SIGNUP, signup_data(username="dari_papua", email="dari.papua@bkd.go.id"))

    assert response.status_code == 302
    assert get_user_model().objects.filter(username="dari_papua").exists()
