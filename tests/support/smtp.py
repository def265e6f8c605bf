"""A local SMTP server for tests (aiosmtpd), keeping every message it is handed."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller

__all__ = ["LocalSmtp", "local_smtp"]


class LocalSmtp:
    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.received = threading.Event()  # set at each message: wait on it, never sleep

    async def handle_DATA(self, _server: Any, _session: Any, envelope: Any) -> str:
        self.messages.append(message_from_bytes(envelope.content, policy=policy.default))  # type: ignore[arg-type]
        self.received.set()
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def local_smtp() -> Iterator[tuple[LocalSmtp, str]]:
    """A running server and its URL for ``--smtp``."""
    handler = LocalSmtp()
    port = _free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield handler, f"smtp://127.0.0.1:{port}?from=orders@omnipos.test"
    finally:
        controller.stop()
