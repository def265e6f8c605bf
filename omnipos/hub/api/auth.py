"""Who is calling: an enrolled till, by its bearer token."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Header, HTTPException, Request

from omnipos.hub.admin import enrollment
from omnipos.hub.admin.enrollment import TillIdentity
from omnipos.hub.store.db import HubDB

__all__ = ["Till", "bearer"]


def bearer(
    request: Request, authorization: Annotated[str | None, Header()] = None
) -> TillIdentity:
    """The enrolled till behind ``Authorization: Bearer <token>``, or 401."""
    if not authorization or not authorization.startswith("Bearer "):
        raise HTTPException(401, "missing bearer token", headers={"WWW-Authenticate": "Bearer"})
    db: HubDB = request.app.state.db
    till = enrollment.authenticate(db, authorization.removeprefix("Bearer ").strip())
    if till is None:
        raise HTTPException(401, "unknown or revoked token", headers={"WWW-Authenticate": "Bearer"})
    return till


Till = Annotated[TillIdentity, Depends(bearer)]
