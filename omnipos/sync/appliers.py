"""Applying pulled feed changes: one applier per kind (store, store directory, product, stock,
staff, customer, pickup_order, return_policy, rma, stock_elsewhere, count_session, delivery).

``apply_page`` looks each change's kind up in ``APPLIERS``; a kind this till
does not know is skipped (a newer hub may send more), and a change that does
not read is skipped with a warning, so one bad record never stops a page.
Appliers write through the db repositories, in the page's transaction.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy.orm import Session

from omnipos.db.catalog import ProductRow, upsert_products, upsert_tax_classes
from omnipos.db.counts import store_session
from omnipos.db.customers import apply_customer_change
from omnipos.db.deliveries import store_delivery
from omnipos.db.pickups import RecordRow, store_record
from omnipos.db.quick_keys import replace_layout
from omnipos.db.returns import apply_policy_change, apply_rma_change
from omnipos.db.settings import get_setting, set_settings
from omnipos.db.staff import STAFF_KIND, apply_staff_change
from omnipos.db.stock import set_elsewhere, set_hub_level
from omnipos.db.stores import DirectoryStore, upsert_store
from omnipos.domain.errors import UserFacingError
from omnipos.domain.quick_keys import QuickKey, check_layout
from omnipos.domain.returns import ReturnPolicy
from omnipos.domain.stock import StockBucket
from omnipos.sync.events.counts import COUNT_KIND, CountSessionData
from omnipos.sync.events.customers import CUSTOMER_KIND, CustomerData
from omnipos.sync.events.pickup import FEED_KIND as PICKUP_KIND
from omnipos.sync.events.pickup import PickupOrderData
from omnipos.sync.events.quick_keys import QUICK_KEYS_KIND, QuickKeysData
from omnipos.sync.events.returns import POLICY_KIND, RMA_KIND, ReturnPolicyData, RmaData
from omnipos.sync.events.stock import DELIVERY_KIND, ELSEWHERE_KIND, DeliveryData, ElsewhereData
from omnipos.sync.events.types import EventType
from omnipos.sync.outbox import unacknowledged_payloads
from omnipos.sync.wire import (
    STORE_DIRECTORY_KIND,
    STORE_KIND,
    Change,
    ProductData,
    StockData,
    StoreData,
    StoreDirectoryData,
)

__all__ = ["APPLIERS", "FeedPage", "apply_page"]

log = logging.getLogger(__name__)


@dataclass
class FeedPage:
    """One page being applied: its transaction, the store it is for, products to upsert."""

    session: Session
    store_code: str | None
    currency: str | None
    now: datetime
    #: Products are upserted together at the end of the page (one bulk write).
    products: list[ProductRow] = field(default_factory=list)


Applier = Callable[[FeedPage, dict[str, Any]], None]


def apply_store(page: FeedPage, data: dict[str, Any]) -> None:
    store = StoreData.model_validate(data)
    if store.code != page.store_code and page.store_code is not None:
        return  # another store's full record (an older hub): the directory has what look-ups need
    set_settings(page.session, {
        "store.code": store.code,
        "store.name": store.name,
        "store.currency": store.currency,
        "store.prices": store.prices,
        "store.rounding": store.rounding,
        "store.cash_step_minor": store.cash_step_minor,
        "store.lat": store.lat,  # how far the other stores are (the stock look-up)
        "store.lon": store.lon,
    })
    upsert_tax_classes(page.session, store.tax_rates)
    page.store_code, page.currency = store.code, store.currency


def apply_store_directory(page: FeedPage, data: dict[str, Any]) -> None:
    # What look-ups need of every store of the chain; a store's taxes never come this way.
    d = StoreDirectoryData.model_validate(data)
    upsert_store(page.session, DirectoryStore(d.code, d.name, d.address, d.lat, d.lon,
                                              d.opening_hours, d.timezone), page.now)


def apply_product(page: FeedPage, data: dict[str, Any]) -> None:
    p = ProductData.model_validate(data)
    if page.currency is not None and p.currency != page.currency:
        log.warning("product %s priced in %s, store uses %s: skipped",
                    p.sku, p.currency, page.currency)
        return
    page.products.append(ProductRow(
        sku=p.sku, name=p.name, price_minor=p.price_minor, tax_class=p.tax_class,
        gtins=tuple(p.gtins), brand=p.brand, category=p.category,
        sold_by=p.sold_by, active=p.active,
    ))


def apply_stock(page: FeedPage, data: dict[str, Any]) -> None:
    st = StockData.model_validate(data)
    if st.store != page.store_code:
        return
    try:
        bucket = StockBucket(st.bucket)
    except ValueError:
        log.warning("stock change for %s in unknown bucket %r: skipped", st.sku, st.bucket)
        return
    set_hub_level(page.session, st.sku, st.level, st.as_of, bucket, st.counted_at)


def apply_elsewhere(page: FeedPage, data: dict[str, Any]) -> None:
    other = ElsewhereData.model_validate(data)
    if other.store != page.store_code:  # this store's own level comes as ``stock``
        set_elsewhere(page.session, other.store, other.sku, other.available, other.as_of)


def apply_count_session(page: FeedPage, data: dict[str, Any]) -> None:
    count = CountSessionData.model_validate(data)
    if page.store_code is None or count.store_code == page.store_code:
        store_session(page.session, count.model_dump(), origin="hub", now=page.now)


def apply_delivery(page: FeedPage, data: dict[str, Any]) -> None:
    delivery = DeliveryData.model_validate(data)
    if page.store_code is None or delivery.store_code == page.store_code:
        store_delivery(page.session, delivery.model_dump(mode="json"), page.now)


def apply_staff(page: FeedPage, data: dict[str, Any]) -> None:
    # Staff sign in offline with the hub's salted PIN hashes; the PIN never travels.
    apply_staff_change(page.session, data, page.now)


def apply_customer(page: FeedPage, data: dict[str, Any]) -> None:
    # Only name, contact details and the credit balance travel (CustomerData).
    apply_customer_change(page.session, CustomerData.model_validate(data).model_dump(mode="json"),
                          page.now)


def apply_pickup_order(page: FeedPage, data: dict[str, Any]) -> None:
    order = PickupOrderData.model_validate(data)
    if page.store_code is not None and order.store_code != page.store_code:
        return  # routed to another store
    store_record(page.session, RecordRow(
        pickup_id=str(order.pickup_id), order_number=order.order_number, kind=order.kind.value,
        state=order.state.value, version=order.version, customer_name=order.customer.name,
        pickup_code=order.pickup_code, promised_by=order.promised_by,
        placed_at=order.placed_at, changed_at=order.changed_at, task=order.task or "",
        due_minor=order.due_minor, currency=order.currency,
        record=order.model_dump(mode="json"),
    ), page.now)


def apply_return_policy(page: FeedPage, data: dict[str, Any]) -> None:
    record = ReturnPolicyData.model_validate(data)
    if record.store_code not in ("*", page.store_code) and page.store_code is not None:
        return  # another store's own policy
    try:  # the till applies it offline exactly as the hub does: it must read
        policy = ReturnPolicy.from_dict(record.policy).to_dict()
    except UserFacingError as exc:
        log.warning("return policy for %s skipped: %s", record.store_code, exc)
        return
    apply_policy_change(page.session, record.store_code, policy, page.now)


def apply_rma(page: FeedPage, data: dict[str, Any]) -> None:
    rma = RmaData.model_validate(data)
    if page.store_code is not None and rma.store_code != page.store_code:
        return  # a parcel addressed to another store
    apply_rma_change(page.session, rma.model_dump(mode="json"), page.now)


def apply_quick_keys(page: FeedPage, data: dict[str, Any]) -> None:
    """The hub's layout wins, except over an edit made here that the hub has not counted."""
    layout = QuickKeysData.model_validate(data)
    if page.store_code is not None and layout.store_code != page.store_code:
        return  # another store's layout
    if unacknowledged_payloads(page.session, EventType.QUICK_KEYS_CHANGED):
        log.info("quick keys from the hub kept aside: this till's edit is not at the hub yet")
        return
    replace_layout(page.session, check_layout(
        QuickKey(k.position, k.sku, k.label) for k in layout.keys))


APPLIERS: Mapping[str, Applier] = {
    STORE_KIND: apply_store,
    STORE_DIRECTORY_KIND: apply_store_directory,
    "product": apply_product,
    "stock": apply_stock,
    STAFF_KIND: apply_staff,
    CUSTOMER_KIND: apply_customer,
    PICKUP_KIND: apply_pickup_order,
    POLICY_KIND: apply_return_policy,
    RMA_KIND: apply_rma,
    ELSEWHERE_KIND: apply_elsewhere,
    COUNT_KIND: apply_count_session,
    DELIVERY_KIND: apply_delivery,
    QUICK_KEYS_KIND: apply_quick_keys,
}


def apply_page(session: Session, changes: Sequence[Change]) -> int:
    """Apply one page of changes in the caller's transaction; returns products upserted."""
    page = FeedPage(
        session,
        get_setting(session, "store.code"),
        get_setting(session, "store.currency"),
        datetime.now(UTC),
    )
    for change in changes:
        applier = APPLIERS.get(change.kind)
        if applier is None:
            continue
        try:
            applier(page, change.data)
        except ValidationError as exc:
            log.warning("feed change %s %s skipped: %s", change.kind, change.key, exc)
    if page.products:
        upsert_products(session, page.products)
    return len(page.products)
