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
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from omnipos.domain.permissions import ApprovalRequest


class Message(str):
    """English words written below the UI that the UI shows in the till's language."""

    __slots__ = ()


def message(template: str) -> Message:
    """``template`` as a Message: the mark that tells ``make translations`` to collect it."""
    return Message(template)


class UserFacingError(Exception):
    """An error whose message is written for the cashier, associate or manager."""

    def __init__(self, template: str = "", /, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params) if params else template)


class ValidationError(UserFacingError, ValueError):
    """Input that breaks a rule: a bad amount, quantity, barcode, CSV field."""


class NotFoundError(UserFacingError, LookupError):
    """A product, sale, line or setting that does not exist."""


class PermissionDenied(UserFacingError):
    """The signed-in staff member may not do this without a manager override.

    ``request`` says what a manager would approve (the action, the thing and
    the amount), when a manager's approval would allow it; None when nothing
    would (nobody signed in, an approval that was forged or already used).
    """

    def __init__(self, template: str = "", /, *, request: ApprovalRequest | None = None,
                 **params: Any) -> None:
        super().__init__(template, **params)
        self.request = request


class StateError(UserFacingError):
    """The action does not fit the current state (e.g. paying an empty cart)."""
