"""Tasks enqueued inside a transaction run once it commits, and never if it rolls back."""

import pytest
from django.db import transaction
from django_tasks import task

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ran = []


@task()
def remember(value):
    ran.append(value)


@pytest.fixture(autouse=True)
def after_commit_backend(settings):
    settings.TASKS = {"default": {"BACKEND": "community.task_backends.ImmediateAfterCommitBackend"}}
    ran.clear()


def test_a_task_enqueued_in_a_transaction_waits_for_the_commit():
    with transaction.atomic():
        remember.enqueue("indexed")
        assert ran == []

    assert ran == ["indexed"]


def test_a_task_enqueued_in_a_transaction_that_rolls_back_never_runs():
    with pytest.raises(RuntimeError), transaction.atomic():
        remember.enqueue("lost")
        raise RuntimeError("the form failed")

    assert ran == []


def test_a_task_enqueued_outside_a_transaction_runs_at_once():
    result = remember.enqueue("now")

    assert ran == ["now"]
    assert result.status == "SUCCESSFUL"
