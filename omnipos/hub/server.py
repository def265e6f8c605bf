"""Run the hub's ASGI app with uvicorn in a background thread on a loopback port.

Used by the embedded demo hub, the end-to-end tests and the benches.
"""

from __future__ import annotations

import logging
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass

import uvicorn

from omnipos.hub.api.app import create_asgi
from omnipos.hub.store.db import HubDB

log = logging.getLogger(__name__)


@dataclass
class RunningHub:
    url: str
    port: int
    stop: Callable[[], None]


def serve_in_thread(db: HubDB, host: str = "127.0.0.1", port: int = 0,
                    timeout: float = 30.0, max_body_bytes: int | None = None,
                    certfile: str | None = None, keyfile: str | None = None) -> RunningHub:
    """Start uvicorn in a daemon thread; returns once it accepts connections (HTTPS when
    given a certificate and its key)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    bound = sock.getsockname()[1]
    app = create_asgi(db) if max_body_bytes is None else create_asgi(db, max_body_bytes)
    config = uvicorn.Config(app, log_level="warning", access_log=False,
                            timeout_keep_alive=30, lifespan="off",
                            ssl_certfile=certfile, ssl_keyfile=keyfile)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]},
                              name=f"hub-{bound}", daemon=True)
    thread.start()
    started = threading.Event()

    def _wait() -> None:
        while thread.is_alive() and not server.started:
            started.wait(0.01)

    _wait()
    if not server.started:
        raise RuntimeError("the hub did not start")

    def stop() -> None:
        server.should_exit = True
        thread.join(timeout)
        sock.close()

    url = f"{'https' if certfile else 'http'}://{host}:{bound}"
    log.info("hub serving on %s", url)
    return RunningHub(url=url, port=bound, stop=stop)
