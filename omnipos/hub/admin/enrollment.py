"""Enrollment: one-time codes, tills enrolled with them, their tokens, epochs and revocation.

An administrator makes a code for one store; a till spends it once on
``/v1/devices/register`` (the wire calls a till a device) and gets a token that
the hub keeps only as a hash. Every call the till makes then authenticates as a
``TillIdentity``. A revoked till's token matches nothing any more, so every
call it makes gets 401 until it enrolls again with a fresh code.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from omnipos.domain.errors import NotFoundError, PermissionDenied
from omnipos.hub.admin.credentials import (
    hash_secret,
    new_enrollment_code,
    new_token,
    normalize_code,
)
from omnipos.hub.store.db import HubDB
from omnipos.hub.store.models import EnrolledTill, EnrollmentCode, Store
from omnipos.hub.store.rawsql import RawSql, loads
from omnipos.sync.wire import RegisterRequest, RegisterResponse

log = logging.getLogger(__name__)

CODE_TTL = timedelta(minutes=15)


class EnrollmentRefused(PermissionDenied):
    pass


@dataclass(frozen=True)
class TillIdentity:
    """The enrolled till behind a bearer token, with what applying its events needs."""

    id: str
    store_code: str
    till_code: str
    epoch: int
    currency: str = ""
    prices: str = "exclusive"
    rounding: str = "line"
    tax_rates: Mapping[str, str] = field(default_factory=dict)


def make_enrollment_code(db: HubDB, store_code: str, ttl: timedelta = CODE_TTL) -> str:
    """A one-time code for one till of ``store_code``, valid for ``ttl``."""
    code = new_enrollment_code()
    with db.transaction() as s:
        if s.get(Store, store_code) is None:
            raise NotFoundError(f"no store {store_code!r}; add it with 'omnipos-hub store add'")
        s.add(
            EnrollmentCode(
                code_hash=hash_secret(normalize_code(code)),
                store_code=store_code,
                expires_at=datetime.now(UTC) + ttl,
            )
        )
    return code


def enroll_till(db: HubDB, req: RegisterRequest) -> RegisterResponse:
    """Spend a one-time code: a new till (or a re-enrolled one) with a fresh token."""
    token = new_token()
    now = datetime.now(UTC)
    for _attempt in range(5):
        try:
            with db.transaction() as s:
                code = s.get(
                    EnrollmentCode, hash_secret(normalize_code(req.enrollment_code)),
                    with_for_update=True,
                )
                if code is None or code.used_at is not None or code.expires_at < now:
                    raise EnrollmentRefused("enrollment code is unknown, used or expired")
                till = None
                if req.device_id is not None:
                    till = s.get(EnrolledTill, str(req.device_id))
                    if till is not None and till.store_code != code.store_code:
                        raise EnrollmentRefused("this device belongs to another store")
                if till is None:
                    count = s.scalar(
                        select(func.count()).select_from(EnrolledTill)
                        .where(EnrolledTill.store_code == code.store_code)
                    ) or 0
                    till = EnrolledTill(
                        id=str(req.device_id or uuid.uuid4()),
                        store_code=code.store_code,
                        till_code=f"T{count + 1:02d}",
                        name=req.device_name,
                        token_hash=hash_secret(token),
                        epoch=1,
                        seq_base=req.after_seq,
                        acked_seq=req.after_seq,
                        created_at=now,
                    )
                    s.add(till)
                else:
                    till.token_hash = hash_secret(token)
                    till.name = req.device_name
                code.used_at, code.device_id = now, till.id
                s.flush()
                return RegisterResponse(
                    device_id=uuid.UUID(till.id), store_code=till.store_code,
                    till_code=till.till_code, token=token,
                )
        except IntegrityError:
            continue  # two tills of one store took the same till code; try again
    raise EnrollmentRefused("could not allocate a till code; try again")


# Every request of every till authenticates: a plain statement, no ORM building.
_BY_TOKEN = (
    "SELECT t.id, t.store_code, t.till_code, t.epoch, s.currency, s.prices, s.rounding, "
    "s.tax_rates FROM devices t JOIN stores s ON s.code = t.store_code "
    "WHERE t.token_hash = :token_hash"
)


def authenticate(db: HubDB, token: str) -> TillIdentity | None:
    """The till whose token this is, or None (unknown or revoked)."""
    with db.raw_read() as conn:
        found = RawSql(conn).all(_BY_TOKEN, {"token_hash": hash_secret(token)})
    if not found:
        return None
    till, store, code, epoch, currency, prices, rounding, rates = found[0]
    return TillIdentity(id=till, store_code=store, till_code=code, epoch=int(epoch),
                        currency=currency, prices=prices, rounding=rounding,
                        tax_rates=dict(loads(rates) or {}))


def touch(db: HubDB, device_id: str) -> EnrolledTill:
    """Note that the till was seen now; returns its row (detached)."""
    with db.transaction(deferred=True) as s:  # last_seen_at needs no fsync
        till = s.get(EnrolledTill, device_id)
        assert till is not None
        till.last_seen_at = datetime.now(UTC)
        s.flush()
        s.expunge(till)
        return till


def new_epoch(db: HubDB, device_id: str, after_seq: int | None = None) -> int:
    """Open a new epoch: the till's sequence numbers start a fresh space, after ``after_seq``.

    A till that does not say where it resumes is counted from its first event received.
    """
    with db.transaction() as s:
        s.execute(
            update(EnrolledTill).where(EnrolledTill.id == device_id)
            .values(epoch=EnrolledTill.epoch + 1, seq_base=after_seq, acked_seq=after_seq or 0)
        )
        return int(s.scalar(select(EnrolledTill.epoch).where(EnrolledTill.id == device_id)) or 0)


def revoke_till(db: HubDB, device_id: str) -> None:
    """Make the till's token worthless (401 from now on)."""
    with db.transaction() as s:
        till = s.get(EnrolledTill, device_id)
        if till is None:
            raise NotFoundError(f"no enrolled till with device id {device_id}")
        till.token_hash = hash_secret("revoked:" + new_token())
    log.warning("till %s revoked", device_id)
