"""Loading the course hands out each page of the roster as it is read, so a window can show its
first learners before the rest of the roster (and the results) have arrived."""

from __future__ import annotations

from gradebook_gui.api import Credentials, LtiaasClient
from gradebook_gui.models import Member
from gradebook_gui.sandbox import Sandbox, SandboxOptions
from gradebook_gui.services.grid import load_course_grid


def test_each_roster_page_is_handed_out_before_the_whole_roster() -> None:
    options = SandboxOptions(seed=3, students=25, line_items=2, page_size=10)
    with Sandbox(options) as sb:
        credentials = Credentials(
            api_key=sb.credentials.api_key, service_key=sb.credentials.service_key
        )
        with LtiaasClient(sb.base_url, credentials, page_limit=10) as client:
            seen: list[tuple[str, int]] = []

            def on_page(members: tuple[Member, ...]) -> None:
                seen.append(("page", len(members)))

            def on_roster(members: tuple[Member, ...]) -> None:
                seen.append(("roster", len(members)))

            grid = load_course_grid(client, on_roster_page=on_page, on_roster=on_roster)
    pages = [size for kind, size in seen if kind == "page"]
    assert len(pages) >= 3 and sum(pages) == len(grid.members)
    assert seen[-1] == ("roster", len(grid.members))
