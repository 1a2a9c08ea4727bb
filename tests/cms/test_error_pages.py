"""Friendly 400, 403 and 500 pages in both languages; a 500 gives a reference found in the log."""

import logging
import re

import pytest
from django.test import Client

from ..utils import html_lang

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.cms.error_urls")]

REFERENCE = re.compile(r"<code>([0-9a-f]{8})</code>")


@pytest.fixture
def visitor():
    client = Client()
    client.raise_request_exception = False
    return client


def test_a_failing_view_gives_a_500_page_with_a_reference_that_is_logged(visitor, caplog):
    with caplog.at_level(logging.ERROR, logger="django.request"):
        response = visitor.get("/test-errors/raises/")
    assert response.status_code == 500
    html = response.content.decode()
    assert html_lang(html) == "es"
    assert "Algo salió mal" in html
    reference = REFERENCE.search(html).group(1)
    # No stack trace or exception detail for the visitor.
    assert "Traceback" not in html and "secret detail" not in html
    records = [record for record in caplog.records if reference in record.getMessage()]
    assert len(records) == 1, [record.getMessage() for record in caplog.records]
    record = records[0]
    assert f"error reference {reference}" in record.getMessage()
    assert record.exc_info and record.exc_info[0].__name__ == "DatabaseFellOver"
    # Logged once: Django's own handler does not repeat the traceback.
    assert sum(1 for r in caplog.records if r.exc_info and r.name == "django.request") == 1


def test_each_500_gets_its_own_reference(visitor):
    first = REFERENCE.search(visitor.get("/test-errors/raises/").content.decode()).group(1)
    second = REFERENCE.search(visitor.get("/en/test-errors/raises/").content.decode()).group(1)
    assert first != second


def test_the_500_page_in_english(visitor):
    html = visitor.get("/en/test-errors/raises/").content.decode()
    assert html_lang(html) == "en"
    assert "Something went wrong" in html
    assert 'href="/en/"' in html


def test_the_500_page_needs_no_database(visitor, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = visitor.get("/test-errors/raises/")
    assert response.status_code == 500


@pytest.mark.parametrize(
    ("prefix", "language", "home", "heading"),
    [
        ("", "es", "Ir a la página de inicio", None),
        ("/en", "en", "Go to the home page", "This request could not be read"),
    ],
)
def test_the_400_page_in_both_languages(visitor, prefix, language, home, heading):
    response = visitor.get(f"{prefix}/test-errors/bad/")
    assert response.status_code == 400
    html = response.content.decode()
    assert html_lang(html) == language
    assert home in html
    assert f'href="{prefix}/"' in html
    if heading:
        assert heading in html
    assert "unreadable value" not in html


def test_the_403_page_is_friendly_and_says_no_internal_reason(visitor, tree):
    response = visitor.get("/en/test-errors/forbidden/")
    assert response.status_code == 403
    html = response.content.decode()
    assert html_lang(html) == "en"
    assert "Not allowed" in html
    assert "internal reason" not in html
