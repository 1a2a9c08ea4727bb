"""Write a network-sized data set into the configured database.

    .venv/bin/python manage.py generate_network --councils 1000 --people 50000 --years 15 --seed 1

Councils of every territory kind, plans at every stage, assemblies with splits, sessions
with aggregate attendance, and up to fifteen years of formation records: see
``cms/generate``. Load the library first (``manage.py load_demo``). Prints its duration,
the rows written per table and the number of formation events.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError
from django.db import IntegrityError

from cms.generate import MAX_YEARS, generate_network


class Command(BaseCommand):
    help = "Generate a realistic network of councils, people and formation records (bulk inserts)."

    def add_arguments(self, parser):
        parser.add_argument("--councils", type=int, default=10)
        parser.add_argument("--people", type=int, default=500)
        parser.add_argument("--years", type=int, default=MAX_YEARS)
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, **options):
        try:
            result = generate_network(
                councils_count=options["councils"],
                people=options["people"],
                years=options["years"],
                seed=options["seed"],
                progress=lambda message: self.stdout.write(f"  {message}"),
            )
        except LookupError as error:
            raise CommandError(f"{error}: load the library first (manage.py load_demo).") from error
        except ValueError as error:
            raise CommandError(str(error)) from error
        except IntegrityError as error:
            raise CommandError(
                "This database already holds people or councils of a generated network: "
                f"generate into a fresh database ({error})."
            ) from error
        for label, count in sorted(result.rows.items()):
            self.stdout.write(f"{label}: {count}")
        self.stdout.write(
            f"generated councils={options['councils']} people={options['people']} "
            f"years={options['years']} events={result.events} seconds={result.seconds:.1f}"
        )
