"""Sentences made below the window, which the window shows in the instructor's language.

The layers under `gui/` do not import Qt, yet the window shows some of their words: why a score
is refused, what a submit did, why an imported row is skipped. They hand those over as a
`Wording`: the English template, the context it is filed under in the catalogues, and the values
for its `{placeholders}`. `str()` of a `Wording` is the English sentence (the command line and
the logs); the window translates it with `gui.i18n.translated`.

Every template is written `QT_TRANSLATE_NOOP("context", "Text with {name}")` where it is made
(the plural of a counted text `QT_TRANSLATE_N_NOOP("context", "{count} texts")`), so that
`packaging/translations.py update` files it for the translators.

An error whose reason the window shows is a `Refusal` (a ValueError): `str(error)` stays
English, `error.wording` is the sentence to translate.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field


# lupdate files the text under its context, here as in the window's code.
def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks `source` for translation under `context`; returns it unchanged."""
    return source


def QT_TRANSLATE_N_NOOP(context: str, source: str) -> str:
    """Marks `source`, a text with a `{count}`, for translation with plural forms."""
    return source


@dataclass(frozen=True, slots=True)
class Wording:
    """A sentence to show: `template` filled with `values` (a value may be a `Wording` too).

    With a `count`, `template` is the English text for one and `plural` for any other count;
    the window hands the count to the translator, which picks the language's plural form. A
    counted text without `plural` is the same in English for every count (`{count} failed`)
    and is marked `QT_TRANSLATE_N_NOOP`: other languages still get their plural forms.
    """

    context: str
    template: str
    values: Mapping[str, object] = field(default_factory=dict)
    plural: str | None = None
    count: int | None = None

    def english_template(self) -> str:
        """The English text of the template for this count."""
        if self.plural is not None and self.count != 1:
            return self.plural
        return self.template

    def __str__(self) -> str:
        values = dict(self.values)
        if self.count is not None:
            values.setdefault("count", self.count)
        return self.english_template().format(**values)


def listed(parts: Sequence[Wording]) -> Wording:
    """`parts` as one list, in order: "7 of 10 verified, 1 failed, 1 conflict"."""
    return _joined(parts, QT_TRANSLATE_NOOP("wording", "{first}, {rest}"))


def one_after_another(parts: Sequence[Wording]) -> Wording | None:
    """`parts` as one text, separated by semicolons ("line 2: …; line 5: …"); None if none."""
    return _joined(parts, QT_TRANSLATE_NOOP("wording", "{first}; {rest}")) if parts else None


def _joined(parts: Sequence[Wording], template: str) -> Wording:
    first, *rest = parts
    if not rest:
        return first
    return Wording("wording", template, {"first": first, "rest": _joined(rest, template)})


class Refusal(ValueError):
    """A ValueError whose reason the window shows translated: `wording`. `str()` is English."""

    def __init__(self, wording: Wording) -> None:
        super().__init__(str(wording))
        self.wording = wording


def reason_of(error: BaseException) -> Wording | str:
    """What to say about `error`: its `Wording` when it carries one, else its English text."""
    wording = getattr(error, "wording", None)
    return wording if isinstance(wording, Wording) else str(error)
