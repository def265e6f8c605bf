"""``omnipos-hub serve --smtp URL``: the serving hub sends the outbox through the mail server."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from omnipos.hub.notify.outbox import Attachment, Message, enqueue
from omnipos.hub.store.db import open_hub_db
from tests.support.smtp import local_smtp

ROOT = Path(__file__).resolve().parents[3]


def test_serve_with_smtp_sends_what_is_waiting(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    hub = open_hub_db(url)
    with hub.transaction() as s:
        enqueue(s, Message("receipt", "ada@example.com", "Your receipt", "Thank you.",
                           (Attachment("receipt.txt", "text/plain", b"1 x Tent"),)),
                datetime.now(UTC))
    hub.close()
    with local_smtp() as (server, smtp_url):
        proc = subprocess.Popen(
            [sys.executable, "-m", "omnipos.hub.commands", "serve", "--port", "0", "--db", url,
             "--smtp", smtp_url, "--jobs-every", "0.2"],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            assert server.received.wait(60), "the hub sent nothing"
        finally:
            proc.terminate()
            proc.wait(30)
    mail = server.messages[0]
    assert (mail["To"], mail["Subject"]) == ("ada@example.com", "Your receipt")
    assert next(mail.iter_attachments()).get_content() == "1 x Tent"
