"""Send the reminders that are due (a day and an hour before each session), each once.

Run it from cron every ten minutes, e.g.:

    */10 * * * * cd /srv/simpul && .venv/bin/python manage.py send_session_reminders
"""

from django.core.management.base import BaseCommand

from forum.sessions.notices import send_due_reminders


class Command(BaseCommand):
    help = (
        "Kirim pengingat sesi berbagi yang jatuh tempo (sehari dan sejam sebelumnya), masing-masing sekali."
    )

    def handle(self, *args, verbosity=1, **options):
        from forum.sessions.services import record_finished_presenters

        record_finished_presenters()
        sent = send_due_reminders()
        if verbosity >= 1:
            self.stdout.write(f"Pengingat terkirim: {sent}")
