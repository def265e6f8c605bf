"""``omnipos-hub serve``: the sync API under uvicorn, in one process or several."""

from __future__ import annotations

import argparse
import os

from omnipos.hub.commands import Subparsers, add_db, db_url
from omnipos.hub.store.db import ENV_DB, open_hub_db

# Tills sync every 30 s; keeping their connections open longer than that avoids a
# reset race when a till reuses a connection the server is just closing.
KEEP_ALIVE_S = 75
# What uvicorn imports in each worker process when there are several.
ASGI_APP = "omnipos.hub.api.asgi:app"


def register(subparsers: Subparsers) -> None:
    serve = subparsers.add_parser("serve", help="serve the sync API")
    add_db(serve)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8700)
    serve.add_argument("--workers", type=int, default=1)
    serve.set_defaults(func=run_serve)


def run_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from omnipos.hub.api.app import create_asgi

    url = db_url(args)
    if args.workers > 1:
        # Each worker opens the database itself, from the environment.
        os.environ[ENV_DB] = url
        uvicorn.run(ASGI_APP, host=args.host, port=args.port, workers=args.workers,
                    log_level="info", timeout_keep_alive=KEEP_ALIVE_S)
        return 0
    uvicorn.run(create_asgi(open_hub_db(url)), host=args.host, port=args.port,
                log_level="info", timeout_keep_alive=KEEP_ALIVE_S)
    return 0
