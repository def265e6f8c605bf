"""Routing rules as the administrator sets them: a JSON file, kept in the database.

``omnipos-hub routing set rules.json`` replaces the rules (in order);
``omnipos-hub routing show`` prints them. With none set, the hub uses
``domain.routing.DEFAULT_RULES``. The file::

    {"rules": [
      {"name": "nearest warehouse, whole order", "kinds": ["warehouse"],
       "max_distance_km": 3000, "sort": "cost", "split": false},
      {"name": "any node, split", "safety_stock": "2", "sort": "cost", "split": true}
    ]}

Fields of a rule: ``name``; filters ``kinds`` (store, warehouse; empty: any),
``max_distance_km``, ``require_capacity`` (default true: only nodes with
capacity left today), ``safety_stock`` (kept back at every node); ``sort``
(cost = handling + distance x rate, nearest, most_stock); ``split``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from omnipos.domain.errors import ValidationError
from omnipos.domain.routing import DEFAULT_RULES, NodeKind, Rule
from omnipos.hub.store.db import HubDB
from omnipos.hub.store.models import RoutingRule

_SPECS = select(RoutingRule.__table__.c.spec).order_by(RoutingRule.__table__.c.position)


def load_rules(session: Session) -> tuple[Rule, ...]:
    # The specs alone through Core columns, not ORM objects: this runs for every order routed.
    specs = session.execute(_SPECS).scalars().all()
    return tuple(Rule.from_dict(spec) for spec in specs) or DEFAULT_RULES


def parse_rules(data: Any) -> list[Rule]:
    items = data.get("rules") if isinstance(data, dict) else data
    if not isinstance(items, list) or not items:
        raise ValidationError('routing rules: write {"rules": [{"name": ..., ...}, ...]}')
    rules = [Rule.from_dict(item if isinstance(item, dict) else {}) for item in items]
    names = [r.name for r in rules]
    if len(set(names)) != len(names):
        raise ValidationError("routing rules: two rules share a name")
    return rules


def set_rules(db: HubDB, path: Path) -> list[dict[str, Any]]:
    """Replace the rules with the file's; nothing changes when one rule is wrong."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError(f"{path.name}: not a JSON file ({exc})") from exc
    rules = parse_rules(data)
    with db.transaction() as s:
        s.execute(delete(RoutingRule))
        for i, rule in enumerate(rules, start=1):
            s.add(RoutingRule(position=i, name=rule.name, spec=rule.to_dict()))
    return [r.to_dict() for r in rules]


def show_rules(db: HubDB) -> list[dict[str, Any]]:
    with db.read() as s:
        return [r.to_dict() for r in load_rules(s)]


def safety_at(rules: tuple[Rule, ...], kind: NodeKind) -> int:
    """The safety stock a node of ``kind`` keeps: that of the first rule admitting its kind."""
    return next((r.safety_stock_milli for r in rules if not r.kinds or kind in r.kinds), 0)
