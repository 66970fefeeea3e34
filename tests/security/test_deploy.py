"""Production headers and static analysis.

`check --deploy` itself is tested in tests/community/test_production_settings.py.
"""

import json
import subprocess
import sys

import pytest

from tests.community.test_production_settings import BASE_DIR, manage

HEADERS_SCRIPT = """
import json
import django
django.setup()
from django.conf import settings
from django.http import HttpResponse
from django.test import RequestFactory
from django.utils.module_loading import import_string

response_for = lambda request: HttpResponse("<p>ok</p>")
handler = response_for
# The middleware up to the CSP one sets the headers (their place moves as production adds WhiteNoise).
header_middleware = settings.MIDDLEWARE[: settings.MIDDLEWARE.index("community.middleware.SimpulCSPMiddleware") + 1]
for path in reversed(header_middleware):
    handler = import_string(path)(handler)
request = RequestFactory().get("/", secure=True, HTTP_HOST="simpul.example.go.id")
print(json.dumps(dict(handler(request).items())))
"""


def test_production_sends_hsts_and_the_other_security_headers(secret_key):
    result = manage("shell", "-c", HEADERS_SCRIPT, SECRET_KEY=secret_key)

    assert result.returncode == 0, result.stderr
    headers = json.loads(result.stdout.strip().splitlines()[-1])
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in headers["Permissions-Policy"]


@pytest.fixture
def secret_key():
    import secrets

    return secrets.token_urlsafe(45)


def test_bandit_finds_nothing_above_low_severity_that_is_not_justified_in_code():
    result = subprocess.run(  # noqa: S603
        [
            sys.executable,
            "-m",
            "bandit",
            "--quiet",
            "--recursive",
            "--severity-level",
            "medium",
            "--exclude",
            "./.venv,./var,./tests,./bench",
            "--format",
            "json",
            ".",
        ],
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = json.loads(result.stdout)
    findings = [f"{item['filename']}:{item['line_number']} {item['test_id']}" for item in report["results"]]
    assert findings == []
