"""The till's language: its words (Qt's translations), Qt's own words, and Babel's formats.

Every word the till shows goes through ``translate(context, text)``; the
contexts name the screen or dialog (``"Sell"``, ``"Payment"`` …) so they stay
the same when code moves. ``pyside6-lupdate`` collects them into
``omnipos/resources/translations/omnipos_<code>.ts`` and ``make translations``
compiles those into the ``.qm`` catalogues shipped with the package.

The language is the Manager screen's setting (``till.language``: a code of
``LANGUAGES``), or the operating system's (``LANG``, ``LC_MESSAGES``) when the
setting is empty. ``install`` loads the till's catalogue and Qt's own
(``qtbase_<code>.qm``: the buttons of Qt's dialogs), and makes the amounts,
numbers and dates of ``ui.common.formatting`` follow the same locale.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from omnipos.domain.errors import Message, Phrase, Plural, UserFacingError
from omnipos.domain.money import Money
from omnipos.ui.common import formatting

__all__ = ["LANGUAGES", "Language", "catalogue_path", "choose", "error_text", "install",
           "said", "said_value", "translate"]

log = logging.getLogger(__name__)

# The till's words are written in English; Spanish is complete, German started.
LANGUAGES = {"en": "English", "es": "Español", "de": "Deutsch"}
# The formats of a language the operating system does not name a country for.
_TERRITORY = {"en": "en_US", "es": "es_ES", "de": "de_DE"}
_SOURCE = "en"


def translate(context: str, text: str) -> str:
    """``text`` in the till's language (itself when the catalogue has no translation)."""
    return QCoreApplication.translate(context, text)


def said(words: Message | str, **values: Any) -> str:
    """Words marked with ``message("...")`` or ``plural(...)`` below the UI (or in it), in the
    till's language (the catalogues' unnamed context), filled with ``values``.

    A Plural takes the form the language uses for its count (Qt's numerus forms),
    or the English for one or many when the catalogue has no translation; the
    count is written as the locale groups digits. Values
    that are errors or marked words are said the same way, amounts as the
    locale writes them.
    """
    shown = {name: said_value(value) for name, value in values.items()}
    if isinstance(words, Plural):
        count = values[words.counted_by]
        text = formatting.counted(words, count)
        shown[words.counted_by] = formatting.number(count)  # "1.500 líneas"
    else:
        text = QCoreApplication.translate("", words)
    return text.format(**shown) if values else text


def said_value(value: Any) -> Any:
    """A value as the screen shows it: errors, marked words and phrases (``domain.errors``)
    in the till's language, amounts as the locale writes them; anything else itself."""
    if isinstance(value, UserFacingError):
        return error_text(value)
    if isinstance(value, Money):
        return formatting.amount(value)
    if isinstance(value, Message) and not isinstance(value, Plural):
        return said(value)
    if isinstance(value, Phrase):
        return said(value.template, **value.params)
    return value


def error_text(exc: BaseException) -> str:
    """What ``exc`` says, in the till's language: the one way an error becomes words on screen.

    A UserFacingError's template is translated and filled with its values (see
    ``said``). A template with no translation, a translation that names a value
    it lacks, and any other exception read as ``str(exc)``.
    """
    if not isinstance(exc, UserFacingError):
        return str(exc)
    try:
        return said(exc.template, **exc.params)
    except (KeyError, IndexError, ValueError):
        log.warning("the translation of %r does not fit its values; shown in English",
                    exc.template)
        return str(exc)


@dataclass(frozen=True, slots=True)
class Language:
    code: str  # "es": which catalogue
    locale: str  # "es_MX": how amounts and dates are written


def choose(setting: str = "", system: QLocale | None = None) -> Language:
    """The setting's language, else the operating system's, else English.

    The country comes from the operating system when it speaks the same language
    (Spanish on a Mexican till writes amounts as Mexico does), else the language's own.
    """
    name = (system or QLocale.system()).name()  # "es_MX"; "C" when nothing is set
    spoken = name.split("_")[0]
    code = (setting or spoken).strip().lower()
    if code not in LANGUAGES:
        if setting:
            log.warning("till.language %r is not one of %s; using English", setting,
                        ", ".join(LANGUAGES))
        code = _SOURCE
    locale = name if spoken == code and "_" in name else _TERRITORY[code]
    return Language(code, locale)


def catalogue_path(code: str) -> Path:
    """``omnipos/resources/translations/omnipos_<code>.qm`` (it may not exist)."""
    root = resources.files("omnipos.resources").joinpath("translations", f"omnipos_{code}.qm")
    return Path(str(root))


def _qt_catalogue(code: str) -> Path:
    """Qt's own words (``qtbase_<code>.qm``): where Qt says, else beside PySide6 (a bundle)."""
    name = f"qtbase_{code}.qm"
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if not (folder / name).is_file():
        import PySide6

        folder = Path(PySide6.__file__).parent / "Qt" / "translations"
    return folder / name


_installed: list[QTranslator] = []


def install(app: QCoreApplication, language: Language) -> Language:
    """Load ``language``'s catalogues into ``app`` (replacing earlier ones); its formats too."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language.code != _SOURCE:
        for path in (catalogue_path(language.code), _qt_catalogue(language.code)):
            translator = QTranslator(app)
            if translator.load(str(path)):
                app.installTranslator(translator)
                _installed.append(translator)
            else:
                log.warning("no translations at %s; those words stay in English", path)
    QLocale.setDefault(QLocale(language.locale))
    formatting.use_locale(language.locale)
    log.info("language %s, formats %s", language.code, language.locale)
    return language
