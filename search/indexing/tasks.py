"""The task that drains the indexing queue (runs wherever TASKS sends it)."""

from django_tasks import task


@task()
def drain_search_queue():
    from .queue import drain_or_retry

    result = drain_or_retry()
    return (
        None
        if result is None
        else {"indexed": result.indexed, "removed": result.removed, "failed": result.failed}
    )
