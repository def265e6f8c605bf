"""Errors a person at the till should read, shown one way by the UI."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from omnipos.domain.permissions import ApprovalRequest


class UserFacingError(Exception):
    """An error whose message is written for the cashier, associate or manager."""


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

    def __init__(self, message: str = "", *, request: ApprovalRequest | None = None) -> None:
        super().__init__(message)
        self.request = request


class StateError(UserFacingError):
    """The action does not fit the current state (e.g. paying an empty cart)."""
