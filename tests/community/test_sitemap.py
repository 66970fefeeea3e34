"""The sitemap lets search engines find the public pages."""

import pytest
from wagtail.models import Page

pytestmark = pytest.mark.django_db


def test_the_sitemap_lists_the_home_page(anonymous, home_page):
    response = anonymous.get("/sitemap.xml")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    assert f"<loc>{home_page.get_full_url()}</loc>" in response.content.decode()


def test_the_sitemap_leaves_out_unpublished_pages(anonymous, home_page):
    draft = Page(title="Draf", slug="draf-rahasia", live=False)
    home_page.add_child(instance=draft)

    assert "draf-rahasia" not in anonymous.get("/sitemap.xml").content.decode()
