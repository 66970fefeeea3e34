"""Browser fixtures: one Debian Chromium per session, a fresh context per test.

The live server runs in a thread of this process, so the test code and the
server share the database (transactional tests only) and Django's locmem
outbox. Playwright's sync API keeps an event loop running in the main thread,
which has two consequences for Django: ORM calls from test code are refused
unless async-unsafe calls are allowed (the tests are synchronous, so that is
safe here), and Django hands out *other* database connection objects while
that loop runs (see `browser`).
"""

import os
from pathlib import Path

import pytest
from django.db import connections

from community.models import AgencyLevel, Region
from tests.factories import AgencyFactory, UserFactory, fill_profile

os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Generous: the first page a fresh server renders compiles templates. This is
# how long Playwright waits for an element, not an assertion on speed.
ACTION_TIMEOUT_MS = 15_000


@pytest.fixture(scope="package")
def browser(django_db_setup):
    """Chromium, launched once for all browser tests.

    Package scope rather than session scope: the browser tests run together
    (pytest-django orders transactional tests as a group), and Playwright's
    event loop then stops before any later test, which might use async_to_sync
    or Django's connections in the ordinary way.
    """
    if not os.access(CHROMIUM, os.X_OK):
        reason = (
            f"Chromium is not installed at {CHROMIUM} (Debian package 'chromium'): browser tests cannot run"
        )
        if os.environ.get("CI") == "true":
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    # Django keeps database connections per thread, and per context while an
    # event loop runs in the thread. Once Playwright's loop runs, test code gets
    # fresh connection objects that lack the snapshot the test database was
    # given at creation, so serialized_rollback would restore nothing after a
    # transactional test empties the tables. Hand the snapshot over.
    snapshots = {
        alias: connections[alias]._test_serialized_contents
        for alias in connections
        if hasattr(connections[alias], "_test_serialized_contents")
    }
    with sync_playwright() as playwright:
        for alias, snapshot in snapshots.items():
            connections[alias]._test_serialized_contents = snapshot
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
        # Close the loop's connections before the test database is dropped
        # (PostgreSQL refuses to drop a database someone is connected to).
        connections.close_all()


@pytest.fixture
def new_page(browser):
    """Open pages in fresh contexts (no cookies, no cache); all closed after the test."""
    contexts = []

    def open_page(*, width=1280, height=800, javascript=True):
        context = browser.new_context(
            viewport={"width": width, "height": height},
            locale="id-ID",
            timezone_id="Asia/Jakarta",
            java_script_enabled=javascript,
        )
        context.set_default_timeout(ACTION_TIMEOUT_MS)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    return new_page()


@pytest.fixture
def site_url(live_server):
    return live_server.url


@pytest.fixture
def agency(transactional_db):
    return AgencyFactory(
        name="Dinas Kesehatan Provinsi Jawa Tengah",
        acronym="Dinkes Jateng",
        level=AgencyLevel.PROVINCE,
        region=Region.objects.get(name="Jawa Tengah"),
    )


@pytest.fixture
def make_member(transactional_db):
    """Make a member who can sign in (verified e-mail, shared password) with a filled profile."""

    def make(*, username, display_name, agency, position, expertise):
        user = UserFactory(username=username, email=f"{username}@example.go.id")
        fill_profile(
            user,
            display_name=display_name,
            agency=agency,
            region=agency.region,
            position=position,
            expertise=expertise,
        )
        return user

    return make


@pytest.fixture
def verified_member(make_member, agency):
    return make_member(
        username="sari.w",
        display_name="Sari Wulandari",
        agency=agency,
        position="Analis Kebijakan Ahli Muda",
        expertise=["stunting", "gizi masyarakat"],
    )


@pytest.fixture
def populated_site(make_member, agency):
    """A home page with real-looking content: members with long names, agencies and tags."""
    papua = Region.objects.get(name="Papua Pegunungan")
    bappeda = AgencyFactory(
        name="Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah Kabupaten Jayawijaya",
        acronym="Bapperida Jayawijaya",
        level=AgencyLevel.REGENCY,
        region=papua,
    )
    members = [
        ("sari.w", "Sari Wulandari", agency, "Analis Kebijakan Ahli Muda", ["stunting", "gizi masyarakat"]),
        (
            "yohanes.k",
            "Yohanes Kogoya",
            bappeda,
            "Perencana Ahli Pertama pada Bidang Perencanaan Pembangunan Manusia dan Pemerintahan",
            ["perencanaan", "pelayanan publik", "sistem akuntabilitas kinerja instansi pemerintah"],
        ),
        ("dewi.a", "Dewi Anggraini Kusumawardhani", agency, "Pranata Komputer", ["SAKIP", "data terpadu"]),
    ]
    return [
        make_member(
            username=username,
            display_name=name,
            agency=member_agency,
            position=position,
            expertise=tags,
        )
        for username, name, member_agency, position, tags in members
    ]


@pytest.fixture
def save_screenshot():
    """Save a full-page screenshot for a human to look at, when SIMPUL_SCREENSHOT_DIR is set."""
    directory = os.environ.get("SIMPUL_SCREENSHOT_DIR")

    def save(page, name):
        if directory:
            Path(directory).mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(Path(directory) / f"{name}.png"), full_page=True)

    return save
