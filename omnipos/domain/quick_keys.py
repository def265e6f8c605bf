"""Quick keys: a store's grid of favourite products on the Sell screen.

A layout is up to ``SLOTS`` keys, each a position (1 to 12, left to right then
top to bottom; Ctrl+F1 … Ctrl+F12), the SKU it sells and the label it shows.
The hub keeps each store's layout; a manager may edit it at a till too.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from omnipos.domain.errors import ValidationError, message

__all__ = ["LABEL_MAX", "SLOTS", "QuickKey", "check_layout"]

SLOTS = 12
LABEL_MAX = 24


@dataclass(frozen=True, slots=True)
class QuickKey:
    position: int  # 1 … SLOTS
    sku: str
    label: str = ""  # empty: the product's name


def check_layout(keys: Iterable[QuickKey]) -> tuple[QuickKey, ...]:
    """The keys in position order, or ValidationError naming the first problem."""
    seen: dict[int, QuickKey] = {}
    for key in keys:
        if not 1 <= key.position <= SLOTS:
            raise ValidationError(message("quick key position {position}: use 1 to {SLOTS}"),
                                  position=key.position, SLOTS=SLOTS)
        if key.position in seen:
            raise ValidationError(message("quick key position {position} is given twice"),
                                  position=key.position)
        sku = key.sku.strip()
        if not sku or len(sku) > 64:
            raise ValidationError(message("quick key {position}: a SKU of 1 to 64 characters"),
                                  position=key.position)
        label = " ".join(key.label.split())
        if len(label) > LABEL_MAX:
            raise ValidationError(
                message("quick key {position}: the label is longer than {LABEL_MAX} characters"),
                position=key.position, LABEL_MAX=LABEL_MAX)
        seen[key.position] = QuickKey(key.position, sku, label)
    return tuple(seen[p] for p in sorted(seen))
