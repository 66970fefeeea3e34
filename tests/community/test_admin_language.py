"""Editors use the Wagtail admin in Indonesian.

Wagtail's own Indonesian catalog is old and small; ours (locale_wagtail/,
listed in LOCALE_PATHS after locale/) translates the menu, the dashboard,
the page editor's footer and the workflow actions, and the JavaScript
strings served by /admin/jsi18n/.
"""

import json
import re

import pytest

from tests.community.practice_factories import make_practice_in_review

# Practice pages are indexed for related content: start with an empty index.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_backend")]


def page_text(response):
    assert response.status_code == 200
    return " ".join(response.content.decode().split())


def workflow_buttons(page):
    """The footer's workflow actions: (action name, label) in the order shown."""
    return re.findall(
        r'<button class="button" data-workflow-action-name="(\w+)"[^>]*> <svg[^>]*>.*?</svg>([^<]+?) </button>',
        page,
    )


def sidebar_labels(page):
    props = re.search(r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>', page)
    return set(re.findall(r'"label": "([^"]+)"', json.dumps(json.loads(props.group(1)), ensure_ascii=False)))


def test_the_page_editor_offers_workflow_actions_in_indonesian(editor_client, member):
    practice = make_practice_in_review("Posyandu Digital Kelurahan Sehat", submitted_by=member)

    page = page_text(editor_client.get(f"/admin/pages/{practice.pk}/edit/"))

    assert workflow_buttons(page) == [
        ("reject", "Minta perubahan"),
        ("approve", "Setujui dan terbitkan"),
        ("approve", "Setujui dengan komentar dan terbitkan"),
    ]
    assert '<em data-w-progress-target="label">Simpan draf</em>' in page
    assert '<span class="w-sr-only">Tindakan lain</span>' in page
    assert ">Batalkan alur kerja</button>" in page
    # The editor's tabs, whose ids come from their translated headings.
    assert 'id="tab-label-konten"' in page
    assert 'id="tab-label-promosi"' in page
    for english in (
        "Request changes",
        "Approve with comment",
        "Save draft",
        "More actions",
        "Cancel workflow",
    ):
        assert english not in page


def test_the_dashboard_and_sidebar_are_in_indonesian(editor_client, member):
    make_practice_in_review("Posyandu Digital Kelurahan Sehat", submitted_by=member)

    page = page_text(editor_client.get("/admin/"))

    assert "Menunggu tinjauan Anda" in page
    assert ">Setujui dengan komentar<" in page
    labels = sidebar_labels(page)
    assert {"Halaman", "Gambar", "Dokumen", "Cuplikan", "Laporan", "Bantuan", "Akun", "Keluar"} <= labels
    assert {"Halaman terkunci", "Alur kerja", "Riwayat situs"} <= labels
    assert not {"Pages", "Images", "Documents", "Snippets", "Reports", "Help", "Account", "Log out"} & labels


def test_the_admin_javascript_strings_are_in_indonesian(editor_client):
    catalog = editor_client.get("/admin/jsi18n/").content.decode()

    assert '"More actions": "Tindakan lain"' in catalog
    assert '"Main menu": "Menu utama"' in catalog
