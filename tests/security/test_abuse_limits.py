"""Abuse limits: every limit answers 429 with Retry-After and an Indonesian message.

THROTTLED is a registry of (name, method, URL, data, scope): the forum's
posting and flags and the sessions' check-in codes add one line each (and
their scope's rate is set small here through settings.SIMPUL_THROTTLE_RATES,
so a test sends a few requests, not hundreds).
"""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import HttpResponse
from django.test import RequestFactory

from community.throttle import parse_rate, throttle
from tests.community.test_signup import SIGNUP, signup_data

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_backend")]

TOO_MANY = "Anda mengirim terlalu banyak permintaan dalam waktu singkat."
LOCKED = "Akun dikunci sementara"

THROTTLED = [
    ("site search", "get", "/cari/", {"q": "posyandu"}, "search"),
    ("search suggestions", "get", "/cari/saran/", {"q": "pos"}, "search-suggestions"),
]
SMALL_LIMIT = 3


@pytest.fixture
def small_limits(settings):
    settings.SIMPUL_THROTTLE_RATES = {scope: f"{SMALL_LIMIT}/m" for *_, scope in THROTTLED}


def _send(client, method, url, data, **headers):
    return getattr(client, method)(url, data, **headers)


@pytest.mark.usefixtures("small_limits")
@pytest.mark.parametrize(
    ("name", "method", "url", "data", "scope"), THROTTLED, ids=[entry[0] for entry in THROTTLED]
)
def test_a_client_over_the_limit_is_asked_to_wait_in_indonesian(
    client_factory, name, method, url, data, scope
):
    client = client_factory(REMOTE_ADDR="10.1.1.1")
    for _ in range(SMALL_LIMIT):
        assert _send(client, method, url, data).status_code == 200

    response = _send(client, method, url, data)

    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 60
    assert TOO_MANY in response.content.decode()
    # Another address (another office) is not held back.
    assert _send(client_factory(REMOTE_ADDR="10.2.2.2"), method, url, data).status_code == 200


@pytest.mark.usefixtures("small_limits")
def test_a_script_asking_for_json_gets_the_refusal_as_json(client_factory):
    client = client_factory(REMOTE_ADDR="10.1.1.1")
    for _ in range(SMALL_LIMIT):
        client.get("/cari/saran/", {"q": "pos"}, HTTP_ACCEPT="application/json")

    response = client.get("/cari/saran/", {"q": "pos"}, HTTP_ACCEPT="application/json")

    assert response.status_code == 429
    assert response.json()["error"].startswith("Anda mengirim terlalu banyak permintaan")
    assert response.json()["retry_after"] == int(response["Retry-After"])


def test_the_configured_search_limits_are_generous_for_offices_sharing_one_address(settings):
    for limit in settings.SIMPUL_THROTTLED_VIEWS.values():
        count, period = parse_rate(limit["rate"])
        assert count / period * 60 >= 60


def test_behind_the_proxy_each_visitor_is_counted_by_the_forwarded_address(settings, client_factory):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.SIMPUL_THROTTLE_RATES = {"search": "1/m"}
    proxy = "10.0.0.1"
    first = client_factory(REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR="203.0.113.5")
    second = client_factory(REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR="203.0.113.6")

    assert first.get("/cari/", {"q": "a"}).status_code == 200
    assert second.get("/cari/", {"q": "a"}).status_code == 200
    assert first.get("/cari/", {"q": "a"}).status_code == 429


def test_the_decorator_counts_members_by_account_and_only_the_methods_it_names(member):
    @throttle("test-posting", rate="2/h", key="user", methods=("POST",))
    def view(request):
        return HttpResponse("ok")

    factory = RequestFactory()

    def request(method, user, address):
        made = getattr(factory, method)("/", REMOTE_ADDR=address)
        made.user = user
        return made

    for _ in range(5):
        assert view(request("get", member, "10.0.0.1")).status_code == 200
    assert view(request("post", member, "10.0.0.1")).status_code == 200
    assert view(request("post", member, "10.0.0.2")).status_code == 200
    refused = view(request("post", member, "10.0.0.3"))
    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= 3600
    assert view(request("post", AnonymousUser(), "10.0.0.3")).status_code == 200


def test_a_rate_that_is_not_a_rate_fails_at_once():
    with pytest.raises(ValueError, match="Not a rate"):
        throttle("typo", rate="60 per minute")


def test_a_sixth_signup_within_the_hour_is_told_when_to_come_back(anonymous, mailoutbox):
    for number in range(5):
        anonymous.post(SIGNUP, signup_data(username=f"akun{number}", email=f"akun{number}@bkd.go.id"))

    response = anonymous.post(SIGNUP, signup_data(username="akun6", email="akun6@bkd.go.id"))

    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    assert TOO_MANY in response.content.decode()


def test_a_sign_in_lockout_says_when_to_come_back(anonymous, member):
    for _ in range(5):
        anonymous.post("/akun/login/", {"login": member.username, "password": "tebak-tebakan"})

    response = anonymous.post("/akun/login/", {"login": member.username, "password": "tebak-tebakan"})

    assert response.status_code == 429
    assert response["Retry-After"] == "1800"
    assert LOCKED in response.content.decode()
