"""Queue the forum digest e-mails: run daily (and weekly with --period weekly) from cron.

Members who chose this digest and have unread notifications not yet
e-mailed get one message each; nobody gets an empty digest.
"""

from django.core.management.base import BaseCommand

from community.models import EmailDigest
from forum.notifications.tasks import digest_recipient_ids, send_digest


class Command(BaseCommand):
    help = "Queue the daily (or weekly) forum digest e-mails; members with nothing new get none."

    def add_arguments(self, parser):
        parser.add_argument(
            "--period",
            choices=[EmailDigest.DAILY, EmailDigest.WEEKLY],
            default=EmailDigest.DAILY,
            help="Which members' digest to send (default: daily).",
        )

    def handle(self, *args, period, **options):
        count = 0
        for profile_id in digest_recipient_ids(period).iterator():
            send_digest.enqueue(profile_id, period)
            count += 1
        self.stdout.write(f"{count} digest(s) queued ({period}).")
