"""The demo encuentros: one past with outcomes and commitments, one coming with both demo
councils registered; loaded by ``manage.py load_demo`` and safe to load again."""

from __future__ import annotations

import tomllib

from django.contrib.auth import get_user_model
from django.test import TestCase
from django.utils import timezone

from network.demo import gatherings as demo
from network.models import Gathering, Registration

from ..curriculum.test_load_demo import load_demo
from ..utils import build_base_tree


class GatheringsDemoTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_base_tree(with_english_locale=False)
        load_demo()

    def test_one_past_and_one_coming_encuentro(self):
        now = timezone.now()
        past = Gathering.objects.get(uid=demo.uid_for("encuentro-oriente-pasado"))
        coming = Gathering.objects.get(uid=demo.uid_for("encuentro-nacional-proximo"))
        self.assertLess(past.ends_at, now)
        self.assertGreater(coming.starts_at, now)
        self.assertTrue(past.outcomes)
        self.assertEqual(past.registrations.exclude(commitments="").count(), 2)
        registered = set(
            Registration.objects.filter(gathering=coming, withdrawn_at__isnull=True).values_list(
                "council__slug", flat=True
            )
        )
        self.assertEqual(registered, {"playa-azul", "barrio-la-esperanza"})
        self.assertTrue(coming.agenda.exists())
        self.assertTrue(past.agenda.exists())

    def test_loading_again_creates_nothing(self):
        counts = (Gathering.objects.count(), Registration.objects.count())
        load_demo()
        self.assertEqual((Gathering.objects.count(), Registration.objects.count()), counts)

    def test_the_demo_network_coordinator_is_in_the_group(self):
        person = get_user_model().objects.get(username=demo.NETWORK_LOGIN)
        self.assertTrue(person.groups.filter(name=demo.GROUP).exists())

    def test_the_data_file_has_spanish_and_english_side_by_side(self):
        with demo.DATA.open("rb") as handle:
            data = tomllib.load(handle)
        for item in data["gatherings"]:
            for name in ("title", "place", "description"):
                self.assertEqual(set(item[name]), {"es", "en"}, (item["key"], name))
