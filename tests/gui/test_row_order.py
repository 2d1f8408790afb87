"""Learners' names in one order for every list: family name, then given name, in the order of
the instructor's language ("Łukasz" among the L's), also under a C locale."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from gradebook_gui.gui.row_order import family_first, name_collator, name_sort_key

NAMES = [
    family_first("Anna Zimmer", "Anna", "Zimmer"),
    family_first("Piotr Łukaszewski", "Piotr", "Łukaszewski"),
    family_first("Jo Meyer", "Jo", "meyer"),
    family_first("Zoë Lange", "Zoë", "Lange"),
    family_first("Ada Lovelace", "Ada", None),  # no family name: sorts as shown
    "Group 10",
    "Group 2",
]


def test_names_sort_by_family_name_in_the_languages_order() -> None:
    key = name_sort_key(name_collator(QLocale(QLocale.Language.English)))
    assert sorted(NAMES, key=key) == [
        "Ada Lovelace",
        "Group 2",
        "Group 10",
        "Lange, Zoë",
        "Łukaszewski, Piotr",
        "meyer, Jo",
        "Zimmer, Anna",
    ]


def test_a_c_locale_sorts_names_as_people_do_not_by_code_point() -> None:
    english = name_sort_key(name_collator(QLocale(QLocale.Language.English)))
    assert sorted(NAMES, key=name_sort_key(name_collator(QLocale.c()))) == sorted(
        NAMES, key=english
    )


def test_each_language_keeps_its_own_order() -> None:
    key = name_sort_key(name_collator(QLocale(QLocale.Language.German)))
    assert sorted(["Oskar, Ulf", "Ölz, Ana", "Lange, Zoë"], key=key) == [
        "Lange, Zoë",
        "Ölz, Ana",
        "Oskar, Ulf",
    ]
