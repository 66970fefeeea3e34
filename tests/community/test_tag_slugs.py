"""A tag always has an address: no tag without a letter or digit, one tag per slug.

A tag such as `">` (markup left in a tag field) used to be stored with an
empty slug, and every page listing it (the home page, /praktik-baik/, the
practice) answered 500 for everyone. Every entry point refuses it with a
message; a tag made in code gets a safe slug; a stored one is repaired by a
migration; and templates never fail on a bad slug.
"""

import importlib
import io

import pytest
from django.apps import apps
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from taggit.models import Tag

from community.models import GovernmentAffair, PracticePage
from tests.community.admin_forms import admin_form_data
from tests.community.practice_factories import make_practice, practice_index
from tests.factories import AgencyFactory

# Practice pages show related content found through the search index: start it empty.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_backend")]

SUBMIT = "/praktik-baik/kirim/"
PROFILE = "/akun/profil/"
REFUSED = "Tag harus memuat setidaknya satu huruf atau angka"
MARKUP_TAGS = 'stunting, ">, ->'


def submission(**overrides):
    agency = AgencyFactory()
    return {
        "title": "Posyandu Digital",
        "summary": "Kader mencatat di ponsel.",
        "body": "Isi praktik.",
        "agency": agency.pk,
        "region": agency.region.pk,
        "government_affair": GovernmentAffair.HEALTH,
        "status": "berjalan",
        **overrides,
    }


def pages_listing_tags():
    return ["/", "/praktik-baik/", *[page.url for page in PracticePage.objects.live()]]


def test_a_member_is_told_a_tag_needs_a_letter_or_digit_and_keeps_what_they_typed(member_client):
    response = member_client.post(SUBMIT, submission(tags=MARKUP_TAGS))

    assert response.status_code == 200
    page = response.content.decode()
    assert REFUSED in page
    assert "“&gt;”" in page
    assert 'value="stunting, &quot;&gt;, -&gt;"' in page
    assert not PracticePage.objects.exists()
    assert not Tag.objects.exists()


def test_a_member_is_told_an_area_of_expertise_needs_a_letter_or_digit(member_client, member):
    response = member_client.post(
        PROFILE, {"display_name": "Siti", "email_digest": "weekly", "expertise_text": ">"}
    )

    assert response.status_code == 200
    assert REFUSED in response.content.decode()
    assert list(member.profile.expertise.names()) == []


def test_an_editor_is_told_a_tag_needs_a_letter_or_digit_in_the_admin(editor_client):
    practice = make_practice("Praktik Di Admin", tags=["stunting"])
    edit_url = reverse("wagtailadmin_pages:edit", args=[practice.pk])
    edit = editor_client.get(edit_url)

    response = editor_client.post(
        edit_url, admin_form_data(edit.content.decode(), "page-edit-form", practice, tags=MARKUP_TAGS)
    )

    assert response.status_code == 200
    assert REFUSED in response.content.decode()
    assert list(Tag.objects.values_list("name", flat=True)) == ["stunting"]


def test_import_practices_stops_on_a_tag_without_a_letter_or_digit(tmp_path):
    agency = AgencyFactory()
    path = tmp_path / "praktik.txt"
    path.write_text("Posyandu Digital\nKader mencatat tumbuh kembang balita di ponsel.\n", encoding="utf-8")

    with pytest.raises(CommandError, match=REFUSED):
        call_command(
            "import_practices",
            str(path),
            "--agency",
            agency.slug,
            "--tags",
            MARKUP_TAGS,
            stdout=io.StringIO(),
        )
    assert not PracticePage.objects.exists()


def test_tags_that_differ_only_in_punctuation_are_one_tag(member_client, editor_client):
    make_practice("Praktik Lama", tags=["pelayanan publik"])

    member_client.post(SUBMIT, submission(tags="Pelayanan-Publik, pelayanan publik!, inovasi"))

    assert sorted(Tag.objects.values_list("name", "slug")) == [
        ("inovasi", "inovasi"),
        ("pelayanan publik", "pelayanan-publik"),
    ]
    submitted = PracticePage.objects.get(title="Posyandu Digital")
    assert sorted(submitted.tags.names()) == ["inovasi", "pelayanan publik"]


def test_a_tag_made_in_code_without_a_letter_or_digit_gets_a_safe_slug(anonymous):
    make_practice("Praktik Dengan Tag Aneh", tags=['">', ">", "stunting"])

    slugs = list(Tag.objects.order_by("name").values_list("slug", flat=True))
    assert all(slug.startswith("tag-") for slug in slugs[:2]) and slugs[0] != slugs[1]
    for url in pages_listing_tags():
        assert anonymous.get(url).status_code == 200, url
    assert anonymous.get(f"/tag/{slugs[0]}/").status_code == 200


def test_a_stored_tag_without_a_slug_never_breaks_a_page(anonymous):
    make_practice("Praktik Dengan Tag Rusak", tags=["rusak", "stunting"])
    Tag.objects.filter(name="rusak").update(slug="")

    for url in pages_listing_tags():
        response = anonymous.get(url)
        assert response.status_code == 200, url
        assert 'href="/tag/stunting/"' in response.content.decode()


def test_the_migration_removes_tags_without_a_letter_or_digit_and_repairs_unusable_slugs(anonymous):
    practice = make_practice("Praktik Lama Bertag Rusak", tags=['">', ">", "gizi", "stunting"])
    Tag.objects.filter(name='">').update(slug="")
    Tag.objects.filter(name=">").update(slug="_1")
    Tag.objects.filter(name="gizi").update(slug="-")
    migration = importlib.import_module("community.migrations.0009_repair_tag_slugs")

    migration.repair_tag_slugs(apps, None)

    assert sorted(Tag.objects.values_list("name", "slug")) == [("gizi", "gizi"), ("stunting", "stunting")]
    assert sorted(PracticePage.objects.get(pk=practice.pk).tags.names()) == ["gizi", "stunting"]
    assert anonymous.get(practice.url).status_code == 200
    assert practice_index().get_children().count() == 1
