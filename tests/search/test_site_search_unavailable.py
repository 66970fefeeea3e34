"""A missing or corrupted index: search says it is being rebuilt, every other page still serves.

The practices are indexed first; then the backend's PATH is pointed (through
`settings`) at a directory with no index, an empty one, a copy of the index
with its data files overwritten with garbage, a copy whose CURRENT pointer
names no generation or is not text, or a plain file.
"""

import io
import os
import shutil

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command

from search.models import QueryOutcome
from tests.community.practice_factories import make_practice

pytestmark = [pytest.mark.django_db, pytest.mark.whoosh_index]

SEARCH = "/cari/"
REBUILDING = "Pencarian sedang tidak tersedia: indeksnya sedang dibangun ulang"


@pytest.fixture
def practices(search_backend):
    first = make_practice(
        "Posyandu Digital", summary="Kader posyandu mencatat balita lewat aplikasi.", tags=["gizi"]
    )
    second = make_practice(
        "Kelas Gizi Posyandu", summary="Menu bergizi untuk ibu hamil di posyandu.", tags=["gizi"]
    )
    return first, second


def garble(directory):
    """Overwrite the index's data files (every file but the CURRENT pointer) with bytes no index can read."""
    for root, _dirs, files in os.walk(directory):
        for name in files:
            if name == "CURRENT":
                continue
            path = os.path.join(root, name)
            size = max(os.path.getsize(path), 64)
            with open(path, "wb") as file:
                file.write((b"\x00\xffrusak!" * size)[:size])


@pytest.fixture(params=["missing", "empty", "garbled copy", "garbled pointer", "binary pointer", "a file"])
def broken_index(request, settings, tmp_path, practices):
    backend = settings.WAGTAILSEARCH_BACKENDS["default"]
    path = tmp_path / "indeks"
    if request.param == "empty":
        path.mkdir()
    elif request.param == "garbled copy":
        shutil.copytree(backend["PATH"], path)
        garble(path)
    elif request.param == "garbled pointer":
        shutil.copytree(backend["PATH"], path)
        for pointer in path.glob("*/CURRENT"):
            pointer.write_text("g-bukan-generasi/../../etc")
    elif request.param == "binary pointer":
        shutil.copytree(backend["PATH"], path)
        for pointer in path.glob("*/CURRENT"):
            pointer.write_bytes(b"\x00\xff\xferusak")
    elif request.param == "a file":
        path.write_bytes(b"bukan indeks")
    settings.WAGTAILSEARCH_BACKENDS = {"default": {**backend, "PATH": str(path)}}
    return request.param


def test_the_search_page_says_the_index_is_being_rebuilt(anonymous, broken_index):
    response = anonymous.get(SEARCH, {"q": "posyandu"})

    assert response.status_code == 200
    content = response.content.decode()
    assert REBUILDING in content
    assert "Tidak ada yang ditemukan" not in content
    page = BeautifulSoup(content, "html.parser")
    assert page.select_one("p.message-error[role=alert]") is not None
    assert page.select_one("form.search-form-large input[name=q]")["value"] == "posyandu"


def test_a_search_that_could_not_run_is_not_logged_as_finding_nothing(anonymous, broken_index):
    anonymous.get(SEARCH, {"q": "posyandu"})

    assert not QueryOutcome.objects.filter(zero_results__gt=0).exists()


def test_filters_and_sorting_meet_the_same_message(anonymous, broken_index, practices):
    tag = practices[0].tags.get()

    response = anonymous.get(SEARCH, {"q": "posyandu", "tag": tag.pk, "urutan": "terbaru", "halaman": 2})

    assert response.status_code == 200
    assert REBUILDING in response.content.decode()


def test_suggestions_are_empty_json(anonymous, broken_index):
    response = anonymous.get("/cari/saran/", {"q": "posy"})

    assert response.status_code == 200
    assert response.json() == {"suggestions": []}


def test_a_practice_page_still_serves_without_related_content(anonymous, broken_index, practices):
    response = anonymous.get(practices[0].url)

    assert response.status_code == 200
    content = response.content.decode()
    assert "Posyandu Digital" in content
    assert "related-content" not in content


@pytest.mark.parametrize("url", ["/", "/praktik-baik/", "/praktik-baik/?tag=gizi", "/anggota/", "/tag/gizi/"])
def test_other_pages_still_serve(anonymous, broken_index, url):
    response = anonymous.get(url)

    assert response.status_code == 200
    assert REBUILDING not in response.content.decode()


def test_search_works_again_once_the_index_is_rebuilt(anonymous, settings, tmp_path, practices):
    backend = settings.WAGTAILSEARCH_BACKENDS["default"]
    settings.WAGTAILSEARCH_BACKENDS = {"default": {**backend, "PATH": str(tmp_path / "baru")}}
    assert REBUILDING in anonymous.get(SEARCH, {"q": "posyandu"}).content.decode()

    call_command("search_index", "build", stdout=io.StringIO())

    response = anonymous.get(SEARCH, {"q": "posyandu"})
    assert REBUILDING not in response.content.decode()
    assert "2 hasil untuk “posyandu”" in response.content.decode()
