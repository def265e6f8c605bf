"""Return policies at the hub: the chain's, and a store's own where it has one.

The policy itself is ``omnipos.domain.returns.ReturnPolicy``; the hub keeps
it as JSON and puts it on the feed as ``return_policy`` records: the chain's
(key ``*``) on every store's feed, a store's own on that store's. A till uses
its store's record when there is one, else the chain's, else the defaults,
which is exactly what ``policy_for`` does at the hub.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from omnipos.domain.errors import NotFoundError, ValidationError
from omnipos.domain.returns import ReturnPolicy
from omnipos.hub.feed import PendingChange, append_changes
from omnipos.hub.store.db import HubDB
from omnipos.hub.store.models import ReturnPolicyRecord, Store
from omnipos.sync.events.returns import POLICY_KIND

__all__ = ["CHAIN", "policy_for", "read_policy_file", "set_policy", "show_policy"]

#: The scope of the chain's policy.
CHAIN = "*"


def policy_for(session: Session, store_code: str) -> ReturnPolicy:
    """The policy in force at ``store_code``."""
    for scope in (store_code, CHAIN):
        row = session.get(ReturnPolicyRecord, scope)
        if row is not None:
            return ReturnPolicy.from_dict(row.policy)
    return ReturnPolicy()


def read_policy_file(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError(f"{path.name}: not a JSON file ({exc})") from exc
    if not isinstance(data, dict):
        raise ValidationError(f"{path.name}: a policy is a JSON object")
    return data


def set_policy(db: HubDB, data: dict[str, Any], store_code: str | None = None) -> dict[str, Any]:
    """Set the chain's policy (``store_code`` None) or one store's; returns it as stored."""
    policy = ReturnPolicy.from_dict(data).to_dict()  # refuses what is not a policy
    scope = store_code or CHAIN
    with db.transaction() as s:
        if store_code is not None and s.get(Store, store_code) is None:
            raise NotFoundError(f"no store {store_code!r}")
        row = s.get(ReturnPolicyRecord, scope)
        if row is None:
            row = ReturnPolicyRecord(scope=scope, policy=policy, updated_at=datetime.now(UTC))
            s.add(row)
        row.policy, row.updated_at = policy, datetime.now(UTC)
        s.flush()
        append_changes(s, [PendingChange(POLICY_KIND, scope, store_code,
                                         {"store_code": scope, "policy": policy})])
    return {"scope": scope, "policy": policy}


def show_policy(db: HubDB, store_code: str | None = None) -> dict[str, Any]:
    """The policy in force at ``store_code`` (the chain's when None)."""
    with db.read() as s:
        if store_code is None:
            row = s.get(ReturnPolicyRecord, CHAIN)
            policy = ReturnPolicy.from_dict(row.policy) if row else ReturnPolicy()
        else:
            policy = policy_for(s, store_code)
    return {"scope": store_code or CHAIN, "policy": policy.to_dict()}
