"""Errors a person at the till should read, shown one way by the UI.

A message is an English template and its values, so the UI can show it in the
till's language::

    raise NotFoundError(message("No product for code {code}"), code=code)

``str(exc)`` is the English text (what the log and the hub read);
``message(...)`` marks the template for ``make translations`` (which collects
every ``message("...")`` under domain/ and services/ into the catalogues'
unnamed context) and the UI shows ``exc.template`` translated, filled with
``exc.params``; a value that is itself a Message (an action's label) or an
error is translated the same way.

A message that counts something names its count, with the English for one and
for many, so each language says it its own way (Qt's numerus forms)::

    raise ValidationError(plural("{count} line was refused", "{count} lines were refused",
                                 "count"), count=len(refused))

``str(exc)`` picks the English for 1 or for any other count; the catalogues
hold the singular as the source, the plural as its comment, and a numerus
translation with one form per plural rule of the language.

A value that is Money (``domain.money``) reads ``"9.17 EUR"`` in ``str(exc)``
and as the till's locale writes an amount on screen (``9,17 €`` in Spain).
"""

from __future__ import annotations

from typing import Any, Protocol


class Message(str):
    """English words written below the UI that the UI shows in the till's language."""

    __slots__ = ()


def message(template: str) -> Message:
    """``template`` as a Message: the mark that tells ``make translations`` to collect it."""
    return Message(template)


class Plural(Message):
    """Words that count something: the English for one (the text itself) and for many.

    ``counted_by`` names the value that says how many; the UI asks the catalogue for
    the form the till's language uses for that number.
    """

    many: str
    counted_by: str

    def __new__(cls, one: str, many: str, count: str) -> Plural:
        words = super().__new__(cls, one)
        words.many = many
        words.counted_by = count
        return words

    def english(self, n: int) -> str:
        """The English template for ``n``: the singular for 1, the plural for any other."""
        return str(self) if n == 1 else self.many


def plural(one: str, many: str, count: str) -> Plural:
    """Counted words (``count`` names the value that counts): ``make translations`` collects
    them as a numerus entry (its mark is Qt's ``tr(source, disambiguation, n)``)."""
    return Plural(one, many, count)


class Phrase(str):
    """Words filled with values, built below the UI and shown by it: the English text
    itself (what the journal and the log keep), and its template and values, so the UI
    says it in the till's language (``phrase(message("count {number}, {area}"), ...)``)."""

    template: Message
    params: dict[str, Any]

    def __new__(cls, template: Message, params: dict[str, Any]) -> Phrase:
        text = super().__new__(cls, fill(template, params))
        text.template = template
        text.params = params
        return text


def phrase(template: Message, **values: Any) -> Phrase:
    """``template`` (marked with ``message``) filled with ``values``, to be said by the UI."""
    return Phrase(template, values)


def fill(template: str, params: dict[str, Any]) -> str:
    """``template``'s English filled with ``params`` (a Plural's form chosen by its count)."""
    if isinstance(template, Plural):
        template = template.english(params[template.counted_by])
    return template.format(**params) if params else str(template)


class UserFacingError(Exception):
    """An error whose message is written for the cashier, associate or manager."""

    def __init__(self, template: str = "", /, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(fill(template, params))


class ValidationError(UserFacingError, ValueError):
    """Input that breaks a rule: a bad amount, quantity, barcode, CSV field."""


class NotFoundError(UserFacingError, LookupError):
    """A product, sale, line or setting that does not exist."""


class Approvable(Protocol):
    """What a manager would approve: ``domain.permissions.ApprovalRequest`` (the rules of
    who may do what raise PermissionDenied, so this module names the request by what it
    holds rather than importing them)."""

    @property
    def action(self) -> str: ...  # an Action
    @property
    def subject(self) -> str: ...
    @property
    def amount_minor(self) -> int | None: ...


class PermissionDenied(UserFacingError):
    """The signed-in staff member may not do this without a manager override.

    ``request`` says what a manager would approve (the action, the thing and
    the amount), when a manager's approval would allow it; None when nothing
    would (nobody signed in, an approval that was forged or already used).
    """

    def __init__(self, template: str = "", /, *, request: Approvable | None = None,
                 **params: Any) -> None:
        super().__init__(template, **params)
        self.request = request


class StateError(UserFacingError):
    """The action does not fit the current state (e.g. paying an empty cart)."""
