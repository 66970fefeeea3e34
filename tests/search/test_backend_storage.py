"""The Whoosh index on disk: atomic rebuilds, concurrent writers, locks,
missing and corrupted indexes, and drift between database and index.

Each test has its own index directory (settings.WAGTAILSEARCH_BACKENDS
points there), so rebuilding or breaking it touches nothing else.
"""

import json
import multiprocessing
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from modelsearch.backends import get_search_backend
from whoosh.filedb.filestore import FileStorage

from community.models import Agency, AgencyLevel
from search.backends.whoosh import IndexUnavailable, WriteLockTimeout
from search.backends.whoosh.rebuilder import WhooshSearchAtomicRebuilder
from search.backends.whoosh.storage import HOLDER_FILE, WHOOSH_LOCK_FILE
from tests.factories import AgencyFactory, province

pytestmark = [pytest.mark.django_db]

AGENCY_INDEX = "community_agency"


@pytest.fixture
def index_path(tmp_path):
    return tmp_path / "index"


@pytest.fixture
def backend(settings, index_path):
    # A long synonym TTL (the test settings re-read editors' synonyms from
    # the database for every query): searches from other threads and
    # processes then need no database connection.
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            **settings.WAGTAILSEARCH_BACKENDS["default"],
            "PATH": str(index_path),
            "SYNONYMS_TTL": 3600,
        }
    }
    backend = get_search_backend()
    backend.synonyms.get_map()
    return backend


def unindexed_agencies(count, prefix="Dinas Uji"):
    """Agencies saved without signals, so not yet in the index."""
    jakarta = province("31")
    return Agency.objects.bulk_create(
        Agency(
            name=f"{prefix} {n}",
            slug=f"{prefix}-{n}".lower().replace(" ", "-"),
            level=AgencyLevel.CITY,
            region=jakarta,
        )
        for n in range(count)
    )


def names(results):
    return sorted(agency.name for agency in results)


def rebuild():
    call_command("update_index", stdout=StringIO(), stderr=StringIO())


def live_generation_path(backend):
    store = backend.get_index_for_model(Agency).store
    return Path(store.generation_path(store.current_generation()))


# Atomic rebuild ----------------------------------------------------------------------


def test_searches_are_answered_in_full_while_the_index_is_rebuilt(backend, monkeypatch):
    backend.add_bulk(Agency, unindexed_agencies(40))
    filled = threading.Event()
    searched = threading.Event()
    rebuilt = threading.Event()
    counts, errors = [], []
    finish = WhooshSearchAtomicRebuilder.finish

    def finish_after_a_search(rebuilder):
        # The new generation is complete but not yet live: search now.
        if rebuilder.alias.name == AGENCY_INDEX:
            filled.set()
            searched.wait(timeout=60)
        finish(rebuilder)

    def reader():
        try:
            filled.wait(timeout=60)
            counts.append(backend.search("dinas", Agency).count())
            searched.set()
            while not rebuilt.is_set():
                counts.append(backend.search("dinas", Agency).count())
            counts.append(backend.search("dinas", Agency).count())
        except Exception as error:  # reported below, in the test's thread
            errors.append(error)
        finally:
            searched.set()

    monkeypatch.setattr(WhooshSearchAtomicRebuilder, "finish", finish_after_a_search)
    thread = threading.Thread(target=reader)
    thread.start()
    try:
        rebuild()
    finally:
        rebuilt.set()
        thread.join(timeout=60)

    assert not errors
    assert filled.is_set() and len(counts) >= 2
    assert set(counts) == {40}


def test_a_rebuild_commits_its_chunks_together_as_one_segment(backend):
    backend.add_bulk(Agency, unindexed_agencies(12))
    call_command("update_index", chunk_size=3, stdout=StringIO(), stderr=StringIO())

    store = backend.get_index_for_model(Agency).store
    assert store.segment_count(store.current_generation()) == 1
    assert len(names(backend.search("dinas", Agency))) == 12


def test_a_rebuild_never_undoes_a_change_made_while_its_chunks_wait(backend):
    agencies = unindexed_agencies(6)
    rebuilder = WhooshSearchAtomicRebuilder(backend.get_index_for_model(Agency))
    index = rebuilder.start()
    index.add_model(Agency)
    index.add_items(Agency, agencies[:3])  # the rebuild command's chunks
    index.add_items(Agency, agencies[3:])
    # While they wait to be committed, the site renames one agency and deletes another;
    # its writes reach the generation being rebuilt too.
    renamed, gone = agencies[0], agencies[1]
    renamed.name = "Dinas Berganti Nama"
    renamed.save()
    backend.add(renamed)
    gone.delete()
    backend.delete(gone)
    rebuilder.finish()

    # Counted and matched in the index itself (loading objects would skip a stale document).
    assert backend.search("berganti", Agency).count() == 1
    assert backend.search("dinas", Agency).count() == 5
    assert names(backend.search("dinas", Agency)) == sorted(
        ["Dinas Berganti Nama", *(agency.name for agency in agencies[2:])]
    )


# Concurrent writers ----------------------------------------------------------------


def _index_one_by_one(backend_params, agencies, barrier):
    # In a forked child: no database access, only the index.
    from modelsearch.backends import get_search_backend

    backend = get_search_backend(**backend_params)
    barrier.wait(timeout=60)
    for agency in agencies:
        backend.add(agency)


def test_two_processes_writing_at_once_lose_no_document(backend):
    per_process = 15
    agencies = unindexed_agencies(2 * per_process)
    halves = [agencies[:per_process], agencies[per_process:]]
    context = multiprocessing.get_context("fork")
    barrier = context.Barrier(2)
    processes = [
        context.Process(target=_index_one_by_one, args=({"WRITE_LOCK_TIMEOUT": 60}, half, barrier))
        for half in halves
    ]

    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout=120)

    assert [process.exitcode for process in processes] == [0, 0]
    assert backend.search("dinas", Agency).count() == 2 * per_process
    assert backend.check_drift(Agency).ok


# Locks -------------------------------------------------------------------------------


@pytest.fixture
def held_lock(backend):
    """The write lock of the agency index, held as a writer that hangs or died would hold it."""
    AgencyFactory(name="Dinas Pertama")  # creates the index
    generation = live_generation_path(backend)
    lock = FileStorage(str(generation)).lock(WHOOSH_LOCK_FILE)
    assert lock.acquire()
    yield generation
    lock.release()


def record_holder(generation, pid, since=None):
    holder = {"pid": pid, "host": socket.gethostname(), "since": since or time.time()}
    (generation / HOLDER_FILE).write_text(json.dumps(holder))


def dead_pid():
    process = subprocess.Popen([sys.executable, "-c", "pass"])  # noqa: S603 - this interpreter
    process.wait()
    return process.pid


def test_a_lock_left_by_a_dead_process_is_broken_and_the_write_goes_through(backend, held_lock):
    record_holder(held_lock, dead_pid())
    (agency,) = unindexed_agencies(1, prefix="Dinas Kedua")

    get_search_backend(WRITE_LOCK_TIMEOUT=10).add(agency)

    assert names(backend.search("dinas", Agency)) == ["Dinas Kedua 0", "Dinas Pertama"]
    assert not (held_lock / HOLDER_FILE).exists()


def test_a_lock_older_than_stale_lock_seconds_is_broken(backend, held_lock):
    record_holder(held_lock, os.getppid(), since=time.time() - 3600)
    (agency,) = unindexed_agencies(1, prefix="Dinas Kedua")

    get_search_backend(WRITE_LOCK_TIMEOUT=10, STALE_LOCK_SECONDS=60).add(agency)

    assert names(backend.search("dinas", Agency)) == ["Dinas Kedua 0", "Dinas Pertama"]


def test_a_lock_held_by_a_live_writer_is_waited_for_then_reported(backend, held_lock):
    record_holder(held_lock, os.getpid())
    (agency,) = unindexed_agencies(1, prefix="Dinas Kedua")

    with pytest.raises(WriteLockTimeout) as raised:
        get_search_backend(WRITE_LOCK_TIMEOUT=0.3).add(agency)

    assert raised.value.holder["pid"] == os.getpid()
    assert names(backend.search("dinas", Agency)) == ["Dinas Pertama"]


def test_a_save_while_the_index_is_locked_succeeds_and_the_drift_check_catches_up(
    backend, held_lock, settings
):
    settings.WAGTAILSEARCH_BACKENDS["default"]["WRITE_LOCK_TIMEOUT"] = 0.3
    record_holder(held_lock, os.getpid())

    AgencyFactory(name="Dinas Ketiga")  # the database is the source of truth: no error

    assert Agency.objects.filter(name="Dinas Ketiga").exists()
    assert names(backend.search("dinas", Agency)) == ["Dinas Pertama"]

    report = backend.check_drift(Agency)
    assert len(report.missing) == 1 and not report.extra


# Missing and corrupted indexes ---------------------------------------------------------

EVALUATIONS = {
    "list": list,
    "slice": lambda results: list(results[:5]),
    "count": lambda results: results.count(),
    "facet": lambda results: results.facet("level"),
}


def assert_unavailable(backend):
    """Every way of evaluating a search (and an autocomplete) raises IndexUnavailable."""
    evaluations = {
        **{how: (evaluate, backend.search("dinas", Agency)) for how, evaluate in EVALUATIONS.items()},
        "autocomplete": (list, backend.autocomplete("din", Agency)),
    }
    answered = []
    for how, (evaluate, results) in evaluations.items():
        try:
            evaluate(results)
        except IndexUnavailable:
            continue
        answered.append(how)
    assert answered == []


def test_a_missing_index_is_unavailable_until_it_is_built(backend, index_path):
    unindexed_agencies(3)

    assert_unavailable(backend)
    rebuild()

    assert backend.search("dinas", Agency).count() == 3


def test_an_index_whose_directory_was_removed_is_unavailable_until_rebuilt(backend, index_path):
    AgencyFactory(name="Dinas Kesehatan")
    shutil.rmtree(index_path)

    assert_unavailable(backend)
    rebuild()

    assert names(backend.search("dinas", Agency)) == ["Dinas Kesehatan"]


def truncate(path):
    path.write_bytes(b"")


def garble(path):
    path.write_bytes(b"\x00\xffnot an index\xfe" * 64)


CORRUPTIONS = {
    "table of contents truncated": lambda generation: [truncate(p) for p in generation.glob("_MAIN_*.toc")],
    "table of contents garbled": lambda generation: [garble(p) for p in generation.glob("_MAIN_*.toc")],
    "segments garbled": lambda generation: [garble(p) for p in generation.glob("MAIN_*.seg")],
    "generation pointer garbled": lambda generation: garble(generation.parent / "CURRENT"),
}


@pytest.mark.parametrize("corrupt", CORRUPTIONS.values(), ids=CORRUPTIONS.keys())
def test_a_corrupted_index_is_unavailable_until_rebuilt(backend, corrupt):
    AgencyFactory(name="Dinas Kesehatan")
    AgencyFactory(name="Dinas Pendidikan")
    corrupt(live_generation_path(backend))

    assert_unavailable(backend)
    rebuild()

    assert names(backend.search("dinas", Agency)) == ["Dinas Kesehatan", "Dinas Pendidikan"]


def test_with_on_unavailable_empty_a_broken_index_finds_nothing_instead(backend, index_path):
    AgencyFactory(name="Dinas Kesehatan")
    shutil.rmtree(index_path)
    lenient = get_search_backend(ON_UNAVAILABLE="empty")

    assert list(lenient.search("dinas", Agency)) == []
    assert lenient.search("dinas", Agency).count() == 0
    assert dict(lenient.search("dinas", Agency).facet("level")) == {}


# Drift -----------------------------------------------------------------------------------


def test_search_index_check_reports_drift_and_repair_fixes_it(backend):
    rebuild()
    AgencyFactory(name="Dinas Terindeks")
    unindexed_agencies(3, prefix="Dinas Terlewat")
    gone = AgencyFactory(name="Dinas Terhapus")
    Agency.objects.filter(pk=gone.pk)._raw_delete(Agency.objects.db)  # no signal: its document stays

    output = StringIO()
    with pytest.raises(CommandError):
        call_command("search_index", "check", stdout=output)
    assert "community.Agency: 3 belum terindeks, 1 berlebih" in output.getvalue()

    output = StringIO()
    call_command("search_index", "check", "--repair", stdout=output)
    assert "community.Agency: diperbaiki" in output.getvalue()

    output = StringIO()
    call_command("search_index", "check", stdout=output)
    assert "Indeks sesuai dengan basis data." in output.getvalue()
    assert names(backend.search("dinas", Agency)) == [
        "Dinas Terindeks",
        "Dinas Terlewat 0",
        "Dinas Terlewat 1",
        "Dinas Terlewat 2",
    ]


def test_search_index_check_on_a_fresh_site_finds_no_drift(backend):
    # No index was ever built for models without objects (documents, images).
    output = StringIO()
    call_command("search_index", "check", "--repair", stdout=output)
    call_command("search_index", "check", stdout=output)

    assert "Indeks sesuai dengan basis data." in output.getvalue()


def test_search_index_optimize_merges_an_index_written_piecemeal_into_one_segment(backend):
    rebuild()
    for n in range(4):
        AgencyFactory(name=f"Dinas Bertahap {n}")  # each save is its own commit: its own segment
    store = backend.get_index_for_model(Agency).store
    generation = store.current_generation()
    assert store.segment_count(generation) > 1

    output = StringIO()
    call_command("search_index", "optimize", stdout=output)

    assert store.segment_count(generation) == 1
    assert f"{AGENCY_INDEX}: " in output.getvalue()
    assert names(backend.search("bertahap", Agency)) == [f"Dinas Bertahap {n}" for n in range(4)]
