"""Pages work for keyboard users, on a small phone, and without JavaScript."""

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

SMALL_PHONE = 360


def focused_element(page):
    return page.evaluate(
        "() => ({tag: document.activeElement.tagName.toLowerCase(),"
        " id: document.activeElement.id, className: document.activeElement.className})"
    )


def test_skip_link_is_the_first_tab_stop_and_moves_focus_to_the_main_content(page, site_url):
    page.goto(f"{site_url}/")

    page.keyboard.press("Tab")
    assert focused_element(page)["className"] == "skip-link"
    skip_link = page.locator(".skip-link")
    expect(skip_link).to_have_text("Lewati ke konten utama")
    expect(skip_link).to_be_in_viewport()

    page.keyboard.press("Enter")
    assert focused_element(page) == {"tag": "main", "id": "konten", "className": ""}


@pytest.mark.parametrize("width", [SMALL_PHONE, 1280])
def test_home_page_fits_the_screen_without_horizontal_scrolling(
    new_page, site_url, populated_site, save_screenshot, width
):
    page = new_page(width=width, height=800)
    page.goto(f"{site_url}/")

    assert page.evaluate("document.documentElement.scrollWidth") <= width
    main_nav = page.get_by_role("navigation", name="Navigasi utama")
    expect(main_nav).to_be_visible()
    expect(main_nav.get_by_role("link", name="Direktori anggota")).to_be_in_viewport()
    expect(page.locator("article.member-card", has_text="Yohanes Kogoya")).to_be_visible()
    save_screenshot(page, f"beranda-{width}")


def test_member_signs_in_without_javascript(new_page, site_url, verified_member, password):
    page = new_page(javascript=False)
    page.goto(f"{site_url}/akun/login/")

    page.fill("#id_login", "sari.w@example.go.id")
    page.fill("#id_password", password)
    page.locator("main form button[type=submit]").click()

    expect(page.get_by_role("button", name="Keluar")).to_be_visible()
    expect(page.get_by_role("link", name="Profil saya")).to_have_attribute("href", "/anggota/sari.w/")
