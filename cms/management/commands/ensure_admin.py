"""Create or reset the local administrator with the password given in the environment."""

import os

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Create (or reset the password of) a superuser; the password comes from TRAYECTO_ADMIN_PASSWORD."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        parser.add_argument(
            "--not-staff",
            action="store_true",
            help="Only set the password of an ordinary account (the demo participant).",
        )

    def handle(self, *args, username, not_staff=False, **options):
        password = os.environ.get("TRAYECTO_ADMIN_PASSWORD", "")
        if len(password) < 12:
            raise CommandError(
                "Set TRAYECTO_ADMIN_PASSWORD to a generated password of 12+ characters."
            )
        if not_staff:
            user = get_user_model().objects.filter(username=username).first()
            if user is None:
                raise CommandError(f"No account '{username}'.")
            user.set_password(password)
            user.save(update_fields=["password"])
            self.stdout.write(f"Set a new password for '{username}'.")
            return
        user, created = get_user_model().objects.get_or_create(
            username=username, defaults={"is_staff": True, "is_superuser": True}
        )
        user.is_staff = user.is_superuser = user.is_active = True
        user.set_password(password)
        user.save()
        self.stdout.write(
            ("Created" if created else "Reset password of") + f" administrator '{username}'."
        )
