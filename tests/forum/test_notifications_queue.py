"""In production, notifications and e-mails go through django-tasks' database queue and its worker."""

from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from community.models import EmailDigest
from forum.notifications import services as notifications
from forum.notifications.models import Notification
from tests.forum.factories import make_reply

from .social_fixtures import *  # noqa: F403  (fixtures)
from .social_fixtures import prefers

# The worker opens its own transactions, as in production: a real commit, and
# the migrations' rows (the /forum/ page, the roles) restored afterwards.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def test_with_the_database_queue_a_reply_waits_for_the_worker_which_then_notifies_and_e_mails(
    settings, thread, watcher, another_member
):
    settings.TASKS = DATABASE_QUEUE
    prefers(watcher, digest=EmailDigest.NEVER)
    notifications.watch(member=watcher.profile, thread=thread)

    make_reply(thread, author=another_member, body="Balasan lewat antrean")

    assert DBTaskResult.objects.filter(task_path__endswith="notify_reply").count() == 1  # queued, not yet run
    assert not Notification.objects.filter(recipient=watcher.profile).exists()

    call_command("db_worker", "--batch", "--no-startup-delay", stdout=StringIO(), stderr=StringIO())

    assert Notification.objects.filter(recipient=watcher.profile).count() == 1
    assert [message.to for message in mail.outbox] == [[watcher.email]]
