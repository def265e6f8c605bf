"""The no-show policy on an injected clock, and customer notices sent by SMTP (aiosmtpd)."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from omnipos.hub.admin import stores
from omnipos.hub.jobs import HubJobs
from omnipos.hub.notify import outbox
from omnipos.hub.notify.pickup import qr_png
from omnipos.hub.notify.smtp import SmtpConfig, SmtpSender, send_due
from omnipos.hub.orders import noshow
from omnipos.hub.store.models import Fulfilment, OutboxMessage, Store
from tests.hub.orders.conftest import enroll_at
from tests.hub.orders.test_pickup_flow import handed_over, intent, pickups
from tests.support.orders import order_body, set_stock
from tests.support.smtp import local_smtp

LA = ZoneInfo("America/Los_Angeles")


def _policy(hub) -> None:  # type: ignore[no-untyped-def]
    stores.add_store(hub, "PDX", name="Portland Pearl", currency="USD", prices="exclusive",
                     taxes=["STD=0.08"], lat="45.5266", lon="-122.6815",
                     timezone="America/Los_Angeles", node=stores.NodeOptions(
                         opening_hours="mon-sun 09:00-18:00", first_reminder_hours=2,
                         second_reminder_hours=4, cancel_after_days=1))


def _ready_order(shop, hub, client, number: str):  # type: ignore[no-untyped-def]
    set_stock(hub, {("PDX", "TENT"): "3"})
    answer = shop.post(order_body(number, [("TENT", "1")], pickup="PDX")).json()
    till = enroll_at(client, hub, "PDX")
    rec = next(r for r in pickups(till).values() if r["order_number"] == number)
    assert till.push([intent(1, "pickup.ready", rec, 1)]).json()["results"][0]["status"] == (
        "applied")
    with hub.read() as s:
        ready_at = s.scalar(select(Fulfilment.ready_at).where(Fulfilment.id == rec["pickup_id"]))
    return answer, till, rec, ready_at


def _kinds(hub) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(m["kind"] for m in outbox.list_messages(hub))


def test_reminders_then_auto_cancel_in_opening_hours(shop, hub, client) -> None:
    _policy(hub)
    answer, till, rec, ready_at = _ready_order(shop, hub, client, "N-1")
    assert _kinds(hub) == ["pickup.ready"]
    opens = ready_at.astimezone(LA)
    # Ready at night counts from opening; by day from then. Either way, 2 open hours later:
    first = noshow._Clock.of(_store(hub), ready_at)
    assert noshow.tick(hub, first.first - timedelta(minutes=1)).as_dict() == {
        "reminded": 0, "expired": 0}
    assert noshow.tick(hub, first.first).reminded == 1
    assert noshow.tick(hub, first.first + timedelta(minutes=5)).reminded == 0  # once only
    assert noshow.tick(hub, first.second).reminded == 1
    assert _kinds(hub) == ["pickup.ready", "pickup.reminder", "pickup.reminder"]
    assert first.expires.astimezone(LA).hour == 18
    assert first.expires.astimezone(LA).date() == opens.date() + timedelta(days=1)
    assert noshow.tick(hub, first.expires - timedelta(seconds=1)).expired == 0
    assert noshow.tick(hub, first.expires).expired == 1
    rec = pickups(till)[rec["pickup_id"]]
    assert (rec["state"], rec["task"]) == ("expired", "put_back")
    order = shop.get(answer["order_id"]).json()
    assert order["state"] == "expired" and order["reservations"][0]["state"] == "released"
    assert "pickup.cancelled" in _kinds(hub)
    # A late handover after the expiry: recorded, flagged, stock lowered once.
    assert till.push([handed_over(2, rec, rec["version"])]).json()["results"][0]["status"] == (
        "applied")
    order = shop.get(answer["order_id"]).json()
    assert order["exception"] == "PDX: handed over after the order was expired"
    assert [r["state"] for r in order["reservations"]] == ["released"]


def _store(hub) -> Store:  # type: ignore[no-untyped-def]
    with hub.read() as s:
        return s.get(Store, "PDX")


def test_notices_go_out_by_smtp_with_the_code_as_text_and_qr(shop, hub, client) -> None:
    answer, _till, _rec, ready_at = _ready_order(shop, hub, client, "N-2")
    with local_smtp() as (server, url):
        jobs = HubJobs(hub, SmtpSender(SmtpConfig.from_url(url)), clock=lambda: ready_at)
        jobs.run_once()
        assert len(server.messages) == 1
        mail = server.messages[0]
        assert mail["To"] == "ada@example.com" and mail["From"] == "orders@omnipos.test"
        assert "ready for pickup" in mail["Subject"]
        body = mail.get_body(("plain",)).get_content()
        assert answer["pickup_code"] in body and "Portland Pearl" in body
        png = next(p for p in mail.iter_attachments())
        assert png.get_content_type() == "image/png"
        assert png.get_content() == qr_png(answer["pickup_code"])
        jobs.run_once()
        assert len(server.messages) == 1  # sent once
        sent = outbox.list_messages(hub, status="sent")
        assert len(sent) == 1
        # Resend on demand: a copy goes out.
        outbox.resend(hub, sent[0]["id"], ready_at)
        assert send_due(hub, SmtpSender(SmtpConfig.from_url(url)), ready_at) == 1
        assert len(server.messages) == 2 and server.messages[1]["Subject"] == mail["Subject"]


def test_a_mail_server_that_is_down_gets_retries_with_backoff(shop, hub, client) -> None:
    _answer, _till, _rec, ready_at = _ready_order(shop, hub, client, "N-3")
    with local_smtp() as (_server, url):
        pass  # stopped: nothing listens on its port now
    sender = SmtpSender(SmtpConfig.from_url(url))
    assert send_due(hub, sender, ready_at) == 0
    msg = outbox.list_messages(hub)[0]
    assert (msg["status"], msg["attempts"]) == ("pending", 1) and "127.0.0.1" in msg["last_error"]
    assert send_due(hub, sender, ready_at + timedelta(seconds=30)) == 0  # not due yet
    assert outbox.list_messages(hub)[0]["attempts"] == 1
    with local_smtp() as (server, url2):
        assert send_due(hub, SmtpSender(SmtpConfig.from_url(url2)),
                        ready_at + outbox.BACKOFF[0]) == 1
        assert len(server.messages) == 1
    with hub.read() as s:
        assert s.scalar(select(OutboxMessage.status)) == "sent"


def test_smtp_urls_are_read_and_the_password_never_shown() -> None:
    cfg = SmtpConfig.from_url("smtps://mailer:s3cr%40t@mail.example.com?from=shop@example.com")
    assert (cfg.host, cfg.port, cfg.tls, cfg.user, cfg.password, cfg.sender) == (
        "mail.example.com", 465, True, "mailer", "s3cr@t", "shop@example.com")
    assert "s3cr" not in cfg.describe()
