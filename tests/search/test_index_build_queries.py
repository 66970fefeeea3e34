"""Building practices' index documents reads the database a fixed number of times (issue 9, item 7).

A rebuild, or the queue's batch of updates, reads ``get_indexed_objects()`` in
chunks and builds a document per practice; the region's province (facet,
place names) and the tags (filter and text) come with the chunk, not one query per
practice, so the build rate does not fall with every related row.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from community.models import PracticePage
from search.backends.whoosh.documents import DocumentBuilder
from tests.community.practice_factories import make_practice
from tests.factories import AgencyFactory, RegencyFactory, province

pytestmark = pytest.mark.django_db


def make_practices(count, start):
    papua = province("91")
    sorong = RegencyFactory(name="Kabupaten Sorong", parent=papua)
    agency = AgencyFactory()
    for number in range(start, start + count):
        make_practice(
            f"Posyandu Keliling {number}",
            region=sorong if number % 2 else papua,
            agency=agency,
            tags=[f"gizi-{number}", "posyandu"],
        )


def build_documents():
    builder = DocumentBuilder(PracticePage)
    with CaptureQueriesContext(connection) as queries:
        documents = [
            builder.build(practice) for practice in PracticePage.get_indexed_objects().order_by("pk")
        ]
    return documents, len(queries)


def test_the_queries_of_a_build_do_not_grow_with_the_practices():
    make_practices(2, start=1)
    _, few = build_documents()

    make_practices(6, start=3)
    documents, many = build_documents()

    assert len(documents) == 8
    assert many == few


def test_the_documents_still_hold_tags_and_places():
    make_practices(2, start=1)

    documents, _ = build_documents()

    texts = [" ".join(str(value) for value in docs[0].values()) for docs in documents]
    assert all("posyandu" in text for text in texts)
    assert any("Kabupaten Sorong, Papua" in text for text in texts)
    assert any("gizi-2" in text for text in texts)
