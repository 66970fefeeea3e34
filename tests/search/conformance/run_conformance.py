#!/usr/bin/env python3
"""Run modelsearch's backend conformance suite (``BackendTests``, 120 tests)
against our Whoosh backend, with the rows the shared fixture lacks.

Usage, with the project's environment active (from any directory)::

    python tests/search/conformance/run_conformance.py [BACKEND] [-v]

BACKEND defaults to ``search.backends.whoosh``; pass
``modelsearch.backends.database.sqlite.sqlite`` to score the built-in SQLite
backend on the same data. The last line printed is the same one-line
summary as the shared runner's::

    conformance BACKEND: ran N, passed P, failed F, errors E, skipped S

Exit status is 0 only when nothing failed or errored; 2 when the shared
fixture cannot be found.

Why an extra fixture
--------------------
Django is configured exactly as ``../shared/conformance/run_modelsearch_suite.py``
does it, and the suite loads that runner's fixture, ``search.json``, from
``<repo>/../shared/conformance/`` (read-only for us, so it is not copied
here: if it is missing this script stops and says so). That fixture lacks
rows six of the suite's tests need:

* ``MPAnimal`` / ``NSAnimal`` trees (``Animal > Mammal > Dog, Cat`` and
  ``Animal > Reptile``) for the treebeard tests ``test_get_ancestors_filter``,
  ``test_get_children_filter``, ``test_get_descendants_filter``,
  ``test_get_siblings_filter`` and ``test_get_root_nodes_filter``;
* ``AgendaItem`` / ``Speaker`` rows (a speaker named "Doyle" on the
  "Stand-up meeting") for ``test_search_on_nested_related_fields``.

Without them *every* backend fails those six tests (the shared runner
reports 109 of 120 for ours), whatever it does. ``search_extra.json``
beside this script holds only those rows, written by hand: valid
materialised paths (``path``/``depth``/``numchild``, steps of 4) and
nested sets (``lft``/``rgt``/``tree_id``/``depth``). The suite's test
class is subclassed with ``fixtures = ["search", "search_extra"]`` and
``FIXTURE_DIRS`` points at both directories.
"""

import os
import sys
import tempfile
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parents[2]
SHARED_DIR = REPO_ROOT.parent / "shared" / "conformance"
SHARED_FIXTURE = SHARED_DIR / "search.json"
DEFAULT_BACKEND = "search.backends.whoosh"


def configure(backend_path, index_dir):
    """The shared runner's settings, with our fixture directory added."""
    import django
    from django.conf import settings

    sys.path.insert(0, str(REPO_ROOT))
    settings.configure(
        SECRET_KEY="conformance-only",
        DEBUG=False,
        ALLOWED_HOSTS=["testserver"],
        INSTALLED_APPS=[
            "modelsearch.test.testapp",
            "modelsearch",
            "taggit",
            "django.contrib.admin",
            "django.contrib.auth",
            "django.contrib.contenttypes",
            "django.contrib.sessions",
            "django.contrib.messages",
        ],
        DATABASES={
            "default": {
                "ENGINE": "django.db.backends.sqlite3",
                "NAME": os.path.join(index_dir, "db.sqlite3"),
            }
        },
        CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}},
        PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],
        FIXTURE_DIRS=[str(SHARED_DIR), str(HERE)],
        USE_TZ=True,
        DEFAULT_AUTO_FIELD="django.db.models.AutoField",
        MODELSEARCH_BACKENDS={
            "default": {
                "BACKEND": backend_path,
                # Used by file-based backends (Whoosh); ignored by others.
                "PATH": os.path.join(index_dir, "index"),
            }
        },
        TASKS={"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}},
    )
    django.setup()


def run_suite(backend_path, verbosity):
    from django.conf import settings
    from django.test import TestCase
    from django.test.utils import get_runner
    from modelsearch.tests.test_backends import BackendTests

    class Conformance(BackendTests, TestCase):
        fixtures = ["search", "search_extra"]

    Conformance.backend_path = backend_path
    Conformance.__module__ = __name__

    runner = get_runner(settings)(verbosity=0, interactive=False)
    old_config = runner.setup_databases()
    try:
        suite = unittest.defaultTestLoader.loadTestsFromTestCase(Conformance)
        return unittest.TextTestRunner(verbosity=verbosity, stream=sys.stderr).run(suite)
    finally:
        runner.teardown_databases(old_config)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbosity = 2 if "-v" in sys.argv else 1
    backend_path = args[0] if args else DEFAULT_BACKEND

    if not SHARED_FIXTURE.is_file():
        sys.stderr.write(
            f"conformance: the shared fixture {SHARED_FIXTURE} is missing.\n"
            "It belongs to the shared conformance kit next to this checkout "
            "(../shared/conformance/); restore it, this script does not ship a copy.\n"
        )
        sys.exit(2)

    with tempfile.TemporaryDirectory() as index_dir:
        configure(backend_path, index_dir)
        result = run_suite(backend_path, verbosity)

    failed, errors, skipped = len(result.failures), len(result.errors), len(result.skipped)
    expected_failures = len(getattr(result, "expectedFailures", []))
    passed = result.testsRun - failed - errors - skipped - expected_failures
    print(
        f"conformance {backend_path}: ran {result.testsRun}, passed {passed}, "
        f"failed {failed}, errors {errors}, skipped {skipped + expected_failures}"
    )
    sys.exit(0 if not failed and not errors else 1)


if __name__ == "__main__":
    main()
