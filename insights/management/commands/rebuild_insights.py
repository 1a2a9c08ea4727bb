"""Rebuild every summary the dashboards read, from the events (what the nightly task does).

    .venv/bin/python manage.py rebuild_insights

Run it after writing events in bulk (``bulk_create``/COPY send no signals), for example
after ``manage.py generate_network``. Idempotent: running it twice changes nothing.
"""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand

from insights import services


class Command(BaseCommand):
    help = "Rebuild the councils' and the network's summaries from the events."

    def handle(self, *args, **options):
        begin = time.perf_counter()
        councils = services.rebuild_all()
        self.stdout.write(
            f"Summaries of {councils} councils and the network rebuilt "
            f"in {time.perf_counter() - begin:.1f} s."
        )
