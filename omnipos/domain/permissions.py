"""Who may do what: roles, the permission matrix and manager overrides.

Pure rules, no I/O. Services call :func:`require` (through
``omnipos.services.authz``) before every sensitive action, so a call without
the right fails whatever the UI shows. A refusal carries an
:class:`ApprovalRequest`: the action, the thing it is done to (a line, a
sale, the drawer...) and the amount. A manager override approves exactly
that request, once, and names both people: the one who asked and the one
who entered their PIN.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from omnipos.domain.errors import Message, PermissionDenied, ValidationError, message

__all__ = [
    "MATRIX",
    "Action",
    "Actor",
    "ApprovalRequest",
    "Grant",
    "ManagerOverride",
    "Role",
    "allowed",
    "can_approve",
    "parse_role",
    "require",
]


class Role(StrEnum):
    CASHIER = "cashier"
    ASSOCIATE = "associate"
    MANAGER = "manager"
    ADMIN = "admin"


class Action(StrEnum):
    """Sensitive actions; the values are the names journal entries use."""

    VOID_LINE = "void_line"
    CANCEL_SALE = "cancel_sale"
    POST_VOID = "post_void"
    PRICE_OVERRIDE = "price_override"
    DISCOUNT_OVER_LIMIT = "discount_over_limit"
    NO_SALE = "no_sale"
    REFUND = "refund"
    REFUND_NO_RECEIPT = "refund_no_receipt"
    # Take back what the return policy refuses, or pay a web order's refund in cash.
    RETURN_OVERRIDE = "return_override"
    PAY_IN_OUT = "pay_in_out"
    CLOSE_SHIFT = "close_shift"
    ADJUST_STOCK = "adjust_stock"
    APPROVE_COUNT = "approve_count"
    START_COUNT = "start_count"
    CHANGE_SETTINGS = "change_settings"
    MANAGE_STAFF = "manage_staff"
    ACCEPT_OVER_SHORT = "accept_over_short"
    CLOSE_WITH_PENDING = "close_with_pending"
    OPEN_PRICE = "open_price"

    @property
    def label(self) -> Message:
        """How the action reads in a dialog ("void a line"; the UI translates it)."""
        return _LABELS[self]


_LABELS = {
    Action.VOID_LINE: message("void a line"),
    Action.CANCEL_SALE: message("cancel a sale"),
    Action.POST_VOID: message("void a completed sale"),
    Action.PRICE_OVERRIDE: message("override a price"),
    Action.DISCOUNT_OVER_LIMIT: message("give a discount over the store limit"),
    Action.NO_SALE: message("open the drawer without a sale"),
    Action.REFUND: message("refund"),
    Action.REFUND_NO_RECEIPT: message("refund without a receipt"),
    Action.RETURN_OVERRIDE: message("override the return policy"),
    Action.PAY_IN_OUT: message("pay cash in or out"),
    Action.CLOSE_SHIFT: message("close a shift"),
    Action.ADJUST_STOCK: message("adjust stock"),
    Action.APPROVE_COUNT: message("approve a stock count"),
    Action.START_COUNT: message("start a stock count"),
    Action.CHANGE_SETTINGS: message("change settings"),
    Action.MANAGE_STAFF: message("add or change staff"),
    Action.ACCEPT_OVER_SHORT: message("accept a cash count over or short beyond the store "
                                      "threshold"),
                              
    Action.CLOSE_WITH_PENDING: message("close a shift whose events the hub has not acknowledged"),
    Action.OPEN_PRICE: message("sell an unlabelled item at a price typed in"),
}

_FRONT = frozenset({Action.VOID_LINE, Action.CANCEL_SALE, Action.CLOSE_SHIFT})
_MANAGER = frozenset(Action) - {Action.CHANGE_SETTINGS}

# The permission matrix. Cashiers fix their own open sale and close their own
# shift (a count off beyond the store threshold still needs a manager);
# associates also adjust stock in the back office; managers do everything but
# change settings; admins do everything.
MATRIX: dict[Role, frozenset[Action]] = {
    Role.CASHIER: _FRONT,
    Role.ASSOCIATE: _FRONT | {Action.ADJUST_STOCK},
    Role.MANAGER: _MANAGER,
    Role.ADMIN: frozenset(Action),
}


def parse_role(text: str) -> Role:
    """A role from its name, case-insensitive; ValidationError names the choices."""
    try:
        return Role((text or "").strip().lower())
    except ValueError as exc:
        choices = ", ".join(r.value for r in Role)
        raise ValidationError(message("unknown role {text!r}: use one of {choices}"),
                              text=text, choices=choices) from exc


@dataclass(frozen=True, slots=True)
class Actor:
    """A signed-in staff member, as the services see them (no PIN, no hash).

    ``seal`` is set by the sign-in service; the enforcement layer only trusts
    sealed actors, so a role cannot be made up in the UI.
    """

    staff_id: str
    number: str
    name: str
    role: Role
    seal: str = field(default="", repr=False, compare=False)

    @property
    def label(self) -> str:
        """``"Ann Lee (#12)"``: how journal entries name a person."""
        return f"{self.name} (#{self.number})"


@dataclass(frozen=True, slots=True)
class ApprovalRequest:
    """What a manager is asked to approve: one action on one thing, for one amount.

    ``subject`` names the thing (``line:<id>``, ``sale:<cart id>``,
    ``drawer:<till>``, ``shift:<id>``, ``staff:<number>``...); ``amount_minor``
    is the amount at stake when there is one (a new price, a total discount,
    a pay-out); ``what`` says it in words for the approval dialog (a ``Phrase`` when the
    till should say it in its language: the English is what the journal keeps).
    """

    action: Action
    subject: str
    amount_minor: int | None = None
    what: str = ""


@dataclass(frozen=True, slots=True)
class ManagerOverride:
    """A manager (or admin) approved one request for someone else by entering a PIN.

    It is good for that action on that subject with that amount, once:
    ``override_id`` is spent when it is used. ``seal`` is set by the service
    that checked the PIN; the enforcement layer refuses an override it did
    not seal, so one cannot be made up or changed in the UI.
    """

    action: Action
    approver: Actor
    requester: Actor | None
    reason: str
    issued_at: datetime
    subject: str = ""
    amount_minor: int | None = None
    override_id: str = ""
    seal: str = field(default="", repr=False, compare=False)

    def covers(self, request: ApprovalRequest) -> bool:
        """True when this approval is for ``request``: its action, thing and amount."""
        return (self.action is request.action and self.subject == request.subject
                and self.amount_minor == request.amount_minor)


@dataclass(frozen=True, slots=True)
class Grant:
    """Why an action was allowed: by the actor's own role, or by an override."""

    action: Action
    actor: Actor | None
    approver: Actor | None = None

    @property
    def overridden(self) -> bool:
        return self.approver is not None

    @property
    def actor_label(self) -> str:
        return self.actor.label if self.actor else ""

    def journal_fields(self) -> dict[str, str]:
        """The fields a journal entry carries about who acted and who approved."""
        out = {"action": self.action.value, "actor": self.actor_label}
        if self.approver is not None:
            out["approved_by"] = self.approver.label
        return out


def allowed(role: Role, action: Action) -> bool:
    """True when ``role`` may do ``action`` on its own."""
    return action in MATRIX[role]


def can_approve(role: Role, action: Action) -> bool:
    """Managers and admins approve what their own role allows."""
    return role in (Role.MANAGER, Role.ADMIN) and allowed(role, action)


def require(
    actor: Actor | None,
    action: Action,
    override: ManagerOverride | None = None,
    request: ApprovalRequest | None = None,
) -> Grant:
    """Allow ``action`` for ``actor`` or raise PermissionDenied carrying ``request``.

    An override must be for this very request (action, subject, amount), by
    someone whose role may approve it, and (when it names one) requested by
    this actor.
    """
    if actor is not None and allowed(actor.role, action):
        return Grant(action, actor)
    request = request or ApprovalRequest(action, "")
    if override is None:
        who = actor.label if actor else message("nobody is signed in")
        if request.what:
            raise PermissionDenied(message("{who} may not {action} ({what}): a manager must "
                                           "approve"),
                                   who=who, action=action.label, what=request.what,
                                   request=request)
        raise PermissionDenied(message("{who} may not {action}: a manager must approve"),
                               who=who, action=action.label, request=request)
    if override.action is not action:
        raise PermissionDenied(message("the manager approved {approved}, not {action}"),
                               approved=override.action.label, action=action.label)
    if not override.covers(request):
        raise PermissionDenied(
            message("the manager approved {action} for something else: ask the manager again"),
            action=action.label, request=request)
    if not can_approve(override.approver.role, action):
        raise PermissionDenied(message("{approver} may not approve {action}"),
                               approver=override.approver.label, action=action.label)
    if override.requester is not None and actor is not None and override.requester != actor:
        raise PermissionDenied(message("that approval was given to someone else"))
    return Grant(action, actor, override.approver)
