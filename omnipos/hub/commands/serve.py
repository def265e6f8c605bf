"""``omnipos-hub serve``: the sync API under uvicorn, in one process or several."""

from __future__ import annotations

import argparse
import logging
import os

from omnipos.hub.commands import Subparsers, add_db, db_url
from omnipos.hub.jobs import HubJobs
from omnipos.hub.notify.smtp import SmtpConfig, SmtpSender
from omnipos.hub.store.db import ENV_DB, open_hub_db

log = logging.getLogger(__name__)

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
    serve.add_argument("--smtp", metavar="URL",
                       help="send customer notifications through this mail server: "
                            "smtp://[user:password@]host[:port][?from=ADDRESS] or smtps://...")
    serve.add_argument("--jobs-every", type=float, default=60.0, metavar="SECONDS",
                       help="how often the no-show job and the mail run (default 60)")
    serve.set_defaults(func=run_serve)


def run_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from omnipos.hub.api.app import create_asgi

    url = db_url(args)
    sender = SmtpSender(SmtpConfig.from_url(args.smtp)) if args.smtp else None
    db = open_hub_db(url)
    # The jobs run once in this process, however many workers serve requests.
    jobs = HubJobs(db, sender, every=args.jobs_every)
    jobs.start()
    if sender is not None:
        log.info("notifications go out through %s", sender.config.describe())
    try:
        if args.workers > 1:
            # Each worker opens the database itself, from the environment.
            os.environ[ENV_DB] = url
            uvicorn.run(ASGI_APP, host=args.host, port=args.port, workers=args.workers,
                        log_level="info", timeout_keep_alive=KEEP_ALIVE_S)
        else:
            uvicorn.run(create_asgi(db), host=args.host, port=args.port,
                        log_level="info", timeout_keep_alive=KEEP_ALIVE_S)
    finally:
        jobs.stop()
    return 0
