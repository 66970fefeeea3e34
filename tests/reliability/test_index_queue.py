"""The indexing queue (search.indexing): writers never wait for the index, and nothing is lost.

Through the real stack: the test database, the real Whoosh index (emptied by
``search_backend``), the site search at /cari/ and the health page at
/kesehatan/. The write lock is held by a real second process, as a rebuild
or another worker would hold it.
"""

import errno
import subprocess
import sys
import time

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from modelsearch.index import get_indexed_models

from community.models import PracticePage
from config.settings import base as base_settings
from forum.models import Thread
from search.backends.whoosh.storage import IndexStore
from search.indexing import queue
from search.models import PendingIndexUpdate
from tests.community.practice_factories import make_practice
from tests.forum.factories import make_forum, make_reply, make_thread

pytestmark = pytest.mark.usefixtures("search_backend")

AFTER_COMMIT = {"default": {"BACKEND": "community.task_backends.ImmediateAfterCommitBackend"}}
NEVER_RUN = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


def found(query):
    response = Client().get("/cari/", {"q": query})
    assert response.status_code == 200
    return response.content.decode()


def health(client=None):
    response = (client or Client()).get("/kesehatan/")
    return response.status_code, response.json()


def drift(backend):
    reports = [backend.check_drift(model) for model in (PracticePage, Thread)]
    return sum(len(r.missing) for r in reports), sum(len(r.extra) for r in reports)


class LockHolder:
    """Another process holding the Whoosh write lock of the thread index until released."""

    def __init__(self, backend, model):
        store = backend.get_store(backend.get_index_for_model(model).name)
        path = store.generation_path(store.ensure_current())
        code = (
            "import sys\n"
            "from whoosh import index\n"
            f"ix = index.open_dir({str(path)!r})\n"
            "writer = ix.writer()\n"
            "print('locked', flush=True)\n"
            "sys.stdin.read()\n"
            "writer.cancel()\n"
        )
        self.process = subprocess.Popen(  # noqa: S603 - our own interpreter, fixed code
            [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self.process.stdout.readline().strip() == "locked"

    def release(self):
        self.process.stdin.close()
        self.process.wait(timeout=30)


@pytest.mark.django_db
def test_a_change_is_queued_in_its_own_transaction_and_indexed_once_it_commits(
    settings, django_capture_on_commit_callbacks
):
    settings.TASKS = AFTER_COMMIT
    with django_capture_on_commit_callbacks(execute=True):
        with transaction.atomic():
            practice = make_practice("Posyandu keliling antrean pendek", summary="Kunjungan rumah.")
            assert PendingIndexUpdate.objects.filter(
                model_label="community.practicepage", object_pk=str(practice.pk)
            ).exists()
            assert "Posyandu keliling antrean pendek" not in found("posyandu keliling")

    assert "Posyandu keliling antrean pendek" in found("posyandu keliling")
    assert PendingIndexUpdate.objects.count() == 0


@pytest.mark.django_db
def test_a_change_that_rolls_back_leaves_nothing_queued_or_indexed(
    settings, django_capture_on_commit_callbacks
):
    settings.TASKS = AFTER_COMMIT
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError):
        with transaction.atomic():
            make_practice("Arsip digital yang dibatalkan")
            raise RuntimeError("rolled back")

    assert PendingIndexUpdate.objects.count() == 0
    assert "Arsip digital yang dibatalkan" not in found("arsip digital")


@pytest.mark.django_db
def test_many_changes_to_one_thread_leave_one_entry(settings, member):
    settings.TASKS = NEVER_RUN  # nobody drains: what stays queued is visible
    forum = make_forum("Forum Antrean", slug="antrean")
    thread = make_thread(forum, author=member, title="Antrean loket dukcapil")
    for number in range(5):
        make_reply(thread, body=f"Balasan ke-{number} tentang antrean")

    entries = PendingIndexUpdate.objects.filter(model_label="forum.thread", object_pk=str(thread.pk))
    assert entries.count() == 1


@pytest.mark.django_db
def test_posts_written_while_another_process_holds_the_index_lock_are_kept_and_found_after_release(
    search_backend, settings, member, django_capture_on_commit_callbacks
):
    settings.TASKS = AFTER_COMMIT
    forum = make_forum("Forum Kunci", slug="kunci")
    thread = make_thread(forum, author=member, title="Pertanyaan sebelum kunci")
    holder = LockHolder(search_backend, Thread)
    try:
        for number in range(10):
            with django_capture_on_commit_callbacks(execute=True):
                make_reply(thread, body=f"Balasan saat indeks terkunci nomor kunciuji{number}")
        # The replies are saved; their thread's document waits in the queue.
        assert thread.posts.count() == 11
        assert PendingIndexUpdate.objects.filter(model_label="forum.thread").exclude(last_error="").exists()
        status, state = health()
        assert status == 503
        assert "index_write_failed" in state["problems"]
        assert "Pertanyaan sebelum kunci" not in found("kunciuji9")
    finally:
        holder.release()

    result = queue.drain()
    assert result.ok
    assert PendingIndexUpdate.objects.count() == 0
    for number in (0, 9):
        assert "Pertanyaan sebelum kunci" in found(f"kunciuji{number}")
    assert health() == (200, health()[1])
    assert drift(search_backend) == (0, 0)


@pytest.mark.django_db
def test_with_the_disk_full_posting_succeeds_health_reports_it_and_the_index_catches_up(
    search_backend, settings, member, monkeypatch, django_capture_on_commit_callbacks
):
    settings.TASKS = AFTER_COMMIT
    forum = make_forum("Forum Penuh", slug="penuh")
    thread = make_thread(forum, author=member, title="Disk penuh saat membalas")
    client = Client()
    client.force_login(member)
    real_write = IndexStore.write_groups

    def disk_full(self, generation, groups):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(IndexStore, "write_groups", disk_full)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/forum/diskusi/{thread.pk}/balas/", {"body": "Balasan saat disk penuh: penuhuji"}, follow=True
        )
    assert response.status_code == 200
    assert thread.posts.filter(body_markdown__contains="penuhuji").exists()
    status, state = health()
    assert status == 503 and "index_write_failed" in state["problems"]
    assert state["queue"]["pending"] >= 1

    monkeypatch.setattr(IndexStore, "write_groups", real_write)
    call_command("search_index", "drain", verbosity=0)
    assert "Disk penuh saat membalas" in found("penuhuji")
    assert health()[0] == 200
    assert drift(search_backend) == (0, 0)


@pytest.mark.django_db
def test_changes_of_a_worker_that_died_before_draining_are_indexed_by_the_next_drain(
    search_backend, settings
):
    settings.TASKS = NEVER_RUN  # the drain task was never run: the worker was killed after answering
    make_practice("Layanan jemput bola lansia", summary="Petugas datang ke rumah lansia.")
    assert PendingIndexUpdate.objects.count() >= 1
    assert "Layanan jemput bola lansia" not in found("jemput bola lansia")
    assert drift(search_backend)[0] >= 1

    call_command("search_index", "drain", verbosity=0)

    assert "Layanan jemput bola lansia" in found("jemput bola lansia")
    assert PendingIndexUpdate.objects.count() == 0
    assert drift(search_backend) == (0, 0)


@pytest.mark.django_db
def test_a_deleted_object_is_removed_through_the_queue(search_backend):
    practice = make_practice("Praktik yang akan dihapus hapusuji")
    assert "hapusuji" in found("hapusuji")
    practice.delete()
    assert "Praktik yang akan dihapus" not in found("hapusuji")
    assert drift(search_backend) == (0, 0)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_retry_thread_drains_once_the_lock_is_released(search_backend, settings, member):
    settings.TASKS = base_settings.TASKS
    settings.SIMPUL_SEARCH_QUEUE_RETRY = True
    forum = make_forum("Forum Ulang", slug="ulang")
    thread = make_thread(forum, author=member, title="Menunggu kunci dilepas")
    holder = LockHolder(search_backend, Thread)
    try:
        make_reply(thread, body="Balasan yang menunggu ulanguji")
        assert PendingIndexUpdate.objects.filter(model_label="forum.thread").exists()
    finally:
        holder.release()
    # No further request: the retry scheduled by the failed drain writes it.
    for _ in range(200):  # bounded: at most about 20 s
        if not PendingIndexUpdate.objects.exists():
            break
        time.sleep(0.1)
    assert not PendingIndexUpdate.objects.exists()
    assert "Menunggu kunci dilepas" in found("ulanguji")


@pytest.mark.django_db
def test_the_health_page_is_ok_on_a_current_index_and_never_cached():
    response = Client().get("/kesehatan/")
    assert response.status_code == 200
    assert response.json()["ok"] is True
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    assert len(get_indexed_models()) > 0
