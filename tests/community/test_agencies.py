"""Agencies (instansi): unique slugs, search, and editing as Wagtail snippets."""

import pytest

from community.models import Agency, AgencyLevel
from tests.factories import AgencyFactory, province

pytestmark = pytest.mark.django_db

SNIPPETS = "/admin/snippets/community/agency/"


@pytest.fixture
def indexed(search_backend):
    """Index agencies explicitly, whichever backend is configured, and return them."""

    def index(*agencies):
        for agency in agencies:
            search_backend.add(agency)
        search_backend.refresh_indexes()
        return agencies

    return index


def test_an_agency_gets_a_slug_from_its_acronym_and_region():
    agency = AgencyFactory(
        name="Badan Kepegawaian dan Pengembangan SDM", acronym="BKPSDM", region=province("91")
    )

    assert agency.slug == "bkpsdm-papua"


def test_an_agency_without_acronym_gets_a_slug_from_its_name():
    agency = AgencyFactory(name="Dinas Kesehatan", region=province("31"))

    assert agency.slug == "dinas-kesehatan-dki-jakarta"


def test_agencies_with_the_same_slug_base_get_numbered_slugs():
    first = AgencyFactory(name="Dinas Kesehatan", acronym="Dinkes", region=province("33"))
    second = AgencyFactory(name="Dinas Kesehatan Daerah", acronym="DINKES", region=province("33"))
    third = AgencyFactory(name="Dinas Kesehatan Kota", acronym="dinkes", region=province("33"))

    assert [first.slug, second.slug, third.slug] == [
        "dinkes-jawa-tengah",
        "dinkes-jawa-tengah-2",
        "dinkes-jawa-tengah-3",
    ]


def test_saving_an_agency_again_keeps_its_slug():
    agency = AgencyFactory(name="Dinas Kesehatan", acronym="Dinkes", region=province("51"))

    agency.name = "Dinas Kesehatan Provinsi Bali"
    agency.save()

    agency.refresh_from_db()
    assert agency.slug == "dinkes-bali"


def test_an_agency_is_shown_with_its_acronym():
    agency = AgencyFactory(name="Badan Perencanaan Pembangunan Daerah", acronym="Bappeda")

    assert str(agency) == "Badan Perencanaan Pembangunan Daerah (Bappeda)"


def test_agencies_are_found_by_acronym_through_the_configured_search_backend(indexed):
    bkpsdm, dinkes = indexed(
        AgencyFactory(name="Badan Kepegawaian dan Pengembangan SDM", acronym="BKPSDM", region=province("91")),
        AgencyFactory(name="Dinas Kesehatan", acronym="Dinkes", region=province("91")),
    )

    results = list(Agency.objects.search("BKPSDM"))

    assert bkpsdm in results
    assert dinkes not in results


def test_agencies_are_found_by_a_word_of_their_name(indexed):
    bappeda, dinkes = indexed(
        AgencyFactory(name="Badan Perencanaan Pembangunan Daerah", acronym="Bappeda"),
        AgencyFactory(name="Dinas Kesehatan", acronym="Dinkes"),
    )

    results = list(Agency.objects.search("Perencanaan"))

    assert results == [bappeda]


def test_agency_search_can_be_narrowed_by_level(indexed):
    provincial, central = indexed(
        AgencyFactory(name="Dinas Pendidikan Provinsi", level=AgencyLevel.PROVINCE),
        AgencyFactory(name="Kementerian Pendidikan", level=AgencyLevel.CENTRAL, region=None),
    )

    results = list(Agency.objects.filter(level=AgencyLevel.CENTRAL).search("Pendidikan"))

    assert results == [central]
    assert provincial not in results


def test_an_editor_can_open_the_agency_snippets_in_the_admin(editor_client):
    AgencyFactory(name="Dinas Kesehatan", acronym="Dinkes")

    listing = editor_client.get(SNIPPETS)
    adding = editor_client.get(f"{SNIPPETS}add/")

    assert listing.status_code == 200
    assert "Dinas Kesehatan" in listing.content.decode()
    assert adding.status_code == 200


def test_an_editor_can_add_an_agency_in_the_admin(editor_client):
    response = editor_client.post(
        f"{SNIPPETS}add/",
        {
            "name": "Dinas Komunikasi dan Informatika",
            "acronym": "Diskominfo",
            "slug": "diskominfo-bali",
            "level": AgencyLevel.PROVINCE,
            "region": province("51").pk,
            "parent": "",
        },
    )

    assert response.status_code == 302
    assert Agency.objects.get(slug="diskominfo-bali").region == province("51")


@pytest.mark.parametrize("path", ["", "add/"])
def test_a_member_cannot_reach_the_agency_snippets(member_client, path):
    response = member_client.get(f"{SNIPPETS}{path}")

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
