"""Tokens never cross the network in clear (issue 15, point 12).

A hub serving HTTPS with a throw-away CA from ``trustme``, on loopback: the
till enrolls with the private CA (``--ca-file``), pins the hub's leaf
certificate, refuses to sync when it changes (before sending its token) and
says how to accept the new one. A plain-http address on the network is
refused unless ``--allow-http``, which the till then warns about.
"""

from __future__ import annotations

import hashlib
import socket
import ssl
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from omnipos.cli import main
from omnipos.db.engine import Database, database_path, open_database
from omnipos.db.settings import get_setting
from omnipos.domain.errors import ValidationError
from omnipos.hub.admin import enrollment
from omnipos.hub.api.app import create_asgi
from omnipos.hub.server import serve_in_thread
from omnipos.hub.store.models import EnrolledTill
from omnipos.sync.anchor import hub_journal_head
from omnipos.sync.enroll import enroll
from omnipos.sync.errors import SyncError, SyncErrorKind
from omnipos.sync.status import sync_status
from omnipos.sync.tls import format_fingerprint
from omnipos.sync.tokens import KeyringTokenStore, MemoryTokenStore
from omnipos.sync.worker import SyncWorker
from tests.reliability.hubproc import wait_until
from tests.support.sync import LiveHub, sell, start_live_hub

trustme = pytest.importorskip("trustme", reason="trustme is a test extra")


@dataclass
class Certs:
    ca_file: Path
    cert: Path
    key: Path

    @property
    def sha256(self) -> str:
        der = ssl.PEM_cert_to_DER_cert(self.cert.read_text().split("-----END CERTIFICATE-----")[0]
                                       + "-----END CERTIFICATE-----\n")
        return hashlib.sha256(der).hexdigest()


def _issue(ca, folder: Path, name: str) -> Certs:  # type: ignore[no-untyped-def]
    folder.mkdir(parents=True, exist_ok=True)
    leaf = ca.issue_cert("localhost", "127.0.0.1")
    certs = Certs(folder / "ca.pem", folder / f"{name}-cert.pem", folder / f"{name}-key.pem")
    ca.cert_pem.write_to_path(str(certs.ca_file))
    leaf.cert_chain_pems[0].write_to_path(str(certs.cert))
    leaf.private_key_pem.write_to_path(str(certs.key))
    return certs


@pytest.fixture
def ca():  # type: ignore[no-untyped-def]
    return trustme.CA()


@pytest.fixture
def tls_hub(tmp_path: Path, ca) -> Iterator[tuple[LiveHub, Certs]]:  # type: ignore[no-untyped-def]
    certs = _issue(ca, tmp_path / "tls", "first")
    hub = start_live_hub(f"sqlite:///{tmp_path / 'hub.sqlite3'}")
    hub.stop()  # again, on HTTPS
    hub.running = serve_in_thread(hub.db, certfile=str(certs.cert), keyfile=str(certs.key))
    hub.url = hub.running.url.replace("127.0.0.1", "localhost")
    try:
        yield hub, certs
    finally:
        hub.stop()
        hub.db.close()


def _till(tmp_path: Path) -> Database:
    return open_database(database_path(tmp_path / "till"))


def test_enrolling_over_https_with_a_private_ca_pins_the_hub(tls_hub, tmp_path, memory_keyring):
    hub, certs = tls_hub
    assert hub.url.startswith("https://")
    db = _till(tmp_path)
    result = enroll(db, hub.url, hub.code("S1"), KeyringTokenStore(), ca_file=str(certs.ca_file))
    assert result.pull.products == 3
    with db.read() as s:
        assert get_setting(s, "hub.cert_sha256") == certs.sha256
        assert get_setting(s, "hub.ca_file") == str(certs.ca_file)
    sell(db, [("A", 1)])
    report = SyncWorker(db, KeyringTokenStore()).run_once()
    assert report.push.applied == 1
    head = hub_journal_head(db, KeyringTokenStore())  # journal verify asks over the pinned TLS
    assert head is not None and head.note == "" and head.seq >= 1
    assert sync_status(db)["hub_tls"] == {"https": True, "pinned": format_fingerprint(certs.sha256),
                                         "warning": None}
    db.close()


def test_an_untrusted_certificate_stops_enrollment_and_keeps_the_code(tls_hub, tmp_path):
    hub, certs = tls_hub
    db = _till(tmp_path)
    code = hub.code("S1")
    with pytest.raises(SyncError, match="not trusted.*--ca-file") as caught:
        enroll(db, hub.url, code, MemoryTokenStore())
    assert caught.value.kind is SyncErrorKind.CERTIFICATE
    enroll(db, hub.url, code, MemoryTokenStore(), ca_file=str(certs.ca_file))  # the code works
    db.close()


def test_a_changed_certificate_stops_sync_before_the_token_is_sent(tls_hub, tmp_path, ca,
                                                                  memory_keyring, capsys):
    hub, certs = tls_hub
    db = _till(tmp_path)
    enroll(db, hub.url, hub.code("S1"), KeyringTokenStore(), ca_file=str(certs.ca_file))
    with hub.db.read() as s:
        seen_before = s.scalars(select(EnrolledTill.last_seen_at)).one()
    other = _issue(ca, tmp_path / "tls", "renewed")  # the same CA: still trusted, not pinned
    port = hub.running.port
    hub.stop()
    hub.running = serve_in_thread(hub.db, port=port, certfile=str(other.cert),
                                  keyfile=str(other.key))
    with pytest.raises(SyncError) as caught:
        SyncWorker(db, KeyringTokenStore()).run_once()
    error = caught.value
    assert error.kind is SyncErrorKind.CERTIFICATE and not error.retryable
    assert "certificate changed" in str(error)
    assert format_fingerprint(certs.sha256) in str(error)
    assert f"--accept-certificate {format_fingerprint(other.sha256)}" in str(error)
    with hub.db.read() as s:
        assert s.scalars(select(EnrolledTill.last_seen_at)).one() == seen_before  # no hello
    status = sync_status(db)
    assert status["last_error"]["kind"] == "certificate" and status["online"] is False
    db.close()
    data = str(tmp_path / "till")
    assert main(["sync", "--once", "--data-dir", data,
                 "--accept-certificate", format_fingerprint(certs.sha256)]) == 1
    assert "nothing changed" in capsys.readouterr().err
    assert main(["sync", "--once", "--data-dir", data,
                 "--accept-certificate", other.sha256.upper()]) == 0
    db = _till(tmp_path)
    with db.read() as s:
        assert get_setting(s, "hub.cert_sha256") == other.sha256
    assert sync_status(db)["last_error"] is None
    db.close()


def test_plain_http_on_the_network_is_refused_unless_allowed(tmp_path, hub_for_http):
    db = _till(tmp_path)
    code = hub_for_http.code()
    with pytest.raises(ValidationError, match="plain HTTP.*unencrypted.*--allow-http"):
        enroll(db, "http://hub.store.example:8700", code, MemoryTokenStore(),
               transport=hub_for_http.transport)
    tokens = MemoryTokenStore()
    enroll(db, "http://hub.store.example:8700", code, tokens, transport=hub_for_http.transport,
           allow_http=True)
    warning = sync_status(db)["hub_tls"]["warning"]
    assert "plain HTTP" in warning and "unencrypted" in warning
    SyncWorker(db, tokens, transport=hub_for_http.transport).run_once()
    db.close()


def test_loopback_http_needs_no_flag(live_hub, tmp_path):
    db = _till(tmp_path)
    enroll(db, live_hub.url, live_hub.code("S1"), MemoryTokenStore())
    assert sync_status(db)["hub_tls"] == {"https": False, "pinned": None, "warning": None}
    db.close()


@dataclass
class InProcessHub:
    db: object
    transport: httpx.BaseTransport

    def code(self) -> str:
        return enrollment.make_enrollment_code(self.db, "S1")  # type: ignore[arg-type]


@pytest.fixture
def hub_for_http(tmp_path: Path) -> Iterator[InProcessHub]:
    """A hub reached under a network name, through the ASGI app in-process."""
    hub = start_live_hub(f"sqlite:///{tmp_path / 'net-hub.sqlite3'}")
    hub.stop()
    with TestClient(create_asgi(hub.db)) as client:
        yield InProcessHub(hub.db, client._transport)
    hub.db.close()


def test_omnipos_hub_serve_speaks_https_and_prints_its_fingerprint(tmp_path, ca):
    certs = _issue(ca, tmp_path / "tls", "serve")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "omnipos.hub.commands", "serve", "--db",
         f"sqlite:///{tmp_path / 'served.sqlite3'}", "--port", str(port),
         "--certfile", str(certs.cert), "--keyfile", str(certs.key)],
        stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stderr is not None
        line = proc.stderr.readline()
        assert format_fingerprint(certs.sha256) in line and "HTTPS" in line
        context = ssl.create_default_context(cafile=str(certs.ca_file))
        answers: list[httpx.Response] = []

        def answered() -> bool:
            try:
                answers.append(httpx.get(f"https://localhost:{port}/v1/sync/hello",
                                         verify=context))
            except httpx.ConnectError:
                assert proc.poll() is None, "omnipos-hub serve exited"
            return bool(answers)

        wait_until(answered, 60, "the hub to accept HTTPS connections")
        r = answers[0]
        assert r.status_code == 401  # HTTPS answered; no token, no entry
    finally:
        proc.terminate()
        proc.wait(30)
