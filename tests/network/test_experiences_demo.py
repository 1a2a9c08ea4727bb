"""The demo experiences: eight or more shared, half about errors, in both languages, one
anonymised; loaded by ``manage.py load_demo`` and safe to load again."""

from __future__ import annotations

from django.test import TestCase

from network.demo import experiences as demo
from network.models import Experience, ExperienceVersion, LessonKind, ShareMode

from ..curriculum.test_load_demo import load_demo
from ..utils import build_base_tree


class ExperiencesDemoTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_base_tree(with_english_locale=False)
        load_demo()

    def test_shared_experiences_of_several_councils_in_both_languages(self):
        shared = Experience.objects.exclude(share_mode=ShareMode.PRIVATE)
        self.assertGreaterEqual(shared.count(), 8)
        self.assertEqual(set(shared.values_list("language", flat=True)), {"es", "en"})
        self.assertGreaterEqual(shared.values("council").distinct().count(), 3)
        self.assertEqual(
            set(shared.values_list("council__territory_kind", flat=True)),
            {"coastal_fishing", "urban_barrio", "agriculture"},
        )
        self.assertEqual(shared.filter(share_mode=ShareMode.ANONYMISED).count(), 1)
        for experience in shared:
            self.assertTrue(experience.lessons.exists(), experience.title)
            self.assertTrue(experience.materials.exists(), experience.title)
            self.assertTrue(experience.themes.exists(), experience.title)
            self.assertTrue(experience.search_text, experience.title)

    def test_half_of_them_are_about_errors(self):
        errors = [
            e
            for e in Experience.objects.all()
            if e.lessons.filter(kind=LessonKind.DID_NOT_WORK).count()
            > e.lessons.filter(kind=LessonKind.WORKED).count()
        ]
        self.assertGreaterEqual(len(errors) * 2, Experience.objects.count())

    def test_loading_again_creates_nothing(self):
        counts = (Experience.objects.count(), ExperienceVersion.objects.count())
        load_demo()
        self.assertEqual((Experience.objects.count(), ExperienceVersion.objects.count()), counts)

    def test_every_experience_of_the_data_file_was_loaded(self):
        titles = {item["title"] for item in demo.read_data()["experiences"]}
        self.assertEqual(set(Experience.objects.values_list("title", flat=True)), titles)
