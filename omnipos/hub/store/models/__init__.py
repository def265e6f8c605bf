"""The hub's tables (SQLAlchemy 2 typed models), one module per concept.

The package hands on every model, so importing it registers the whole schema
on ``HubBase.metadata`` (Alembic's environment needs nothing else).
"""

from omnipos.hub.store.models.base import HubBase
from omnipos.hub.store.models.catalog import Barcode, Product
from omnipos.hub.store.models.channels import Channel
from omnipos.hub.store.models.counts import (
    CountAreaRecord,
    CountLineRecord,
    CountResult,
    CountSessionRecord,
)
from omnipos.hub.store.models.customers import CreditEntry, Customer, ServiceException
from omnipos.hub.store.models.deliveries import DeliveryLineRecord, DeliveryRecord
from omnipos.hub.store.models.enrollment import EnrollAttempt, EnrolledTill, EnrollmentCode
from omnipos.hub.store.models.events import EventRecord, QuarantinedEvent
from omnipos.hub.store.models.feed import FeedChange, FeedState
from omnipos.hub.store.models.journal import JournalHeadRecord
from omnipos.hub.store.models.notify import OutboxAttachment, OutboxMessage
from omnipos.hub.store.models.orders import (
    Fulfilment,
    FulfilmentLine,
    Order,
    OrderHistory,
    OrderLine,
)
from omnipos.hub.store.models.quick_keys import QuickKeyLayout
from omnipos.hub.store.models.reservations import ReservationEntry
from omnipos.hub.store.models.returns import (
    RefundPayout,
    ReturnLineRecord,
    ReturnPolicyRecord,
    ReturnRecord,
    Rma,
    RmaLine,
)
from omnipos.hub.store.models.routing import Postcode, RoutingRule
from omnipos.hub.store.models.sales import SaleRecord
from omnipos.hub.store.models.shifts import ShiftReportRecord
from omnipos.hub.store.models.staff import HubStaff
from omnipos.hub.store.models.stock import StockBucketLevel, StockEntry, StockLevel
from omnipos.hub.store.models.stores import Store

__all__ = [
    "Barcode",
    "Channel",
    "CountAreaRecord",
    "CountLineRecord",
    "CountResult",
    "CountSessionRecord",
    "CreditEntry",
    "Customer",
    "DeliveryLineRecord",
    "DeliveryRecord",
    "EnrollAttempt",
    "EnrolledTill",
    "EnrollmentCode",
    "EventRecord",
    "FeedChange",
    "FeedState",
    "Fulfilment",
    "FulfilmentLine",
    "HubBase",
    "HubStaff",
    "JournalHeadRecord",
    "Order",
    "OrderHistory",
    "OrderLine",
    "OutboxAttachment",
    "OutboxMessage",
    "Postcode",
    "Product",
    "QuarantinedEvent",
    "QuickKeyLayout",
    "RefundPayout",
    "ReservationEntry",
    "ReturnLineRecord",
    "ReturnPolicyRecord",
    "ReturnRecord",
    "Rma",
    "RmaLine",
    "RoutingRule",
    "SaleRecord",
    "ServiceException",
    "ShiftReportRecord",
    "StockBucketLevel",
    "StockEntry",
    "StockLevel",
    "Store",
]
