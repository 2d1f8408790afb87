"""The column mapping the user confirmed in an import, remembered for the next import."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence

from PySide6.QtCore import QSettings

from gradebook_gui.exchange.importer import ColumnMapping, MatchBy


class MappingMemory:
    """The columns the user confirmed, kept in the window's settings for the next import.

    Only what the wizard lets the user choose is remembered (student column and how it matches,
    score, comment, maximum). The base and progress columns always follow the current file's
    header names, so a remembered mapping never hides the base values of the app's own export.
    """

    _GROUP = "import_mapping"

    def __init__(self, settings: QSettings, connection_key: str, line_item_id: str) -> None:
        self._settings = settings
        self._line_item_key = self._key("line_item", f"{connection_key}\n{line_item_id}")
        self._connection_key = self._key("connection", connection_key)

    @classmethod
    def _key(cls, kind: str, scope: str) -> str:
        # Line item IDs are URLs; a digest keeps "/" (a settings group separator) out of the key.
        digest = hashlib.sha256(scope.encode()).hexdigest()[:24]
        return f"{cls._GROUP}/{kind}_{digest}"

    def recall(self, headers: Sequence[str]) -> ColumnMapping | None:
        """This line item's mapping, else the connection's last one, if the file has its columns."""
        for key in (self._line_item_key, self._connection_key):
            mapping = self._load(key)
            if mapping is not None and all(column in headers for column in mapping.columns):
                return mapping
        return None

    def remember(self, mapping: ColumnMapping) -> None:
        text = json.dumps(
            {
                "id_column": mapping.id_column,
                "match": mapping.match.value,
                "score_column": mapping.score_column,
                "comment_column": mapping.comment_column,
                "maximum_column": mapping.maximum_column,
            }
        )
        for key in (self._line_item_key, self._connection_key):
            self._settings.setValue(key, text)

    def _load(self, key: str) -> ColumnMapping | None:
        text = self._settings.value(key)
        if not isinstance(text, str):
            return None
        try:
            fields = json.loads(text)
            return ColumnMapping(
                id_column=str(fields["id_column"]),
                match=MatchBy(fields["match"]),
                score_column=fields.get("score_column"),
                comment_column=fields.get("comment_column"),
                maximum_column=fields.get("maximum_column"),
            )
        except (ValueError, KeyError, TypeError):
            # Settings edited by hand or written by another version: guess instead.
            return None
