"""Wagtail hooks of the site as a whole."""

from django.utils.html import escape
from wagtail import hooks
from wagtail.rich_text import LinkHandler

from . import page_cache


class ExternalLinkHandler(LinkHandler):
    """Links editors write to other sites leave no referrer and no opener behind (privacy)."""

    identifier = "external"

    @classmethod
    def expand_db_attributes(cls, attrs: dict) -> str:
        href = attrs.get("href", "")
        return f'<a href="{escape(href)}" rel="noopener noreferrer">'


@hooks.register("register_rich_text_features")
def register_external_link_handler(features):
    features.register_link_type(ExternalLinkHandler)


@hooks.register("before_serve_page")
def mark_page_cacheable(page, request, serve_args, serve_kwargs):
    """Let the page cache keep this response if it turns out to be impersonal."""
    page_cache.mark_candidate(page, request)
