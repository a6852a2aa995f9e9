"""A syntax-aware document that keeps memory flat while the learner types.

Textual's `SyntaxAwareDocument` hands tree-sitter a read *callback*. With
py-tree-sitter 0.25 every parse through a callback keeps the bytes the callback
returned (py-tree-sitter #464): typing 10,000 keys into a 300-line file grew
the process by ~800 MiB. Parsing from one `bytes` object instead releases
everything, so this subclass re-encodes the text (microseconds even at 3,000
lines) and parses that, still incrementally against the previous tree.
"""

from __future__ import annotations

from textual.document._document import Document, EditResult, Location
from textual.document._syntax_aware_document import SyntaxAwareDocument
from tree_sitter import Language, Parser


class CodeDocument(SyntaxAwareDocument):
    def __init__(self, text: str, language: Language) -> None:
        # Skip SyntaxAwareDocument.__init__: it parses once through the leaky callback.
        Document.__init__(self, text)
        self.language = language
        self._parser = Parser(language)
        self._syntax_tree = self._parser.parse(self._encoded())

    def _encoded(self) -> bytes:
        return self.text.encode("utf-8")

    def replace_range(self, start: Location, end: Location, text: str) -> EditResult:
        top, bottom = sorted((start, end))
        start_byte = self._location_to_byte_offset(top)
        start_point = self._location_to_point(top)
        old_end_byte = self._location_to_byte_offset(bottom)
        old_end_point = self._location_to_point(bottom)

        result = Document.replace_range(self, start, end, text)

        self._syntax_tree.edit(
            start_byte=start_byte,
            old_end_byte=old_end_byte,
            new_end_byte=start_byte + len(text.encode("utf-8")),
            start_point=start_point,
            old_end_point=old_end_point,
            new_end_point=self._location_to_point(result.end_location),
        )
        self._syntax_tree = self._parser.parse(self._encoded(), self._syntax_tree)
        return result
