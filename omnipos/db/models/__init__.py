"""The till's local store: SQLAlchemy 2 typed models, one module per concept.

Every model shares ``Base`` (one metadata); importing this package imports
them all, so Alembic and the schema check see the complete schema.
"""

from omnipos.db.models.aisle import AisleOrder, Deposit
from omnipos.db.models.base import Base
from omnipos.db.models.catalog import Barcode, CatalogWord, Price, Product, TaxClass
from omnipos.db.models.counts import CountArea, CountLine, CountScan, CountSession
from omnipos.db.models.customers import Customer
from omnipos.db.models.deliveries import Delivery, DeliveryLine, DeliveryScan
from omnipos.db.models.journal import JournalEntry, NewJournalEntry
from omnipos.db.models.outbox import NewOutboxEvent, OutboxEvent
from omnipos.db.models.pickups import PickupEvent, PickupOrder, PickupPick
from omnipos.db.models.quick_keys import QuickKeyRow
from omnipos.db.models.returns import (
    Intake,
    IntakeItem,
    IntakeState,
    ReturnLine,
    ReturnPolicyRecord,
    ReturnRecord,
    ReturnRefund,
    RmaRecord,
)
from omnipos.db.models.sales import (
    NewSale,
    NewSaleLine,
    NewSaleTax,
    NewSaleTender,
    OpenSale,
    ParkedSale,
    Sale,
    SaleLine,
    SaleTax,
    SaleTender,
)
from omnipos.db.models.settings import Counter, Setting
from omnipos.db.models.shifts import CashMovement, Shift
from omnipos.db.models.staff import LoginLock, StaffMember
from omnipos.db.models.stock import NewStockMovement, StockElsewhere, StockLevel, StockMovement
from omnipos.db.models.stores import StoreDirectoryEntry
from omnipos.db.models.sync_state import SyncState

__all__ = [
    "AisleOrder",
    "Barcode",
    "Base",
    "CashMovement",
    "CatalogWord",
    "CountArea",
    "CountLine",
    "CountScan",
    "CountSession",
    "Counter",
    "Customer",
    "QuickKeyRow",
    "Delivery",
    "DeliveryLine",
    "DeliveryScan",
    "Deposit",
    "Intake",
    "IntakeItem",
    "IntakeState",
    "JournalEntry",
    "LoginLock",
    "NewJournalEntry",
    "NewOutboxEvent",
    "NewSale",
    "NewSaleLine",
    "NewSaleTax",
    "NewSaleTender",
    "NewStockMovement",
    "OpenSale",
    "OutboxEvent",
    "ParkedSale",
    "PickupEvent",
    "PickupOrder",
    "PickupPick",
    "Price",
    "Product",
    "ReturnLine",
    "ReturnPolicyRecord",
    "ReturnRecord",
    "ReturnRefund",
    "RmaRecord",
    "Sale",
    "SaleLine",
    "SaleTax",
    "SaleTender",
    "Setting",
    "Shift",
    "StaffMember",
    "StockElsewhere",
    "StockLevel",
    "StockMovement",
    "StoreDirectoryEntry",
    "SyncState",
    "TaxClass",
]
