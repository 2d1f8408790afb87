"""Sentences made below the window: English for the command line and the logs, and the template,
context and values the window translates."""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path
from xml.etree import ElementTree

import pytest

from gradebook_gui.numbers import check_kept_precision, checked_score, parse_score
from gradebook_gui.wording import Refusal, Wording, reason_of

ROOT = Path(__file__).resolve().parent.parent


def test_a_wording_reads_as_its_english_sentence_with_nested_wordings():
    advice = Wording("numbers", "write the points")
    wording = Wording(
        "numbers", "{shown} is a fraction: {advice}", {"shown": "8/10", "advice": advice}
    )
    assert str(wording) == "8/10 is a fraction: write the points"
    assert f"{wording}" == "8/10 is a fraction: write the points"


def test_a_counted_wording_takes_the_english_text_for_its_count():
    def rows(count: int) -> Wording:
        return Wording("report", "{count} row sent", {}, "{count} rows sent", count)

    assert str(rows(1)) == "1 row sent"
    assert str(rows(0)) == "0 rows sent"
    assert str(rows(3)) == "3 rows sent"


@pytest.mark.parametrize(
    ("typed", "english"),
    [
        ("85%", "85% is a percentage: write the points instead"),
        ("1e3", "1e3 is in scientific notation, which is not read: write 1000"),
        (
            "1,234",
            "1,234 could be 1234 or 1.234: digit grouping is not read; "
            "write 1234, or 1.234 for the decimal number",
        ),
        ("1.234,5", "1.234,5 has digit grouping, which is not read: write 1234.5"),
        ("-3", "-3 is negative: a score is 0 or more"),
        ("abc", "'abc' is not a number"),
        ("", "no number is written"),
    ],
)
def test_a_refused_score_keeps_its_english_reason_and_carries_its_wording(typed: str, english: str):
    with pytest.raises(ValueError) as refused:
        parse_score(typed)
    assert str(refused.value) == english
    assert isinstance(refused.value, Refusal)
    wording = reason_of(refused.value)
    assert isinstance(wording, Wording)
    assert wording.context == "numbers"
    assert "{" in wording.template or not wording.values  # the values stay out of the template
    assert typed.strip() == "" or typed not in wording.template


def test_the_fraction_advice_of_the_caller_is_a_value_of_the_reason():
    with pytest.raises(Refusal) as refused:
        parse_score("85/100", fraction_advice="type the points")
    assert str(refused.value) == "85/100 is a fraction: type the points"
    assert refused.value.wording.values["advice"] == "type the points"
    with pytest.raises(Refusal) as refused:
        parse_score("85/100")
    assert isinstance(refused.value.wording.values["advice"], Wording)


def test_a_score_the_lms_would_round_keeps_its_english_reason():
    with pytest.raises(Refusal) as refused:
        check_kept_precision(0.000001, 10)
    assert str(refused.value) == (
        "0.000001 has more decimals than an LMS keeps (5): it would be sent as 0"
    )
    assert refused.value.wording.values["score"] == "0.000001"


def test_an_error_without_wording_is_said_in_its_own_words():
    assert reason_of(ValueError("disk full")) == "disk full"


def translations_script():
    """packaging/translations.py, loaded by its path (`packaging` is also a PyPI package)."""
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_catalogues_collect_the_texts_marked_below_the_window(tmp_path: Path):
    script = translations_script()
    assert ROOT / "gradebook_gui" / "numbers.py" in script.translated_files()
    report = tmp_path / "report.py"
    report.write_text(
        "from gradebook_gui.wording import QT_TRANSLATE_N_NOOP, QT_TRANSLATE_NOOP\n"
        'ONE = QT_TRANSLATE_NOOP("report", "{count} grade sent")\n'
        'MANY = QT_TRANSLATE_N_NOOP("report", "{count} grades sent")\n'
        'WHY = QT_TRANSLATE_NOOP("report", "{shown} is not a number")\n',
        encoding="utf-8",
    )
    catalogue = tmp_path / "gradebook_de.ts"

    script.update_catalogue(catalogue, [report], "de")

    found = {
        message.findtext("source"): message.get("numerus")
        for message in ElementTree.parse(catalogue).getroot().iter("message")
    }
    assert found == {
        "{count} grade sent": None,
        "{count} grades sent": "yes",
        "{shown} is not a number": None,
    }


@functools.cache
def filed_texts() -> dict[tuple[str, str], bool]:
    """What `packaging/translations.py update` files: (context, text) -> has plural forms."""
    script = translations_script()
    return script.counted_texts(script.translated_files())


def unfiled(wording: Wording) -> list[str]:
    """The texts of `wording` (and of the wordings in its values) that the catalogues would not
    collect, or would collect without the plural forms its count needs."""
    filed = filed_texts()
    missing = []
    texts = [(wording.template, wording.count is not None and wording.plural is None)]
    if wording.plural is not None:
        texts.append((wording.plural, True))
    for text, needs_forms in texts:
        key = (wording.context, text)
        if key not in filed or (needs_forms and not filed[key]):
            missing.append(f"{wording.context}: {text}")
    for value in wording.values.values():
        if isinstance(value, Wording):
            missing += unfiled(value)
    return missing


@pytest.mark.parametrize(
    "typed",
    [
        *("85%", "85/100", "1e3", "1e99", "1,234", "1 234", "-3", "x", ""),
        *("9" * 400, "-" + "9" * 400, "a long sentence, not a score", "-a long sentence, no"),
    ],
)
def test_every_reason_of_a_refused_score_is_filed_for_the_translators(typed: str):
    with pytest.raises(Refusal) as refused:
        parse_score(typed)
    assert unfiled(refused.value.wording) == []


def test_a_long_text_refused_is_named_by_its_ends_and_length():
    with pytest.raises(Refusal) as refused:
        parse_score("a long sentence, not a score")
    assert str(refused.value) == "'a long s…core (28 characters)' is not a number"
    with pytest.raises(Refusal) as refused:
        parse_score("-" + "9" * 400)
    assert str(refused.value) == "99999999…9999 (400 characters) is too large to be a score"
    with pytest.raises(Refusal) as refused:
        checked_score(-(10**5000))
    assert str(refused.value) == "a number of thousands of digits is too large to be a score"
    assert unfiled(refused.value.wording) == []
