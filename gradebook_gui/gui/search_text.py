"""Text as the table matches and sorts it, whatever the case and accents."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from itertools import compress, repeat
from operator import contains, itemgetter

# Fewer rows than this are searched one by one where they stand.
_FEW_ROWS = 2048


class _FoldTable(dict[int, str]):
    """Each character's folded text, worked out the first time the character is met.

    Folding character by character gives what folding the whole text gives: decomposing a text
    only reorders combining marks, which folding drops. A table built ahead for all of Unicode
    would take half a second and freeze the window on first use.
    """

    def __missing__(self, code: int) -> str:
        decomposed = unicodedata.normalize("NFKD", chr(code))
        folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
        self[code] = folded
        return folded


_FOLDED = _FoldTable()


def fold(text: str) -> str:
    """Text for matching and sorting regardless of case and accents ("Émile" -> "emile")."""
    if text.isascii():
        return text.lower()
    return text.translate(_FOLDED)


def learner_search_text(name: str | None, user_id: str, email: str | None) -> str:
    """What the text filter looks in: "name\\nid\\nemail", folded; it is the name's sort key too.

    Each part is folded on its own: IDs and emails are mostly ASCII, which only needs lowering.
    """
    return f"{fold(name or '')}\n{fold(user_id)}\n{fold(email or '')}"


def holding_all(texts: Sequence[str], rows: list[int], terms: Sequence[str]) -> bytes:
    """For each of `rows` (indexes into `texts`), 1 if its text holds every term, else 0.

    Many rows are searched in index order, the order their texts were made and lie in memory:
    reading them in a sorted table's order waits on memory for each text and takes several
    times longer. The loops over rows run in C (map, compress, itemgetter).
    """
    if not terms:
        return b"\x01" * len(rows)
    if len(rows) < _FEW_ROWS:
        return bytes(all(term in texts[row] for term in terms) for row in rows)
    size = len(texts)
    if 2 * len(rows) > size:
        # Every text, once per word; the words' flags combined as the bits of one integer.
        held = bytes(map(contains, texts, repeat(terms[0])))
        for term in terms[1:]:
            both = int.from_bytes(held, "big") & int.from_bytes(
                bytes(map(contains, texts, repeat(term))), "big"
            )
            held = both.to_bytes(size, "big")
        return picked(held, rows)
    found = sorted(rows)
    for term in terms:
        found = list(compress(found, map(contains, map(texts.__getitem__, found), repeat(term))))
    marks = bytearray(size)
    for row in found:  # a plain loop: faster than mapping bytearray.__setitem__
        marks[row] = 1
    return picked(marks, rows)


def picked(flags: bytes | bytearray, rows: list[int]) -> bytes:
    """`flags[row]` for each of `rows`, gathered in C (itemgetter, twice as fast as a map)."""
    if len(rows) < 2:  # itemgetter takes at least one index, and gives one alone unwrapped
        return bytes(flags[row] for row in rows)
    return bytes(itemgetter(*rows)(flags))


def user_id_sort_key(user_id: str) -> str:
    """Numeric IDs sort by value ("9" before "10"), before any other ID."""
    if user_id.isdigit() and user_id.isascii():
        return "0" + user_id.rjust(40, "0")
    return "1" + fold(user_id)
