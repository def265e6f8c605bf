"""``omnipos-hub serve``: the sync API under uvicorn, in one process or several, HTTPS with
``--certfile``/``--keyfile`` (or plain HTTP behind a TLS reverse proxy on the same machine)."""

from __future__ import annotations

import argparse
import hashlib
import logging
import os
import ssl
import sys
from pathlib import Path

from omnipos.domain.errors import ValidationError
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
    serve.add_argument("--certfile", default=None, metavar="CERT.pem",
                       help="serve HTTPS with this certificate (chain) in PEM")
    serve.add_argument("--keyfile", default=None, metavar="KEY.pem",
                       help="the private key of --certfile")
    serve.set_defaults(func=run_serve)


def run_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from omnipos.hub.api.app import create_asgi

    url = db_url(args)
    sender = SmtpSender(SmtpConfig.from_url(args.smtp)) if args.smtp else None
    tls = _tls(args)
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
                        log_level="info", timeout_keep_alive=KEEP_ALIVE_S, **tls)
        else:
            uvicorn.run(create_asgi(db), host=args.host, port=args.port,
                        log_level="info", timeout_keep_alive=KEEP_ALIVE_S, **tls)
    finally:
        jobs.stop()
    return 0


def _tls(args: argparse.Namespace) -> dict[str, str]:
    """uvicorn's TLS options; says the certificate's fingerprint, which tills pin."""
    if bool(args.certfile) != bool(args.keyfile):
        raise ValidationError("--certfile and --keyfile go together")
    if not args.certfile:
        if args.host not in ("127.0.0.1", "::1", "localhost"):
            sys.stderr.write(
                "omnipos-hub: serving plain HTTP on the network: tills refuse it unless told "
                "--allow-http. Give --certfile/--keyfile, or put a TLS reverse proxy in front "
                "(README).\n")
        return {}
    try:
        pem = Path(args.certfile).read_text(encoding="ascii")
        der = ssl.PEM_cert_to_DER_cert(pem[:pem.index("-----END CERTIFICATE-----") + 25])
    except (OSError, ValueError) as exc:
        raise ValidationError(f"--certfile {args.certfile}: not a PEM certificate ({exc})"
                              ) from exc
    fingerprint = _pretty(hashlib.sha256(der).hexdigest())
    sys.stderr.write(f"omnipos-hub: serving HTTPS; certificate SHA-256 {fingerprint} "
                     "(tills pin it when they enroll)\n")
    return {"ssl_certfile": args.certfile, "ssl_keyfile": args.keyfile}


def _pretty(hexdigest: str) -> str:
    return ":".join(hexdigest[i:i + 2] for i in range(0, len(hexdigest), 2)).upper()
