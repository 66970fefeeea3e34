"""Keeping the search index in step with the database, without making writers wait.

Every change to an indexed object is recorded as a
:class:`~search.models.PendingIndexUpdate` row *in the transaction that makes
the change* (:mod:`.queue`), so a post that commits is never lost to the
index, even if the worker that wrote it is killed a moment later. The queue
is drained in batches (one index commit per model for many changes) by a
task enqueued with each change (:mod:`.tasks`): with the default task
backend it runs in the web process right after the commit, in production on
the database worker. A drain waits only briefly for the index's write lock;
when the lock is held (a rebuild, another process) or the disk is full, the
changes stay queued, a retry is scheduled, and ``/kesehatan/`` reports the
backlog (:mod:`.health`). Replaces modelsearch's own save/delete signal
handlers, which wrote to the index inside the request and waited up to 30 s
for the lock (:mod:`.receivers`).
"""
