"""Text as the table matches and sorts it, whatever the case and accents."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Text for matching and sorting regardless of case and accents ("Émile" -> "emile")."""
    if text.isascii():
        return text.lower()
    # Per string rather than with a translate table over all of Unicode, which takes half a
    # second to build on first use and would freeze the window then.
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def learner_search_text(name: str | None, user_id: str, email: str | None) -> str:
    """What the text filter looks in: "name\\nid\\nemail", folded; it is the name's sort key too."""
    return fold(f"{name or ''}\n{user_id}\n{email or ''}")


def user_id_sort_key(user_id: str) -> str:
    """Numeric IDs sort by value ("9" before "10"), before any other ID."""
    if user_id.isdigit() and user_id.isascii():
        return "0" + user_id.rjust(40, "0")
    return "1" + fold(user_id)
