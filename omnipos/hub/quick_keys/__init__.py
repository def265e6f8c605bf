"""Each store's quick-key layout at the hub: set from the command line or by a till's
``quick_keys.changed``, and sent on that store's feed as a ``quick_keys`` change."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from omnipos.domain.errors import NotFoundError, ValidationError
from omnipos.domain.quick_keys import QuickKey, check_layout
from omnipos.hub.feed import PendingChange, append_changes
from omnipos.hub.store.models import QuickKeyLayout, Store
from omnipos.sync.events.quick_keys import QUICK_KEYS_KIND, QuickKeysData

__all__ = ["layout_record", "parse_layout_file", "set_layout"]


def set_layout(session: Session, store_code: str, keys: Iterable[QuickKey], *, by: str,
               at: datetime | None = None) -> QuickKeysData:
    """Store the store's layout and put it on the store's feed (the transaction's last write)."""
    if session.get(Store, store_code) is None:
        raise NotFoundError(f"no store {store_code!r}")
    checked = check_layout(keys)
    now = at or datetime.now(UTC)
    row = session.get(QuickKeyLayout, store_code)
    if row is None:
        row = QuickKeyLayout(store_code=store_code, keys=[], updated_at=now)
        session.add(row)
    row.keys = [{"position": k.position, "sku": k.sku, "label": k.label} for k in checked]
    row.updated_at, row.updated_by = now, by
    session.flush()
    record = layout_record(row)
    append_changes(session, [PendingChange(QUICK_KEYS_KIND, store_code, store_code,
                                           record.model_dump(mode="json"))])
    return record


def layout_record(row: QuickKeyLayout) -> QuickKeysData:
    return QuickKeysData.model_validate({"store_code": row.store_code, "keys": row.keys,
                                         "updated_at": row.updated_at,
                                         "updated_by": row.updated_by})


def parse_layout_file(text: str) -> list[QuickKey]:
    """A layout file: JSON (``[{"position": 1, "sku": "MILK", "label": "Milk"}]``) or CSV
    with the columns position, sku, label (a header line is optional)."""
    stripped = text.strip()
    if stripped.startswith("["):
        try:
            items: list[dict[str, Any]] = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise ValidationError(f"the layout is not valid JSON: {exc.msg} "
                                  f"(line {exc.lineno})") from exc
        return [_key(item.get("position"), item.get("sku"), item.get("label", ""), n)
                for n, item in enumerate(items, start=1)]
    rows = [r for r in csv.reader(io.StringIO(stripped)) if any(c.strip() for c in r)]
    if rows and rows[0] and rows[0][0].strip().lower() == "position":
        rows = rows[1:]
    return [_key(*(r + ["", "", ""])[:3], n) for n, r in enumerate(rows, start=1)]


def _key(position: object, sku: object, label: object, line: int) -> QuickKey:
    try:
        number = int(str(position).strip())
    except ValueError as exc:
        raise ValidationError(f"line {line}: position {position!r} is not a number") from exc
    return QuickKey(number, str(sku or ""), str(label or ""))
