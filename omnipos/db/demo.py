"""A deterministic demo store: store DEMO, till T01, USD, prices before tax.

Everything is generated from a fixed seed (nothing is downloaded), so the same
GTINs name the same products on every machine and the README can list them.
The same generator builds the million-product catalog for the benchmarks.
"""

from __future__ import annotations

import logging
import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from stdnum import ean

from omnipos.db.catalog import ProductRow, upsert_products, upsert_tax_classes
from omnipos.db.engine import Database, database_path, open_database
from omnipos.db.models import StaffMember
from omnipos.db.settings import get_setting, set_settings
from omnipos.domain.barcodes import EmbeddedLayout, embedded_lookup_gtin, make_embedded_code
from omnipos.domain.errors import StateError
from omnipos.domain.pins import hash_pin

__all__ = [
    "DEMO_LAYOUT",
    "DEMO_PRODUCTS",
    "DEMO_SEED",
    "DEMO_SETTINGS",
    "DEMO_TAX_RATES",
    "DEMO_VERSION_KEY",
    "build_demo",
    "demo_gtin13",
    "ensure_demo",
    "example_codes",
    "generate_catalog",
]

log = logging.getLogger(__name__)

DEMO_SEED = 20240601
DEMO_PRODUCTS = 5000
DEMO_VERSION = 2  # bump when the generator changes, so old demo stores are rebuilt
#: The setting that marks a database as the demo store (its value: DEMO_VERSION).
DEMO_VERSION_KEY = "demo.version"

# In-store scale labels: 2 + item(5) + grams(5) + check, e.g. 21 00001 01250 C = 1.250 kg.
DEMO_LAYOUT = EmbeddedLayout(prefixes=("21",), value_kind="weight", value_decimals=3)

DEMO_TAX_RATES = {"standard": "0.0825", "reduced": "0.02", "zero": "0"}
DEMO_TAX_NAMES = {"standard": "Sales tax 8.25%", "reduced": "Food 2%", "zero": "Exempt"}

DEMO_SETTINGS: dict[str, Any] = {
    "store.code": "DEMO",
    "store.name": "OmniPOS Demo Store",
    "till.code": "T01",
    "store.currency": "USD",
    "store.prices": "exclusive",
    "store.rounding": "line",
    "store.cash_step_minor": 0,
    "store.embedded_layout": DEMO_LAYOUT.to_json(),
    "receipt.header": ["1 Example Street, Springfield"],
    "receipt.footer": ["Thank you!", "Returns within 30 days with this receipt"],
    "store.discount_limit_pct": 20,  # more off than this asks for the manager's PIN
}


@dataclass(frozen=True, slots=True)
class DemoPerson:
    number: str
    name: str
    role: str
    pin: str  # the README lists them: the demo is for trying approvals and the lock


DEMO_STAFF = (
    DemoPerson("1", "Casey Cashier", "cashier", "1357"),
    DemoPerson("9", "Morgan Manager", "manager", "8642"),
)

# category -> (tax class, nouns, price range in cents, variants)
_CATEGORIES: dict[str, tuple[str, list[str], tuple[int, int], list[str]]] = {
    "Grocery": (
        "reduced",
        ["pasta", "rice", "flour", "coffee", "tea", "cereal", "honey", "jam", "olive oil",
         "crackers", "cookies", "chocolate", "peanut butter", "soup", "beans", "tuna"],
        (99, 1299),
        ["250 g", "500 g", "1 kg", "400 g", "family pack", "2 pack"],
    ),
    "Dairy": (
        "reduced",
        ["milk", "yogurt", "butter", "cheese", "cream", "eggs", "kefir", "cottage cheese"],
        (89, 899),
        ["1 l", "500 ml", "6 pack", "12 pack", "200 g", "light"],
    ),
    "Drinks": (
        "standard",
        ["cola", "lemonade", "sparkling water", "orange juice", "apple juice", "iced tea",
         "energy drink", "ginger ale"],
        (79, 699),
        ["330 ml", "1 l", "1.5 l", "6 pack", "zero sugar", "can"],
    ),
    "Household": (
        "standard",
        ["dish soap", "laundry detergent", "paper towels", "trash bags", "sponges",
         "glass cleaner", "light bulb", "batteries", "candles", "storage box"],
        (149, 2999),
        ["small", "large", "refill", "value pack", "4 pack", "unscented"],
    ),
    "Personal care": (
        "standard",
        ["shampoo", "conditioner", "toothpaste", "toothbrush", "soap bar", "body lotion",
         "deodorant", "razor", "sunscreen", "lip balm"],
        (199, 2499),
        ["travel size", "200 ml", "400 ml", "sensitive", "2 pack", "fresh"],
    ),
    "Clothing": (
        "standard",
        ["t-shirt", "socks", "hoodie", "jeans", "cap", "scarf", "gloves", "running shoe",
         "sneaker", "rain jacket", "sweater", "shorts"],
        (499, 8999),
        ["size S", "size M", "size L", "size XL", "kids", "slim fit"],
    ),
    "Books": (
        "zero",
        ["notebook", "novel", "cookbook", "atlas", "comic", "puzzle book", "diary",
         "sketchbook"],
        (299, 3999),
        ["paperback", "hardcover", "A5", "A4", "pocket", "illustrated"],
    ),
    "Hardware": (
        "standard",
        ["hammer", "screwdriver set", "tape measure", "drill bits", "pliers", "wrench",
         "flashlight", "extension cord", "duct tape", "padlock"],
        (299, 4999),
        ["compact", "pro", "heavy duty", "6 piece", "12 piece", "mini"],
    ),
}
_ADJECTIVES = [
    "red", "blue", "green", "black", "white", "classic", "organic", "fresh", "premium",
    "everyday", "natural", "crunchy", "smooth", "extra", "original", "golden", "wild",
    "spicy", "sweet", "mild", "strong", "soft", "bright", "cozy", "sport", "eco",
]
_BRAND_PARTS = (
    ["Acme", "Northwind", "Contoso", "Fabrikam", "Blue Ridge", "Sunny", "Maple", "Harbor",
     "Summit", "Oak", "River", "Prairie", "Cedar", "Lakeside", "Pioneer", "Evergreen",
     "Silver", "Golden", "Coastal", "Meadow"],
    ["Foods", "Goods", "Co", "Brothers", "Farms", "Works", "Labs", "Home", "Basics", "Select"],
)
# Loose produce and deli, sold by the kilogram with a scale label.
_WEIGHED = [
    ("Gala apples", 349), ("Bananas", 139), ("Tomatoes on the vine", 499),
    ("Red grapes", 599), ("Carrots", 199), ("Potatoes", 159), ("Lemons", 429),
    ("Sliced ham", 1499), ("Cheddar, cut", 1299), ("Mixed nuts", 1899),
]

_GTIN_PREFIX = "50"  # outside the 02x/2x in-store ranges; 10 digits of sequence follow


def demo_gtin13(index: int) -> str:
    """The EAN-13 of the ``index``-th generated product (check digit by python-stdnum)."""
    body = f"{_GTIN_PREFIX}{index:010d}"
    return body + ean.calc_check_digit(body)


def generate_catalog(count: int = DEMO_PRODUCTS, seed: int = DEMO_SEED) -> Iterator[ProductRow]:
    """Yield ``count`` products, the same ones for the same seed.

    The first products are the weighed ones (filed under their scale-label item
    codes); the rest are packaged goods with one EAN-13 each.
    """
    rng = random.Random(seed)
    brands = [f"{a} {b}" for a in _BRAND_PARTS[0] for b in _BRAND_PARTS[1]]
    categories = list(_CATEGORIES.items())
    weighed = _WEIGHED[: max(0, min(len(_WEIGHED), count // 100))]
    for n, (name, per_kg) in enumerate(weighed, start=1):
        item = f"{n:05d}"
        gtin = embedded_lookup_gtin(item, DEMO_LAYOUT)
        yield ProductRow(
            sku=f"W{item}", name=name, price_minor=per_kg, tax_class="reduced", gtins=(gtin,),
            brand="Market", category="Fresh", sold_by="weight",
        )
    for i in range(count - len(weighed)):
        category, (tax_class, nouns, (low, high), variants) = rng.choice(categories)
        name = f"{rng.choice(_ADJECTIVES)} {rng.choice(nouns)} {rng.choice(variants)}"
        price = rng.randrange(low, high) // 10 * 10 + 9  # shelf prices end in 9
        yield ProductRow(
            sku=f"P{i + 1:07d}",
            name=name[0].upper() + name[1:],
            price_minor=price,
            tax_class=tax_class,
            gtins=(demo_gtin13(i + 1).zfill(14),),
            brand=rng.choice(brands),
            category=category,
        )


def example_codes() -> list[tuple[str, str]]:
    """A few demo barcodes to try, with what they should sell."""
    rows = list(generate_catalog(40))
    packaged = [r for r in rows if r.sold_by == "unit"][:5]
    out = [(r.gtins[0][1:], f"{r.name} ({r.brand})") for r in packaged]
    out.append((make_embedded_code("00001", "01250", DEMO_LAYOUT), "Gala apples, 1.250 kg"))
    return out


def build_demo(db: Database, count: int = DEMO_PRODUCTS, seed: int = DEMO_SEED) -> None:
    """Fill an empty till database with the demo store in one transaction."""
    with db.transaction() as session:
        set_settings(session, DEMO_SETTINGS)
        upsert_tax_classes(session, DEMO_TAX_RATES, DEMO_TAX_NAMES)
        batch: list[ProductRow] = []
        for row in generate_catalog(count, seed):
            batch.append(row)
            if len(batch) >= 5000:
                upsert_products(session, batch)
                batch.clear()
        upsert_products(session, batch)
        _add_staff(session)
        # Written last: a demo store without it was interrupted and is rebuilt.
        set_settings(session, {DEMO_VERSION_KEY: DEMO_VERSION})
    log.info("demo store built in %s with %d products", db.path, count)


def _add_staff(session: Session) -> None:
    """The demo's cashier and manager, unless a person has their number already."""
    taken = set(session.scalars(select(StaffMember.number)))
    now = datetime.now(UTC)
    for person in DEMO_STAFF:
        if person.number not in taken:
            session.add(StaffMember(id=str(uuid.uuid4()), number=person.number, name=person.name,
                                    role=person.role, pin_hash=hash_pin(person.pin),
                                    created_at=now, updated_at=now))


def ensure_demo(data_dir: Path) -> Path:
    """Create the demo store in ``data_dir`` unless it is already there; its database path."""
    path = database_path(data_dir)
    db = open_database(path)
    try:
        with db.read() as session:
            version = get_setting(session, DEMO_VERSION_KEY)
            code = get_setting(session, "store.code")
        if version == DEMO_VERSION:
            return path
        if code not in (None, DEMO_SETTINGS["store.code"]):
            raise StateError(
                f"{data_dir} holds store {code}, not the demo store; pick another --data-dir"
            )
        build_demo(db)
    finally:
        db.close()
    return path
