"""ASGI entry point for multi-worker uvicorn: ``omnipos.hub.api.asgi:app``.

Each worker opens the database named by OMNIPOS_HUB_DB.
"""

from __future__ import annotations

from omnipos.hub.api.app import create_asgi
from omnipos.hub.store.db import default_url, open_hub_db

app = create_asgi(open_hub_db(default_url()))
