"""A newcomer who follows an invitation link lands back on it after signing up or logging in."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from ..councils.factories import InvitationFactory, make_council
from ..factories import PASSWORD, UserFactory
from ..utils import parse_html

pytestmark = pytest.mark.django_db

User = get_user_model()


@pytest.fixture
def join_url(tree):
    council = make_council(UserFactory(), name="Consejo Comunal Playa Colorada")
    invitation = InvitationFactory(council=council)
    return reverse("councils:join_code", args=[invitation.code])


def links(html: str) -> list[str]:
    return [attrs.get("href", "") for tag, attrs in parse_html(html).tags if tag == "a"]


def test_signing_up_from_an_invitation_returns_to_it(client, join_url):
    response = client.get(join_url)
    assert response.status_code == 302
    login_url = response["Location"]
    assert parse_qs(urlsplit(login_url).query)["next"] == [join_url]

    # The login page's sign-up link carries the invitation along...
    signup_links = [
        href for href in links(client.get(login_url).content.decode()) if "/signup/?" in href
    ]
    assert len(signup_links) == 1
    signup_link = signup_links[0]
    assert parse_qs(urlsplit(signup_link).query)["next"] == [join_url]
    signup_page = client.get(signup_link).content.decode()
    hidden = {
        attrs["name"]: attrs.get("value")
        for tag, attrs in parse_html(signup_page).tags
        if tag == "input" and attrs.get("type") == "hidden"
    }
    assert hidden["next"] == join_url

    # ...and after signing up (and being shown the recovery codes) the person goes on to it.
    response = client.post(
        signup_link,
        {
            "username": "recien_llegada",
            "preferred_language": "es",
            "password1": PASSWORD,
            "password2": PASSWORD,
            "next": join_url,
        },
    )
    assert response.status_code == 302
    codes_page = client.get(response["Location"])
    assert codes_page.status_code == 200
    assert join_url in links(codes_page.content.decode())
    join_page = client.get(join_url)
    assert join_page.status_code == 200
    assert "Consejo Comunal Playa Colorada" in join_page.content.decode()


def test_logging_in_from_an_invitation_returns_to_it(client, join_url):
    UserFactory(username="vecina")
    login_url = client.get(join_url)["Location"]
    response = client.post(
        login_url, {"username": "vecina", "password": PASSWORD, "next": join_url}
    )
    assert response.status_code == 302
    assert response["Location"] == join_url


@pytest.mark.parametrize(
    "bad_next",
    [
        "https://evil.example/",
        "//evil.example/x",
        "accounts:logout",
        "profile",
        "javascript:alert(1)",
    ],
)
def test_a_next_that_is_not_a_local_path_is_ignored(client, tree, bad_next):
    response = client.post(
        reverse("accounts:signup"),
        {
            "username": "recien_llegada",
            "preferred_language": "es",
            "password1": PASSWORD,
            "password2": PASSWORD,
            "next": bad_next,
        },
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:profile")
    assert User.objects.filter(username="recien_llegada").exists()
