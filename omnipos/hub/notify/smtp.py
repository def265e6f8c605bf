"""Sending the outbox by SMTP: ``omnipos-hub serve --smtp URL`` or ``notify send``.

The URL: ``smtp://[user:password@]host[:port][?from=ADDRESS]`` (plain, or
STARTTLS when the server offers it and ``starttls=1``), ``smtps://...`` (TLS
from the start, port 465 by default). The password never reaches a log.
"""

from __future__ import annotations

import logging
import smtplib
import ssl
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from urllib.parse import parse_qs, unquote, urlsplit

from omnipos.domain.errors import ValidationError
from omnipos.hub.notify.outbox import Message, due, mark_failed, mark_sent
from omnipos.hub.store.db import HubDB

log = logging.getLogger(__name__)

__all__ = ["SmtpConfig", "SmtpSender", "send_due"]


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int
    tls: bool = False  # smtps: TLS from the first byte
    starttls: bool = False
    user: str = ""
    password: str = ""
    sender: str = "omnipos-hub@localhost"
    timeout: float = 30.0

    @classmethod
    def from_url(cls, url: str) -> SmtpConfig:
        parts = urlsplit(url)
        if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
            raise ValidationError("--smtp: write smtp://[user:password@]host[:port][?from=ADDR] "
                                  "or smtps://...")
        query = parse_qs(parts.query)
        tls = parts.scheme == "smtps"
        try:
            port = parts.port or (465 if tls else 25)
        except ValueError as exc:
            raise ValidationError(f"--smtp: {exc}") from exc
        return cls(parts.hostname, port, tls, query.get("starttls", ["0"])[0] in ("1", "true"),
                   unquote(parts.username or ""), unquote(parts.password or ""),
                   query.get("from", [cls.sender])[0])

    def describe(self) -> str:
        """Where mail goes, for logs: no password."""
        who = f"{self.user}@" if self.user else ""
        return f"{'smtps' if self.tls else 'smtp'}://{who}{self.host}:{self.port}"


def to_email(message: Message, sender: str) -> EmailMessage:
    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"] = sender, message.recipient, message.subject
    mail.set_content(message.body)
    for a in message.attachments:
        maintype, _, subtype = a.content_type.partition("/")
        mail.add_attachment(a.data, maintype=maintype, subtype=subtype or "octet-stream",
                            filename=a.filename)
    return mail


class SmtpSender:
    def __init__(self, config: SmtpConfig) -> None:
        self.config = config

    def send(self, messages: list[tuple[str, Message]], db: HubDB, now: datetime) -> int:
        """Send over one connection; each message marked sent or failed. Returns how many sent."""
        cfg = self.config
        sent = 0
        done: set[str] = set()
        try:
            smtp: smtplib.SMTP
            if cfg.tls:
                smtp = smtplib.SMTP_SSL(cfg.host, cfg.port, timeout=cfg.timeout,
                                        context=ssl.create_default_context())
            else:
                smtp = smtplib.SMTP(cfg.host, cfg.port, timeout=cfg.timeout)
            with smtp:
                if cfg.starttls:
                    smtp.starttls(context=ssl.create_default_context())
                if cfg.user:
                    smtp.login(cfg.user, cfg.password)
                for mid, message in messages:
                    try:
                        smtp.send_message(to_email(message, cfg.sender))
                    except (smtplib.SMTPRecipientsRefused, smtplib.SMTPDataError,
                            smtplib.SMTPSenderRefused) as exc:
                        mark_failed(db, mid, str(exc), now)
                    else:
                        mark_sent(db, mid, now)
                        sent += 1
                    done.add(mid)
        except (OSError, smtplib.SMTPException) as exc:
            log.warning("mail server %s: %s", cfg.describe(), exc)
            for mid, _ in messages:
                if mid not in done:
                    mark_failed(db, mid, f"{cfg.describe()}: {exc}", now)
        return sent


def send_due(db: HubDB, sender: SmtpSender, now: datetime | None = None, limit: int = 50) -> int:
    """Send what is due now; returns how many went out."""
    now = now or datetime.now(UTC)
    batch = due(db, now, limit)
    return sender.send(batch, db, now) if batch else 0
