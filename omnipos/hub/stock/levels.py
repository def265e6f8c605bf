"""Stock administration on the hub: absolute levels imported as the deltas that reach them."""

from __future__ import annotations

import csv
import uuid
from pathlib import Path

from sqlalchemy import select

from omnipos.domain.errors import ValidationError
from omnipos.domain.quantities import QuantityError, to_milli
from omnipos.hub.feed import append_changes
from omnipos.hub.stock import ledger
from omnipos.hub.store.db import HubDB
from omnipos.hub.store.models import Store


def import_levels(db: HubDB, path: Path) -> dict[str, object]:
    """CSV ``store,sku,quantity``: each line sets an absolute level, recorded as a delta."""
    errors: list[str] = []
    wanted: dict[tuple[str, str], int] = {}
    try:
        with path.open(newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            names = reader.fieldnames or []
            missing = [c for c in ("store", "sku", "quantity") if c not in names]
            if missing:
                raise ValidationError(f"{path.name}: missing column(s) {', '.join(missing)}")
            for row in reader:
                store = (row.get("store") or "").strip()
                sku = (row.get("sku") or "").strip()
                try:
                    if not store or not sku:
                        raise ValidationError("store and sku are required")
                    if len(sku) > 64 or "\x00" in sku:
                        raise ValidationError("sku is longer than 64 characters or holds a NUL")
                    wanted[(store, sku)] = to_milli(row.get("quantity") or "")
                except (ValidationError, QuantityError) as exc:
                    errors.append(f"line {reader.line_num}: {exc}")
    except (UnicodeDecodeError, csv.Error) as exc:
        # Not text, or a field past the csv module's limit: a clear message, not a traceback.
        raise ValidationError(f"{path.name}: not a readable UTF-8 CSV file ({exc})") from exc
    event_id = f"stock-import-{uuid.uuid4()}"
    changed = 0
    with db.transaction() as s:
        stores = set(s.scalars(select(Store.code)))
        deltas: list[ledger.Delta] = []
        for (store, sku), level in sorted(wanted.items()):
            if store not in stores:
                errors.append(f"store {store!r} (sku {sku}): no such store")
                continue
            diff = level - ledger.level_milli(s, store, sku)
            if diff:
                deltas.append(ledger.Delta(event_id, len(deltas) + 1, store, sku, diff, "import"))
        changes = ledger.record(s, deltas)
        append_changes(s, changes)
        changed = len(deltas)
    return {"changed": changed, "unchanged": len(wanted) - changed - len(
        [e for e in errors if e.startswith("store ")]), "errors": errors}


def show(db: HubDB, sku: str) -> dict[str, str]:
    """Sellable level per store."""
    with db.read() as s:
        return ledger.levels_for_sku(s, sku)


def show_buckets(db: HubDB, sku: str) -> dict[str, dict[str, str]]:
    """Store -> bucket -> level: sellable and the stock held back (damaged, quality control,
    return to vendor)."""
    with db.read() as s:
        out = {store: {"sellable": level} for store, level in ledger.levels_for_sku(s, sku).items()}
        for store, held in ledger.held_for_sku(s, sku).items():
            out.setdefault(store, {}).update(held)
    return dict(sorted(out.items()))
