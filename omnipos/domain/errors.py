"""Errors a person at the till should read, shown one way by the UI."""

from __future__ import annotations


class UserFacingError(Exception):
    """An error whose message is written for the cashier, associate or manager."""


class ValidationError(UserFacingError, ValueError):
    """Input that breaks a rule: a bad amount, quantity, barcode, CSV field."""


class NotFoundError(UserFacingError, LookupError):
    """A product, sale, line or setting that does not exist."""


class PermissionDenied(UserFacingError):
    """The signed-in staff member may not do this without a manager override."""


class StateError(UserFacingError):
    """The action does not fit the current state (e.g. paying an empty cart)."""
