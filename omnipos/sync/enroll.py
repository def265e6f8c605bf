"""Enrolling a till with a hub: register, keep the token in the keyring, first pull."""

from __future__ import annotations

import logging
import socket
import ssl
from dataclasses import dataclass

import httpx

from omnipos.db.counters import DEVICE_SEQ_COUNTER, current_value
from omnipos.db.engine import Database
from omnipos.db.settings import get_setting, set_settings
from omnipos.domain.errors import message
from omnipos.sync.client import HubClient
from omnipos.sync.errors import SyncError, SyncErrorKind
from omnipos.sync.pull import Progress, PullReport, pull_all
from omnipos.sync.state import AUTH_REQUIRED, clear_feed, set_state
from omnipos.sync.tls import CERT_PIN, HubLink, check_hub_url, format_fingerprint, parse_fingerprint
from omnipos.sync.tokens import TokenStore

log = logging.getLogger(__name__)


@dataclass
class Enrollment:
    device_id: str
    store_code: str
    till_code: str
    hub_url: str
    pull: PullReport


def enroll(
    db: Database,
    hub_url: str,
    code: str,
    tokens: TokenStore,
    *,
    device_name: str | None = None,
    transport: httpx.BaseTransport | None = None,
    progress: Progress | None = None,
    keep_device: bool | None = None,
    ca_file: str | None = None,
    allow_http: bool = False,
) -> Enrollment:
    """Register with ``code``; token to ``tokens`` only; store the identity; first pull.

    The keyring and the hub address are checked before the one-time code is
    spent, so a till without a usable keyring, or given a plain-http address
    on the network, stops with a clear message and the code still works. Over
    HTTPS the hub's certificate (checked against ``ca_file`` when given) is
    pinned for every later sync (``omnipos.sync.tls``).
    """
    hub_url = check_hub_url(hub_url, allow_http=allow_http)
    tokens.check()
    link = HubLink(hub_url, ca_file, None, allow_http)
    tls = link.context(pinned=False)  # records the certificate the hub shows
    with db.read() as s:
        old_device = get_setting(s, "device.id")
        old_hub = get_setting(s, "hub.url")
        # A new device at this hub: its events are numbered after those of the till's past.
        after_seq = current_value(s, DEVICE_SEQ_COUNTER)
    # Re-enrolling with the same hub keeps the device (its sequence, its till code).
    keep = (old_hub == hub_url) if keep_device is None else keep_device
    with HubClient(hub_url, transport=transport, tls=tls) as client:
        reg = client.register(code, device_name or socket.gethostname()[:80] or "till",
                              device_id=old_device if keep else None, after_seq=after_seq)
    pin = tls.seen if tls is not None else None
    device_id = str(reg.device_id)
    tokens.save(device_id, reg.token)
    with db.transaction() as s:
        if old_device != device_id:
            clear_feed(s)  # a cursor of another hub would get 410 anyway; levels would linger
        set_settings(s, {"device.id": device_id, **link.settings(pin),
                         "store.code": reg.store_code, "till.code": reg.till_code})
        set_state(s, AUTH_REQUIRED, False)
    log.info("enrolled as device %s, store %s till %s", device_id, reg.store_code, reg.till_code)
    if pin:
        log.info("hub certificate pinned: SHA-256 %s", format_fingerprint(pin))
    elif link.warning:
        log.warning("%s", link.warning)
    pinned = HubLink(hub_url, ca_file, pin, allow_http).context()
    with HubClient(hub_url, lambda: reg.token, transport=transport, tls=pinned) as client:
        from omnipos.sync.handshake import handshake

        handshake(db, client, device_id)
        report = pull_all(db, client, progress=progress)
    return Enrollment(device_id, reg.store_code, reg.till_code, hub_url, report)


def accept_certificate(db: Database, expected: str) -> str:
    """Pin the certificate the hub shows now, if it is the one an administrator confirmed.

    ``expected`` is the fingerprint the hub's administrator read out ('omnipos-hub
    serve' prints it); returns the new pin. Nothing else than a TLS handshake is sent.
    """
    wanted = parse_fingerprint(expected)
    with db.read() as s:
        link = HubLink.from_settings(s)
    try:
        seen = link.shown_certificate()
    except (OSError, ssl.SSLError) as exc:
        raise SyncError(SyncErrorKind.CERTIFICATE, message(
            "could not read the hub's certificate at {hub}: {reason}"), hub=link.url,
            reason=str(exc)) from exc
    if seen != wanted:
        raise SyncError(SyncErrorKind.CERTIFICATE, message(
            "the hub at {hub} shows certificate SHA-256 {seen}, not {wanted}: nothing changed. "
            "Check the fingerprint with the hub's administrator."), hub=link.url,
            seen=format_fingerprint(seen), wanted=format_fingerprint(wanted))

    with db.transaction() as s:
        set_settings(s, {CERT_PIN: seen})
    log.warning("hub certificate accepted: SHA-256 %s (was %s)", format_fingerprint(seen),
                format_fingerprint(link.pin) if link.pin else "none")
    return seen
