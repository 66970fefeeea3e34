"""Exceptions raised by the Whoosh search backend.

Everything derives from :class:`WhooshBackendError`, so a site can catch the
whole family with one ``except`` clause.  The one a page view should normally
catch is :class:`IndexUnavailable`: it is raised when a search is evaluated
(iterating, slicing, ``count()``, ``facet()``) and the index directory is
missing, unreadable or corrupted.
"""


class WhooshBackendError(Exception):
    """Base class for all errors raised by this backend."""


class IndexUnavailable(WhooshBackendError):
    """The index for a model cannot be opened for searching.

    Raised for a missing index (never built, or ``PATH`` wiped) and for an
    index that exists but cannot be read (corrupted TOC/segment files,
    permission problems, schema pickled by an incompatible version).
    ``index_name`` and ``path`` say which one; ``__cause__`` holds the
    underlying error, if any.
    """

    def __init__(self, message, *, index_name=None, path=None):
        super().__init__(message)
        self.index_name = index_name
        self.path = path


class WriteLockTimeout(WhooshBackendError):
    """The index write lock could not be acquired before the deadline
    (``WRITE_LOCK_TIMEOUT`` seconds). ``holder`` describes the process that
    held the lock when we gave up, if it is known."""

    def __init__(self, message, *, holder=None):
        super().__init__(message)
        self.holder = holder
