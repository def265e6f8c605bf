"""Email receipts end to end: a sale at a real till, the hub (uvicorn), its mail job, a real
SMTP server (aiosmtpd). The till asks while the hub is down; the push that carries the
request loses its answer and is sent again; the customer gets one mail."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from omnipos.domain.shifts import CashCount
from omnipos.hub.jobs import HubJobs
from omnipos.hub.notify.outbox import list_messages
from omnipos.hub.notify.smtp import SmtpConfig, SmtpSender
from omnipos.services.customers import CustomerService
from omnipos.services.selling import CheckoutService
from omnipos.services.shifts import ShiftService
from omnipos.sync.backoff import Backoff
from omnipos.sync.enroll import enroll
from omnipos.sync.errors import SyncError
from omnipos.sync.outbox import outbox_depth
from omnipos.sync.tokens import MemoryTokenStore
from omnipos.sync.worker import SyncWorker
from tests.support.faults import FaultPlan, FaultyTransport
from tests.support.smtp import local_smtp
from tests.support.sync import LiveHub, new_till_db

PUSH = "/v1/sync/push"


def test_a_sale_at_a_till_becomes_one_mail_across_a_retried_push(live_hub: LiveHub,
                                                                  tmp_path: Path) -> None:
    db = new_till_db(tmp_path, "till")
    tokens = MemoryTokenStore()
    enroll(db, live_hub.url, live_hub.code("S1"), tokens)
    faulty = FaultyTransport(httpx.HTTPTransport(), FaultPlan({}, only_paths=(PUSH,)))
    worker = SyncWorker(db, tokens, transport=faulty, backoff=Backoff(base=0.001, cap=0.01))
    worker.run_once()  # the catalog and the store's settings come down

    ada = CustomerService(db).create("Ada Lovelace", email="Ada@Example.com")
    svc = CheckoutService(db)
    ShiftService(db).open(CashCount(svc.store.currency), actor=None)
    cart = svc.new_cart()
    svc.add_sku(cart, "A", 2)
    svc.add_sku(cart, "C", 1)
    svc.set_customer(cart, ada.customer_id)
    payment = svc.start_payment(cart)
    payment.add_cash(2000)
    done = svc.complete_sale(cart, payment)
    assert done.customer_email == "ada@example.com"

    live_hub.stop()  # offline: the request waits in the outbox with the sale
    svc.email_receipt(done.sale_id, done.customer_email)
    with pytest.raises(SyncError):
        worker.run_once()
    assert outbox_depth(db) >= 3  # customer.created, sale.completed, receipt.email_requested

    live_hub.start()
    faulty.plan.rates = {"lost_response": 1.0}  # the hub applies the push; the answer is lost
    with pytest.raises(SyncError):
        worker.run_once()
    assert faulty.counts["lost_response"] == 1
    faulty.plan.rates = {}
    worker.run_once()  # the same events again: duplicates at the hub
    assert outbox_depth(db) == 0

    with local_smtp() as (server, url):
        jobs = HubJobs(live_hub.db, SmtpSender(SmtpConfig.from_url(url)))  # what serve runs
        jobs.run_once()
        assert server.received.wait(10)
        jobs.run_once()  # nothing more is due
        worker.run_once()
        jobs.run_once()
    assert len(server.messages) == 1
    mail = server.messages[0]
    assert mail["To"] == "ada@example.com"
    assert mail["Subject"] == f"Your receipt {done.receipt_no} from Main St"
    body = mail.get_content()
    lines = [line.strip() for line in body.splitlines()]
    assert "Customer: Ada Lovelace" in lines
    assert "Apple juice" in lines and f"{'2 x 1.99':<33} 3.98" in lines
    assert f"{'Cheese':<35} 4.75" in lines
    total = f"{done.total_minor // 100}.{done.total_minor % 100:02d}"
    assert f"{'TOTAL':<{39 - len(total) - 4}} {total} USD" in lines
    assert f"{'Cash':<34} 20.00" in lines
    sent = [m for m in list_messages(live_hub.db) if m["kind"] == "receipt"]
    assert [(m["recipient"], m["status"]) for m in sent] == [("ada@example.com", "sent")]
