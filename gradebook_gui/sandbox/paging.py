"""LMS-style paging: page links are LMS URLs that clients hand back to LTIAAS as `?url=`.

Canvas (and the generic platform) pages at `page_size` items even when no `limit` is sent.
Moodle pages only when `limit` is sent, and its links never make it through LTIAAS.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from gradebook_gui.sandbox.options import MAX_PAGE_SIZE, Platform

T = TypeVar("T")

PAGE_PARAMETER = "page"
PER_PAGE_PARAMETER = "per_page"


class InvalidQuery(Exception):
    """A query LTIAAS refuses with 400 before asking the LMS."""

    def __init__(self, message: str, description: str) -> None:
        super().__init__(description)
        self.message = message
        self.description = description


@dataclass(frozen=True)
class PageRequest:
    filters: dict[str, str]
    page: int
    per_page: int | None  # None: the whole collection at once


def lms_page_url(base_url: str, filters: Mapping[str, str], page: int, per_page: int) -> str:
    parts = urlsplit(base_url)
    query = [
        *parse_qsl(parts.query),
        *sorted(filters.items()),
        (PAGE_PARAMETER, str(page)),
        (PER_PAGE_PARAMETER, str(per_page)),
    ]
    return urlunsplit(parts._replace(query=urlencode(query)))


def _invalid_url(reason: str) -> InvalidQuery:
    return InvalidQuery("INVALID_PAGINATION_URL", f"The url parameter {reason}.")


def _bounded_int(text: str | None, name: str, maximum: int | None) -> int:
    if text is None or not (text.isascii() and text.isdigit()) or int(text) < 1:
        raise _invalid_url(f"needs a positive integer {name}")
    value = int(text)
    if maximum is not None and value > maximum:
        raise _invalid_url(f"asks for more than {maximum} items per page")
    return value


def parse_lms_page_url(url: str, base_url: str, filter_names: Collection[str]) -> PageRequest:
    """Read back a link this endpoint handed out; a link of another endpoint is refused."""
    given, expected = urlsplit(url), urlsplit(base_url)
    if (given.scheme, given.netloc, given.path) != (
        expected.scheme,
        expected.netloc,
        expected.path,
    ):
        raise _invalid_url("does not belong to this endpoint")
    pairs = parse_qsl(given.query, keep_blank_values=True)
    parameters = dict(pairs)
    if len(parameters) != len(pairs):
        raise _invalid_url("repeats a query parameter")
    for name, value in parse_qsl(expected.query):
        if parameters.pop(name, None) != value:
            raise _invalid_url("does not belong to this endpoint")
    page = _bounded_int(parameters.pop(PAGE_PARAMETER, None), PAGE_PARAMETER, None)
    per_page = _bounded_int(parameters.pop(PER_PAGE_PARAMETER, None), "per_page", MAX_PAGE_SIZE)
    unknown = set(parameters) - set(filter_names)
    if unknown:
        raise _invalid_url(f"has unknown parameters: {', '.join(sorted(unknown))}")
    return PageRequest(parameters, page, per_page)


class Pager:
    """Decides page sizes and links the way the imitated platform does."""

    def __init__(self, platform: Platform, page_size: int) -> None:
        self._platform = platform
        self._page_size = page_size

    def request(
        self,
        query: Mapping[str, str],
        base_url: str,
        filters: Mapping[str, str],
        filter_names: Collection[str],
    ) -> PageRequest:
        """The page asked for: `url` (a link handed out earlier) overrides every other parameter."""
        if "url" in query:
            return parse_lms_page_url(query["url"], base_url, filter_names)
        limit = self._limit(query.get("limit"))
        if self._platform == "moodle":
            return PageRequest(dict(filters), 1, limit)
        return PageRequest(dict(filters), 1, limit or self._page_size)

    def page(
        self, items: Sequence[T], request: PageRequest, base_url: str
    ) -> tuple[list[T], dict[str, str]]:
        """One page of `items` and its `next`/`prev`/`first`/`last` links (LMS URLs)."""
        if request.per_page is None:
            return list(items), {}
        per_page = request.per_page
        start = (request.page - 1) * per_page
        chosen = list(items[start : start + per_page])
        last_page = max(1, math.ceil(len(items) / per_page))
        # Moodle's Link header uses typographic quotes, so LTIAAS never passes its links on.
        # Canvas always sends first/last; the generic platform only when there are several pages.
        if self._platform == "moodle" or (last_page == 1 and self._platform != "canvas"):
            return chosen, {}

        def link(page: int) -> str:
            return lms_page_url(base_url, request.filters, page, per_page)

        links = {"first": link(1), "last": link(last_page)}
        if request.page > 1:
            links["prev"] = link(request.page - 1)
        if request.page < last_page:
            links["next"] = link(request.page + 1)
        return chosen, links

    @staticmethod
    def _limit(text: str | None) -> int | None:
        if text is None:
            return None
        if not (text.isascii() and text.isdigit()) or int(text) < 1:
            raise InvalidQuery("INVALID_LIMIT", "The limit parameter must be an integer >= 1.")
        return min(int(text), MAX_PAGE_SIZE)
