"""Production settings: `check --deploy` is clean, and a missing secret stops start-up.

These run manage.py in a child process, because settings are read once per process.
"""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]


def manage(*args, **env_overrides):
    # A clean production-like environment: no test database, no secret, and not
    # the async-safety switch the browser tests set for this pytest process.
    dropped = {"DATABASE_URL", "SECRET_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env = {key: value for key, value in os.environ.items() if key not in dropped}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        ALLOWED_HOSTS="simpul.example.go.id",
        **env_overrides,
    )
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def secret_key():
    key = secrets.token_urlsafe(45)
    assert len(key) == 60
    return key


def test_the_deployment_check_finds_nothing_to_warn_about(secret_key):
    result = manage("check", "--deploy", "--fail-level", "WARNING", SECRET_KEY=secret_key)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNINGS" not in result.stdout + result.stderr


def test_production_refuses_to_start_without_a_secret_key():
    result = manage("check")

    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_refuses_an_empty_secret_key():
    result = manage("check", SECRET_KEY="")

    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr
