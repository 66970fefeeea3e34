"""A django-tasks backend that runs each task in the web process, once the transaction commits.

django-tasks' ImmediateBackend runs a task the moment it is enqueued. Search
indexing is enqueued from post_save (modelsearch), so a practice submission
updated the Whoosh index three times *inside* its database transaction,
holding SQLite's single write lock for seconds; 20 members submitting at once
then waited longer than the busy timeout and got "database is locked"
(tests/reliability/test_sqlite_embedded.py). Run after commit, the write
transaction holds the lock only for the database work, and nothing is indexed
or e-mailed for a transaction that rolls back.

Outside a transaction a task still runs at once. A deployment with a
database worker replaces this with django-tasks' DatabaseBackend (settings only).
"""

from functools import partial

from django.db import transaction
from django_tasks.backends.immediate import ImmediateBackend
from django_tasks.base import TaskResult, TaskResultStatus
from django_tasks.utils import get_random_id


class ImmediateAfterCommitBackend(ImmediateBackend):
    def enqueue(self, task, args, kwargs):
        self.validate_task(task)
        task_result = TaskResult(
            task=task,
            id=get_random_id(),
            status=TaskResultStatus.READY,
            enqueued_at=None,
            started_at=None,
            last_attempted_at=None,
            finished_at=None,
            args=args,
            kwargs=kwargs,
            backend=self.alias,
            errors=[],
            worker_ids=[],
        )
        transaction.on_commit(partial(self._execute_task, task_result), robust=True)
        return task_result
