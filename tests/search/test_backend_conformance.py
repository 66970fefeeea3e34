"""The Whoosh backend passes modelsearch's own backend suite (BackendTests), all 120 tests.

The suite needs its own Django settings (modelsearch's test app, its own
database), so tests/search/conformance/run_conformance.py runs it in a
subprocess; its docstring says why it loads an extra fixture.
"""

import os
import re
import subprocess
import sys
from pathlib import Path

RUNNER = Path(__file__).parent / "conformance" / "run_conformance.py"
SUMMARY = re.compile(
    r"^conformance (?P<backend>\S+): ran (?P<ran>\d+), passed (?P<passed>\d+), "
    r"failed (?P<failed>\d+), errors (?P<errors>\d+), skipped (?P<skipped>\d+)$",
    re.MULTILINE,
)


def test_the_whoosh_backend_passes_the_whole_modelsearch_backend_suite(tmp_path):
    completed = subprocess.run(  # noqa: S603 - our own script, with this interpreter
        [sys.executable, str(RUNNER), "search.backends.whoosh"],
        cwd=tmp_path,
        # The runner configures Django itself; pytest's settings module must not leak in.
        env={key: value for key, value in os.environ.items() if key != "DJANGO_SETTINGS_MODULE"},
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )

    summary = SUMMARY.search(completed.stdout)
    assert summary, f"no summary line:\n{completed.stdout}\n{completed.stderr[-5000:]}"
    counts = {key: int(value) for key, value in summary.groupdict().items() if key != "backend"}
    assert counts == {"ran": 120, "passed": 120, "failed": 0, "errors": 0, "skipped": 0}, completed.stderr[
        -5000:
    ]
    assert completed.returncode == 0
