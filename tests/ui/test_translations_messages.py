"""Messages from below the UI that count something or name an amount, in the till's language.

A ``plural(...)`` template is a numerus entry of the catalogues: English picks
its words for one or many itself (``str(exc)``, what the log and the hub read),
Spanish takes the catalogue's form for the count. A Money value among a
message's values reads as the till's locale writes an amount.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from omnipos.domain.errors import StateError, ValidationError, message, plural
from omnipos.domain.money import Money
from omnipos.ui.common import formatting
from omnipos.ui.common.banner import error_words
from omnipos.ui.i18n import Language, error_text, install, said

CATALOGUES = Path(__file__).resolve().parents[2] / "omnipos" / "resources" / "translations"
LINES = plural("{count} line", "{count} lines", "count")  # formatting.lines' entry


def test_english_says_one_and_many_itself(qapp: QApplication) -> None:
    install(qapp, Language("en", "en_US"))
    one, many = (ValidationError(LINES, count=n) for n in (1, 3))
    assert (str(one), str(many)) == ("1 line", "3 lines")
    assert (error_text(one), error_text(many)) == ("1 line", "3 lines")
    assert str(ValidationError(LINES, count=0)) == "0 lines"
    assert formatting.lines(1) == "1 line" and formatting.lines(1500) == "1,500 lines"


def test_spanish_takes_the_catalogues_form_for_the_count(spanish: Language) -> None:
    one, many = (ValidationError(LINES, count=n) for n in (1, 3))
    assert (error_text(one), error_text(many)) == ("1 línea", "3 líneas")
    assert str(many) == "3 lines"  # the log keeps the English
    assert formatting.lines(1) == "1 línea" and formatting.lines(1500) == "1.500 líneas"


def test_a_counted_template_is_a_numerus_entry_with_every_spanish_form() -> None:
    found = [m for m in ET.parse(CATALOGUES / "omnipos_es.ts").getroot().iter("message")
             if m.findtext("source") == "{count} line"]
    assert len(found) == 1 and found[0].get("numerus") == "yes"
    assert found[0].findtext("comment") == "{count} lines"  # the English plural, for translators
    forms = [f.text for f in found[0].iter("numerusform")]
    assert forms == ["{count} línea", "{count} líneas"]


class Words(QTranslator):
    """A catalogue of one sentence, for a template no raise site has yet."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        if source == "only {amount} left in the drawer":
            return "solo quedan {amount} en el cajón"
        return None


def test_an_amount_among_the_values_reads_as_the_locale_writes_money(
        qapp: QApplication, spanish: Language) -> None:
    words = Words(qapp)
    qapp.installTranslator(words)
    try:
        exc = StateError(message("only {amount} left in the drawer"), amount=Money(917, "EUR"))
        assert error_text(exc) == "solo quedan 9,17\xa0€ en el cajón"
        assert str(exc) == "only 9.17 EUR left in the drawer"
    finally:
        qapp.removeTranslator(words)
    install(qapp, Language("en", "en_US"))
    assert error_text(exc) == "only €9.17 left in the drawer"
    dollars = StateError(message("only {amount} left in the drawer"), amount=Money(917, "USD"))
    assert error_text(dollars) == "only $9.17 left in the drawer"


def test_the_screens_counted_words_take_the_spanish_form_and_group_the_count(
        spanish: Language) -> None:
    found = plural("{count} found", "{count} found", "count")  # the search's and the picker's
    assert [said(found, count=n) for n in (1, 3, 1500)] == [
        "1 encontrado", "3 encontrados", "1.500 encontrados"]
    pulled = plural("Pulling {count} change", "Pulling {count} changes", "count")
    assert said(pulled, count=15000) == "Recibiendo 15.000 cambios"


def test_the_screens_counted_words_in_english(qapp: QApplication) -> None:
    install(qapp, Language("en", "en_US"))
    pulled = plural("Pulling {count} change", "Pulling {count} changes", "count")
    assert [said(pulled, count=n) for n in (1, 15000)] == ["Pulling 1 change",
                                                           "Pulling 15,000 changes"]


def test_an_unexpected_error_reads_as_the_one_sentence_in_the_language(
        spanish: Language) -> None:
    """Sign-in, the shift dialogs, approvals, the customer picker and the quick keys say an
    error through error_words: never the exception's own (English, technical) text."""
    assert error_words(RuntimeError("database is locked")) == (
        "Algo ha fallado; los detalles están en el registro.")
    assert error_words(ValidationError(LINES, count=2)) == "2 líneas"
