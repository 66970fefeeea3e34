"""Sessions in the site search (/cari/): found by their words, under the type "sesi", never when hidden."""

from datetime import timedelta

from django.utils import timezone

from tests.factories import AgencyFactory, province

from .helpers import make_session

SEARCH = "/cari/"


def _titles(response):
    return {hit.object.title for hit in response.context["outcome"].hits}


def test_a_session_is_found_by_its_theme_under_the_type_sesi(anonymous, search_backend, db):
    session = make_session(
        start=timezone.now() + timedelta(days=5),
        theme="Pemberian makanan tambahan berbahan pangan lokal",
        host_agency=AgencyFactory(name="Dinas Kesehatan Kabupaten Kupang", region=province("53")),
    )
    response = anonymous.get(SEARCH, {"q": "pangan lokal"})
    assert session.title in _titles(response)
    types = {option.value for option in response.context["outcome"].facets["type"]}
    assert "sesi" in types
    assert session.title in _titles(anonymous.get(SEARCH, {"q": "pangan lokal", "jenis": "sesi"}))
    (hit,) = [hit for hit in response.context["outcome"].hits if hit.object.pk == session.pk]
    assert "Akan datang" in str(hit.snippet)


def test_the_province_facet_narrows_sessions_by_their_host(anonymous, search_backend, db):
    papua = make_session(theme="Puskesmas keliling kampung", host_agency=AgencyFactory(region=province("91")))
    jakarta = make_session(theme="Puskesmas keliling kota", host_agency=AgencyFactory(region=province("31")))
    found = _titles(anonymous.get(SEARCH, {"q": "puskesmas keliling", "wilayah": province("91").pk}))
    assert papua.title in found and jakarta.title not in found


def test_sessions_in_members_only_forums_and_drafts_stay_out_for_anonymous_readers(
    anonymous, member_client, search_backend, members_forum
):
    hidden = make_session(members_forum, theme="Rahasia kepegawaian talenta")
    draft = make_session(theme="Draf talenta belum terbit", publish=False)
    assert not _titles(anonymous.get(SEARCH, {"q": "talenta"}))
    found = _titles(member_client.get(SEARCH, {"q": "talenta"}))
    assert hidden.title in found and draft.title not in found
