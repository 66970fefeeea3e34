"""Background work for sessions (django-tasks): e-mails leave the request."""

from django_tasks import task


@task()
def send_session_notice(session_pk: int, kind: str) -> int:
    from .models import SessionPage
    from .notices import send_notice

    session = SessionPage.objects.filter(pk=session_pk).first()
    return send_notice(session, kind) if session else 0


@task()
def send_due_session_reminders() -> int:
    from .notices import send_due_reminders

    return send_due_reminders()
