"""The till's local store: SQLAlchemy 2 typed models, one module per concept.

Every model shares ``Base`` (one metadata). Importing this package imports the models a
till needs to start and sell; those of the screens built later (``aisle``, ``counts``,
``deliveries``, ``pickups``, ``returns``) are imported from their own modules by what uses
them, so the Sell screen shows without them (each costs its share of the start-up).
``omnipos.db.migrations.target_metadata`` imports those too (``LATER``): Alembic and the
schema check see the complete schema.
"""

from omnipos.db.models.base import Base
from omnipos.db.models.catalog import Barcode, CatalogWord, Price, Product, TaxClass
from omnipos.db.models.customers import Customer
from omnipos.db.models.journal import JournalEntry, NewJournalEntry
from omnipos.db.models.outbox import NewOutboxEvent, OutboxEvent
from omnipos.db.models.quick_keys import QuickKeyRow
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

#: The modules of this package it does not import (see above).
LATER = ("aisle", "counts", "deliveries", "pickups", "returns")

__all__ = [
    "LATER",
    "Barcode",
    "Base",
    "CashMovement",
    "CatalogWord",
    "Counter",
    "Customer",
    "QuickKeyRow",
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
    "Price",
    "Product",
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
