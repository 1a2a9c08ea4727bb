"""Create or reset the local administrator with the password given in the environment."""

import os

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Create (or reset the password of) a superuser; the password comes from TRAYECTO_ADMIN_PASSWORD."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        password = os.environ.get("TRAYECTO_ADMIN_PASSWORD", "")
        if len(password) < 12:
            raise CommandError(
                "Set TRAYECTO_ADMIN_PASSWORD to a generated password of 12+ characters."
            )
        user, created = get_user_model().objects.get_or_create(
            username=username, defaults={"is_staff": True, "is_superuser": True}
        )
        user.is_staff = user.is_superuser = user.is_active = True
        user.set_password(password)
        user.save()
        self.stdout.write(
            ("Created" if created else "Reset password of") + f" administrator '{username}'."
        )
