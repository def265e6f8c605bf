"""Device registration, authentication and epochs."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from omnipos.domain.errors import PermissionDenied
from omnipos.hub.apply import DeviceIdentity
from omnipos.hub.db import HubDB
from omnipos.hub.models import Device, EnrollmentCode, Store
from omnipos.hub.security import hash_secret, new_token, normalize_code
from omnipos.sync.schemas import RegisterRequest, RegisterResponse


class EnrollmentRefused(PermissionDenied):
    pass


def register(db: HubDB, req: RegisterRequest) -> RegisterResponse:
    """Spend a one-time code: a new device (or a re-enrolled one) with a fresh token."""
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
                device = None
                if req.device_id is not None:
                    device = s.get(Device, str(req.device_id))
                    if device is not None and device.store_code != code.store_code:
                        raise EnrollmentRefused("this device belongs to another store")
                if device is None:
                    count = s.scalar(
                        select(func.count()).select_from(Device)
                        .where(Device.store_code == code.store_code)
                    ) or 0
                    device = Device(
                        id=str(req.device_id or uuid.uuid4()),
                        store_code=code.store_code,
                        till_code=f"T{count + 1:02d}",
                        name=req.device_name,
                        token_hash=hash_secret(token),
                        epoch=1,
                        created_at=now,
                    )
                    s.add(device)
                else:
                    device.token_hash = hash_secret(token)
                    device.name = req.device_name
                code.used_at, code.device_id = now, device.id
                s.flush()
                return RegisterResponse(
                    device_id=uuid.UUID(device.id), store_code=device.store_code,
                    till_code=device.till_code, token=token,
                )
        except IntegrityError:
            continue  # two tills of one store took the same till code; try again
    raise EnrollmentRefused("could not allocate a till code; try again")


def authenticate(db: HubDB, token: str) -> DeviceIdentity | None:
    with db.read() as s:
        row = s.execute(
            select(Device.id, Device.store_code, Device.till_code, Device.epoch,
                   Store.currency, Store.prices, Store.rounding, Store.tax_rates)
            .join(Store, Store.code == Device.store_code)
            .where(Device.token_hash == hash_secret(token))
        ).first()
    if row is None:
        return None
    return DeviceIdentity(id=row.id, store_code=row.store_code, till_code=row.till_code,
                          epoch=row.epoch, currency=row.currency, prices=row.prices,
                          rounding=row.rounding, tax_rates=dict(row.tax_rates))


def touch(db: HubDB, device_id: str) -> Device:
    with db.transaction(deferred=True) as s:  # last_seen_at needs no fsync
        device = s.get(Device, device_id)
        assert device is not None
        device.last_seen_at = datetime.now(UTC)
        s.flush()
        s.expunge(device)
        return device


def new_epoch(db: HubDB, device_id: str) -> int:
    """Open a new epoch: the device's sequence numbers start a fresh space."""
    with db.transaction() as s:
        s.execute(
            update(Device).where(Device.id == device_id)
            .values(epoch=Device.epoch + 1)
        )
        return int(s.scalar(select(Device.epoch).where(Device.id == device_id)) or 0)
