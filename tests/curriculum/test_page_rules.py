"""Where each page type may live in the tree, and creating each one through the admin."""

from decimal import Decimal

from django.contrib.auth import get_user_model
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from cms.models import HomePage
from curriculum.models import (
    Kind,
    LibraryIndexPage,
    MaterialPage,
    PracticeAssignmentPage,
    ReadingPage,
    StudyPathIndexPage,
    StudyPathMaterial,
    StudyPathPage,
    WorkshopPage,
)

from ..factories import PracticeAssignmentPageFactory, ReadingPageFactory, WorkshopPageFactory
from ..utils import build_base_tree, build_tree, login

MATERIALS = {ReadingPage, WorkshopPage, PracticeAssignmentPage}


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_page_sits_at_the_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertCanCreateAt(Page, HomePage)
        self.assertAllowedSubpageTypes(HomePage, {LibraryIndexPage, StudyPathIndexPage})

    def test_library_and_path_index_sit_under_the_home_page(self):
        for index_model in (LibraryIndexPage, StudyPathIndexPage):
            self.assertAllowedParentPageTypes(index_model, {HomePage})
            self.assertCanCreateAt(HomePage, index_model)
            self.assertCanNotCreateAt(Page, index_model)
            self.assertCanNotCreateAt(LibraryIndexPage, index_model)

    def test_library_holds_the_three_material_types(self):
        self.assertAllowedSubpageTypes(LibraryIndexPage, MATERIALS)
        for material in MATERIALS:
            self.assertAllowedParentPageTypes(material, {LibraryIndexPage})
            self.assertAllowedSubpageTypes(material, set())
            self.assertCanCreateAt(LibraryIndexPage, material)
            for elsewhere in (Page, HomePage, StudyPathIndexPage, StudyPathPage):
                self.assertCanNotCreateAt(elsewhere, material)

    def test_the_shared_material_base_is_never_created_by_hand(self):
        self.assertFalse(MaterialPage.is_creatable)
        self.assertCanNotCreateAt(LibraryIndexPage, MaterialPage)
        self.assertNotIn(MaterialPage, LibraryIndexPage.creatable_subpage_models())

    def test_study_paths_live_under_their_index(self):
        self.assertAllowedSubpageTypes(StudyPathIndexPage, {StudyPathPage})
        self.assertAllowedParentPageTypes(StudyPathPage, {StudyPathIndexPage})
        self.assertAllowedSubpageTypes(StudyPathPage, set())
        self.assertCanNotCreateAt(LibraryIndexPage, StudyPathPage)
        self.assertCanNotCreateAt(HomePage, StudyPathPage)


class CreateThroughAdminTests(WagtailPageTestCase):
    def setUp(self):
        self.tree = build_tree()
        admin = get_user_model().objects.create_superuser(
            username="coordinacion", password="clave-muy-larga-2024"
        )
        login(self.client, admin)

    def test_create_a_home_page(self):
        # A second network's home page (for another site) is created at the root.
        root = build_base_tree().root
        self.assertCanCreate(
            root,
            HomePage,
            nested_form_data(
                {
                    "title": "Red de Promotores del Sur",
                    "slug": "red-sur",
                    "intro": rich_text("<p>Formación para los consejos comunales del sur.</p>"),
                    "body": rich_text(""),
                }
            ),
        )
        home = HomePage.objects.get(slug="red-sur")
        self.assertTrue(home.live)
        self.assertIn("consejos comunales del sur", home.intro)

    def test_create_index_pages(self):
        home = self.tree.home
        # The tree fixture already made both; make a fresh home to create them under.
        other_home = self.tree.root.add_child(
            instance=HomePage(
                title="Red de Promotores del Llano",
                slug="llano",
                intro="<p>Consejos comunales del llano.</p>",
                locale=home.locale,
            )
        )
        self.assertCanCreate(
            other_home,
            LibraryIndexPage,
            nested_form_data(
                {"title": "Biblioteca del llano", "intro": rich_text("<p>Textos y talleres.</p>")}
            ),
        )
        self.assertCanCreate(
            other_home,
            StudyPathIndexPage,
            nested_form_data(
                {"title": "Trayectos del llano", "intro": rich_text("<p>Caminos de formación.</p>")}
            ),
        )
        self.assertTrue(LibraryIndexPage.objects.child_of(other_home).live().exists())
        self.assertTrue(StudyPathIndexPage.objects.child_of(other_home).live().exists())

    def test_create_a_reading(self):
        self.assertCanCreate(
            self.tree.library,
            ReadingPage,
            nested_form_data(
                {
                    "title": "La educación como práctica de la libertad",
                    "summary": "Freire explica por qué la educación nunca es neutral.",
                    "level": "deepening",
                    "tags": "Educación popular, Pedagogía",
                    "author": "Paulo Freire",
                    "work": "La educación como práctica de la libertad",
                    "year": "1967",
                    "estimated_minutes": "90",
                    "body": rich_text("<p>Capítulo primero, con notas del equipo.</p>"),
                    "link": "",
                    "guiding_questions": streamfield(
                        [("question", "¿Qué aprendimos sin que nadie nos lo enseñara?")]
                    ),
                }
            ),
        )
        page = ReadingPage.objects.get(
            title="La educación como práctica de la libertad", locale=self.tree.locale_es
        )
        self.assertTrue(page.live)
        self.assertEqual(page.kind, Kind.READING)
        self.assertEqual(page.duration_minutes, 90)
        self.assertEqual(
            sorted(page.tags.values_list("name", flat=True)), ["Educación popular", "Pedagogía"]
        )

    def test_create_a_workshop_with_its_agenda(self):
        practice = PracticeAssignmentPageFactory(parent=self.tree.library)
        self.assertCanCreate(
            self.tree.library,
            WorkshopPage,
            nested_form_data(
                {
                    "title": "Sin agua no hay comunidad",
                    "summary": "Un taller que parte de la falta de agua en el sector.",
                    "level": "starting",
                    "tags": "Agua",
                    "objectives": rich_text("<p>Acordar un plan de acción sobre el agua.</p>"),
                    "local_problem": rich_text("<p>El agua llega un solo día por semana.</p>"),
                    "agenda": streamfield(
                        [
                            (
                                "activity",
                                {
                                    "title": "Ronda de presentación",
                                    "minutes": "20",
                                    "method": "Plenaria",
                                    "materials": "",
                                    "instructions": rich_text("<p>Cada quien dice su nombre.</p>"),
                                },
                            ),
                            (
                                "activity",
                                {
                                    "title": "Mapa del agua en el sector",
                                    "minutes": "70",
                                    "method": "Mapa comunitario",
                                    "materials": "Papelógrafo y marcadores",
                                    "instructions": rich_text("<p>Dibujar por dónde llega.</p>"),
                                },
                            ),
                        ]
                    ),
                    "facilitator_notes": rich_text("<p>Ofrecer cuido de niñas y niños.</p>"),
                    "discussion_questions": streamfield([]),
                    "follow_up_practice": str(practice.pk),
                    "follow_up_notes": "Llevar el mapa a la próxima asamblea.",
                }
            ),
        )
        page = WorkshopPage.objects.get(
            title="Sin agua no hay comunidad", locale=self.tree.locale_es
        )
        self.assertEqual(page.kind, Kind.WORKSHOP)
        self.assertEqual(page.duration_minutes, 90)
        self.assertEqual(page.follow_up_practice_id, practice.pk)
        self.assertEqual([b.value["title"] for b in page.agenda][1], "Mapa del agua en el sector")

    def test_create_a_practice_assignment(self):
        self.assertCanCreate(
            self.tree.library,
            PracticeAssignmentPage,
            nested_form_data(
                {
                    "title": "Levantar el censo de agua del sector",
                    "summary": "Casa por casa: cuántos días llega el agua y cuánta.",
                    "level": "starting",
                    "tags": "Agua, Censo comunal",
                    "estimated_hours": "4.5",
                    "task": rich_text("<p>Visitar las casas de una calle con otra vecina.</p>"),
                    "expected_evidence": rich_text("<p>La planilla del censo llena.</p>"),
                    "reflection_prompts": streamfield(
                        [("question", "¿Qué nos dijeron las vecinas que no sabíamos?")]
                    ),
                }
            ),
        )
        page = PracticeAssignmentPage.objects.get(
            title="Levantar el censo de agua del sector", locale=self.tree.locale_es
        )
        self.assertEqual(page.kind, Kind.PRACTICE)
        self.assertEqual(page.estimated_hours, Decimal("4.5"))
        self.assertEqual(page.duration_minutes, 270)

    def test_create_a_study_path_and_its_entries(self):
        reading = ReadingPageFactory(parent=self.tree.library)
        workshop = WorkshopPageFactory(parent=self.tree.library)
        with self.captureOnCommitCallbacks(execute=True):
            self.assertCanCreate(
                self.tree.paths_index,
                StudyPathPage,
                nested_form_data(
                    {
                        "title": "El agua como escuela",
                        "intro": rich_text("<p>Del problema del agua a la organización.</p>"),
                        "audience": "participants",
                        "level": "starting",
                        "stages": streamfield(
                            [
                                (
                                    "stage",
                                    {
                                        "title": "Entender el problema",
                                        "description": "Leer y discutir juntas.",
                                        "materials": {
                                            "count": "2",
                                            "0": {
                                                "value": str(reading.pk),
                                                "deleted": "",
                                                "order": "0",
                                            },
                                            "1": {
                                                "value": str(workshop.pk),
                                                "deleted": "",
                                                "order": "1",
                                            },
                                        },
                                    },
                                )
                            ]
                        ),
                    }
                ),
            )
        path = StudyPathPage.objects.get(title="El agua como escuela", locale=self.tree.locale_es)
        self.assertEqual(
            list(
                StudyPathMaterial.objects.filter(path=path).values_list("material_id", "position")
            ),
            [(reading.pk, 1), (workshop.pk, 2)],
        )
