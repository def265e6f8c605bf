"""The catalog on the till: look-ups for the scan path, word search, bulk upserts.

The scan path (``find_by_gtin``) is one indexed join written in SQL so it stays
well under a millisecond on a million products. Search uses the FTS5 index
``product_fts`` (name, brand, sku), kept in step with ``products`` by triggers.
``upsert_products`` is shared by the CSV import and the sync pull: it works in
batches with ``executemany`` on the session's own connection and writes only
what changed, so applying the same rows twice changes nothing.
"""

from __future__ import annotations

import logging
import re
import threading
import time
import unicodedata
import weakref
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from omnipos.db.models import TaxClass
from omnipos.db.rows import driver_connection, in_transaction
from omnipos.db.settings import delete_setting, get_setting, set_setting
from omnipos.domain.cart import ProductInfo, SoldBy
from omnipos.domain.errors import ValidationError, message
from omnipos.domain.spelling import Matches, Vocabulary

__all__ = [
    "ProductRow",
    "UpsertResult",
    "INDEX_DEFERRED",
    "bulk_load",
    "defer_search_index",
    "find_by_gtin",
    "find_by_sku",
    "fts_query",
    "get_product",
    "index_words",
    "product_count",
    "restore_search_index",
    "search",
    "search_index_deferred",
    "search_tiers",
    "tax_classes",
    "typo_tiers",
    "upsert_products",
    "upsert_tax_classes",
    "words_of",
]

log = logging.getLogger(__name__)

_COLUMNS = "p.id, p.sku, p.name, p.price_minor, p.tax_class, p.sold_by, p.brand"
_FIRST_GTIN = "(SELECT min(b2.gtin) FROM barcodes b2 WHERE b2.product_id = p.id)"

_BY_GTIN = (
    f"SELECT {_COLUMNS}, b.gtin FROM barcodes b JOIN products p ON p.id = b.product_id "
    "WHERE b.gtin = ? AND p.active"
)
_BY_SKU = f"SELECT {_COLUMNS}, {_FIRST_GTIN} FROM products p WHERE p.sku = ? AND p.active"
_BY_ID = f"SELECT {_COLUMNS}, {_FIRST_GTIN} FROM products p WHERE p.id = ?"
# Search tiers run unranked with a LIMIT, so FTS5 streams the doclists and
# stops at the limit instead of scoring every match (bm25 over 100,000 matches
# of a common word takes 100+ ms on a million products).
_SEARCH_TIER = (
    f"SELECT {_COLUMNS}, {_FIRST_GTIN} FROM product_fts f JOIN products p ON p.id = f.rowid"
    " WHERE product_fts MATCH ? AND p.active LIMIT ?"
)
_TERM_EXISTS = "SELECT 1 FROM product_fts WHERE product_fts MATCH ? LIMIT 1"

# Words as FTS5's unicode61 tokenizer sees them: runs of letters and digits.
_TAX = TaxClass.__table__.c
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
MAX_QUERY_WORDS = 8


def _info(row: Sequence[Any]) -> ProductInfo:
    return ProductInfo(
        product_id=row[0],
        sku=row[1],
        name=row[2],
        price_minor=row[3],
        tax_class=row[4],
        sold_by=SoldBy(row[5]),
        brand=row[6] or "",
        gtin=row[7] or "",
    )


def _rows(session: Session, sql: str, params: Sequence[Any]) -> list[Any]:
    """Run a read-only statement on the cheapest connection that sees the right data.

    Inside a transaction the session's own connection (it may hold uncommitted
    rows); otherwise the database's per-thread look-up connection, which skips
    the session machinery on the scan path.
    """
    db = session.info.get("omnipos_db")
    if db is not None and not in_transaction(session):
        con = db.lookup_connection()
    else:
        con = driver_connection(session)
    rows: list[Any] = con.execute(sql, params).fetchall()
    return rows


def find_by_gtin(session: Session, gtin14: str) -> ProductInfo | None:
    """The active product carrying the normalised 14-digit ``gtin14``, or None."""
    rows = _rows(session, _BY_GTIN, (gtin14,))
    return _info(rows[0]) if rows else None


def find_by_sku(session: Session, sku: str) -> ProductInfo | None:
    """The active product with this SKU (exact, case-sensitive), or None."""
    rows = _rows(session, _BY_SKU, (sku.strip(),))
    return _info(rows[0]) if rows else None


def get_product(session: Session, product_id: int) -> ProductInfo | None:
    """The product with this id (active or not), or None."""
    rows = _rows(session, _BY_ID, (product_id,))
    return _info(rows[0]) if rows else None


def _words(words_text: str) -> list[str]:
    words: list[str] = []
    for word in _WORD.findall(words_text.casefold()):
        if word not in words:
            words.append(word)
    return words[:MAX_QUERY_WORDS]


def _quote(word: str) -> str:
    return f'"{word}"'  # _WORD never yields a double quote


def fts_query(words_text: str) -> str | None:
    """Turn what a person typed into an FTS5 query: every word as a prefix, all required.

    Each word is quoted, so FTS5 syntax in the input (``AND``, ``*``, quotes,
    column filters) is treated as plain text. None when there is no word.
    """
    words = _words(words_text)
    if not words:
        return None
    return " AND ".join(f"{_quote(w)}*" for w in words)


def search_tiers(session: Session, words_text: str) -> list[str]:
    """The FTS5 queries ``search`` runs, best first.

    1. every word exactly (all of them are whole words in the index);
    2. the last word as a prefix (still being typed), earlier words exactly
       when they are whole words in the index, otherwise as prefixes too.
    """
    words = _words(words_text)
    if not words:
        return []
    whole = [bool(_rows(session, _TERM_EXISTS, (_quote(w),))) for w in words]
    tiers = []
    if all(whole):
        tiers.append(" AND ".join(_quote(w) for w in words))
    head = [_quote(w) if ok else f"{_quote(w)}*"
            for w, ok in zip(words[:-1], whole[:-1], strict=True)]
    tiers.append(" AND ".join([*head, f"{_quote(words[-1])}*"]))
    return tiers


# The catalog's words (catalog_words) are read once per database and then only the rows
# added since: the newest id says whether there are any.
_NEWEST_WORD = "SELECT max(id) FROM catalog_words"
_WORDS_AFTER = "SELECT id, word FROM catalog_words WHERE id > ?"
_ADD_WORD = "INSERT OR IGNORE INTO catalog_words (word) VALUES (?)"


@dataclass(frozen=True, slots=True)
class _CachedWords:
    newest: int
    vocabulary: Vocabulary


_vocabularies: weakref.WeakKeyDictionary[Any, _CachedWords] = weakref.WeakKeyDictionary()
_vocabularies_lock = threading.Lock()


def index_words(session: Session) -> Vocabulary:
    """The catalog's words of letters (not SKUs or sizes), kept per database: only words
    added since the last call are read. Inside a transaction the words it added so far
    count, but are not kept (they may be rolled back)."""
    db = session.info.get("omnipos_db")
    keep = db is not None and not in_transaction(session)
    newest = _rows(session, _NEWEST_WORD, ())[0][0] or 0
    with _vocabularies_lock:
        cached = _vocabularies.get(db) if db is not None else None
        if cached is not None and cached.newest == newest:
            return cached.vocabulary
        known = cached.vocabulary if cached and cached.newest < newest else None
        after = cached.newest if cached is not None and known is not None else 0
        started = time.perf_counter()
        rows = _rows(session, _WORDS_AFTER, (after,))
        added = (row[1] for row in rows)
        vocabulary = known.plus(added) if known is not None else Vocabulary.of(added)
        newest = max((row[0] for row in rows), default=after)
        if keep:
            _vocabularies[db] = _CachedWords(newest, vocabulary)
    log.debug("catalog words: %d read, %d in all, in %.1f ms", len(rows), len(vocabulary),
              (time.perf_counter() - started) * 1000)
    return vocabulary


def words_of(text: str) -> set[str]:
    """The words of letters in ``text`` as the search index folds them ("Crème brûlée
    250 g" has creme and brulee), for ``catalog_words``."""
    folded = text.casefold()
    if not folded.isascii():
        folded = _fold(folded)
    return {w for w in set(_WORD.findall(folded)) if w.isalpha()}


def _fold(word: str) -> str:
    """The word as the index stores it (remove_diacritics: crème is creme)."""
    return "".join(c for c in unicodedata.normalize("NFKD", word)
                   if not unicodedata.combining(c))


def _readings(session: Session, words: list[str]) -> list[list[str]] | None:
    """For each word typed, the FTS5 terms it may stand for, most likely first: itself
    when the index has it (or, the last word, words starting with it), else the catalog's
    words one slip away (two in a long word, ``Vocabulary.guesses``). None when a word has
    no reading or none needed guessing."""
    vocabulary = index_words(session)
    readings, guessed = [], False
    for n, typed in enumerate(words):
        word, last = _fold(typed), n == len(words) - 1
        if not word.isalpha():  # no word of letters, so not in the list: ask the index
            whole = bool(_rows(session, _TERM_EXISTS, (_quote(word),)))
            start = last and bool(_rows(session, _TERM_EXISTS, (f"{_quote(word)}*",)))
        else:
            whole, start = word in vocabulary, last and vocabulary.starts(word)
        if whole or start:
            readings.append([_quote(word) if whole else f"{_quote(word)}*"])
            continue
        guesses = vocabulary.guesses(word, prefix=last)
        if not guesses:
            return None
        readings.append([_quote(g.word) + ("*" if g.prefix else "") for g in guesses])
        guessed = True
    return readings if guessed else None  # all as typed: the tiers said no already


def typo_tiers(session: Session, words_text: str) -> list[str]:
    """The FTS5 queries ``search`` runs when nothing matched as typed, best first (empty
    when a word cannot be read as any word of the catalog)."""
    return _typo_tiers(_readings(session, _words(words_text)))


def _typo_tiers(readings: list[list[str]] | None) -> list[str]:
    """Each word's likeliest reading, then any of its readings."""
    if readings is None:
        return []
    tiers = [" AND ".join(r[0] for r in readings)]
    if any(len(r) > 1 for r in readings):
        tiers.append(" AND ".join(r[0] if len(r) == 1 else "(" + " OR ".join(r) + ")"
                                  for r in readings))
    return tiers


def _guess_rank(info: ProductInfo, terms: list[list[str]],
                likeliest: bool) -> tuple[int, int, tuple[int, ...]]:
    """How far down each word's readings (``terms``) the product is, 0 when found by the
    ``likeliest`` ones; how many of the words are in its name (not only brand or SKU);
    and which reading of each word found it."""
    name = _WORD.findall(info.name.casefold())
    rest = _WORD.findall(f"{info.brand} {info.sku}".casefold())
    rank = in_name = 0
    reading = []
    for options in terms:
        at = next((i for i, t in enumerate(options) if any(w.startswith(t) for w in name)),
                  None)
        in_name += at is not None
        if likeliest:
            at = 0
        elif at is None or at > 0:
            at = min(at if at is not None else len(options) - 1,
                     next((i for i, t in enumerate(options)
                           if any(w.startswith(t) for w in rest)), len(options) - 1))
        rank += at
        reading.append(at)
    return rank, in_name, tuple(reading)


def _name_score(name: str, words: list[str]) -> int:
    """How many typed words start a word of the product name (higher is better)."""
    name_words = _WORD.findall(name.casefold())
    return sum(any(n.startswith(w) for n in name_words) for w in words)


def search(session: Session, words_text: str, limit: int = 50) -> Matches:
    """Active products matching every word typed, best matches first.

    Whole-word matches come before prefix matches; within each, products
    whose name (not only brand or SKU) carries the words come first, then
    shorter names. Fast on a million products even for common words, because
    no query scores more than ``limit`` rows. When nothing matches as typed,
    the catalog's words one typing slip away are tried (``typo_tiers``):
    "choclate" finds chocolate, the likeliest readings first, and the matches
    say what they were read as (``Matches.read_as``).
    """
    if limit <= 0:
        return Matches()
    words = _words(words_text)
    found: dict[int, tuple[tuple[int, ...], ProductInfo]] = {}
    for tier, query in enumerate(search_tiers(session, words_text)):
        for row in _rows(session, _SEARCH_TIER, (query, limit)):
            if row[0] not in found and len(found) < limit:
                info = _info(row)
                key = (tier, -_name_score(info.name, words), len(info.name), info.product_id)
                found[row[0]] = (key, info)
        if len(found) >= limit:
            break
    if not found:
        return _typo_search(session, words, limit)
    return Matches(info for _key, info in sorted(found.values(), key=lambda item: item[0]))


def _typo_search(session: Session, words: list[str], limit: int) -> Matches:
    readings = _readings(session, words)
    terms = [[o.strip('"*') for o in options] for options in readings or []]
    found: dict[int, tuple[tuple[int, ...], ProductInfo]] = {}
    read_by: dict[int, tuple[int, ...]] = {}
    for tier, query in enumerate(_typo_tiers(readings)):
        for row in _rows(session, _SEARCH_TIER, (query, limit)):
            if row[0] not in found and len(found) < limit:
                info = _info(row)
                rank, in_name, read_by[row[0]] = _guess_rank(info, terms, tier == 0)
                found[row[0]] = ((rank, -in_name, len(info.name), info.product_id), info)
        if len(found) >= limit:
            break
    best = [info for _key, info in sorted(found.values(), key=lambda item: item[0])]
    if not best or readings is None:
        return Matches()
    read_as = [readings[n][at].strip('"').replace('"*', "\N{HORIZONTAL ELLIPSIS}")
               for n, at in enumerate(read_by[best[0].product_id])]
    return Matches(best, " ".join(read_as))


def product_count(session: Session) -> int:
    """How many products (active or not) the till holds."""
    return int(session.execute(text("SELECT count(*) FROM products")).scalar_one())


def tax_classes(session: Session) -> dict[str, Decimal]:
    """Every tax class code with its rate."""
    # On the table, not the ORM class: the till reads it before its window shows, and the
    # first ORM query would configure every mapper then (TillServices.warm_up does, after).
    rows = session.execute(select(_TAX.code, _TAX.rate))
    return {code: Decimal(rate) for code, rate in rows}


def upsert_tax_classes(
    session: Session,
    rates: Mapping[str, Decimal | str],
    names: Mapping[str, str] | None = None,
) -> int:
    """Create or update tax classes (code -> rate); returns how many changed."""
    names = names or {}
    changed = 0
    for code, rate in rates.items():
        rate_text = str(Decimal(str(rate)).normalize())
        if Decimal(rate_text) < 0 or Decimal(rate_text) >= 1:
            raise ValueError(f"tax rate {rate!r} for {code!r} must be a fraction from 0 to 1")
        row = session.get(TaxClass, code)
        name = names.get(code, row.name if row else code)
        if row is None:
            session.add(TaxClass(code=code, rate=rate_text, name=name))
            changed += 1
        elif row.rate != rate_text or row.name != name:
            row.rate, row.name = rate_text, name
            changed += 1
    session.flush()
    return changed


# --- bulk upsert -------------------------------------------------------------


# While a first catalog loads, the index triggers are dropped and their SQL kept under
# this setting, in the load's first transaction: the mark and the missing triggers commit
# together, so a till stopped halfway knows (``restore_search_index`` at the next start).
INDEX_DEFERRED = "catalog.search_index_deferred"


def search_index_deferred(session: Session) -> bool:
    """True while products are loaded without keeping the search index in step."""
    return get_setting(session, INDEX_DEFERRED) is not None


def defer_search_index(session: Session) -> None:
    """Stop keeping ``product_fts`` in step row by row until ``restore_search_index``.

    Keeping FTS5 in step row by row costs about three times as much as loading
    the rows and rebuilding the index once (a first catalog of a million
    products: ~75 s of CPU against ~25 s). The triggers are dropped and their
    SQL stored under ``INDEX_DEFERRED`` in the caller's transaction, so the
    mark is durable exactly when the triggers are gone. The rebuild reads every
    product: use this for a first load or a snapshot into an empty catalog.
    """
    if not in_transaction(session):
        raise RuntimeError("defer_search_index needs a write transaction (Database.transaction())")
    if search_index_deferred(session):
        return
    conn = session.connection()
    triggers = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'products'"
        " AND name LIKE 'product_fts%' ORDER BY name"
    ).all()
    set_setting(session, INDEX_DEFERRED, {name: sql for name, sql in triggers})
    for name, _sql in triggers:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    log.info("search index deferred: products load without it until it is rebuilt")


def restore_search_index(session: Session) -> bool:
    """Rebuild ``product_fts`` from every product and put its triggers back, if deferred.

    Returns True when there was something to restore. A trigger that exists
    already (recreated by a migration meanwhile) is left as it is.
    """
    triggers = get_setting(session, INDEX_DEFERRED)
    if triggers is None:
        return False
    conn = session.connection()
    started = time.perf_counter()
    conn.exec_driver_sql("INSERT INTO product_fts(product_fts) VALUES ('rebuild')")
    present = {row[0] for row in conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'products'")}
    for name, sql in triggers.items():
        if name not in present:
            conn.exec_driver_sql(sql)
    delete_setting(session, INDEX_DEFERRED)
    log.info("search index rebuilt over the catalog in %.1f s", time.perf_counter() - started)
    return True


@contextmanager
def bulk_load(session: Session) -> Iterator[None]:
    """Load many products in this session's transaction with the search index rebuilt once
    (``defer_search_index``). It all runs inside the caller's transaction, so a rollback
    restores the triggers and nothing is ever left half-indexed."""
    defer_search_index(session)
    try:
        yield
    except BaseException:
        # The transaction should roll back (which restores the triggers); even
        # if a caller commits anyway, the index must not be left behind.
        try:
            restore_search_index(session)
        except Exception:  # the original error matters more
            log.exception("could not restore the search index after a failed bulk load")
        raise
    restore_search_index(session)


@dataclass(frozen=True, slots=True)
class ProductRow:
    """One product as the catalog source (CSV, hub) states it; gtins are GTIN-14."""

    sku: str
    name: str
    price_minor: int
    tax_class: str
    gtins: tuple[str, ...] = ()
    brand: str = ""
    category: str = ""
    sold_by: str = "unit"
    active: bool = True

    def __post_init__(self) -> None:
        # Cheap guards: a bad row from any source must not reach the scan path.
        if not self.sku or not self.name:
            raise ValidationError(message("product {sku!r}: SKU and name are required"),
                                  sku=self.sku)
        if self.sold_by not in _SOLD_BY:
            raise ValidationError(message("product {sku}: sold_by must be unit or weight"),
                                  sku=self.sku)
        if isinstance(self.price_minor, bool) or not isinstance(self.price_minor, int):
            raise ValidationError(message("product {sku}: price must be integer minor units"),
                                  sku=self.sku)
        if self.price_minor < 0:
            raise ValidationError(message("product {sku}: price is negative"), sku=self.sku)
        for gtin in self.gtins:
            if len(gtin) != 14 or not gtin.isdigit():
                raise ValidationError(message("product {sku}: {gtin!r} is not a normalised "
                                              "GTIN-14"), sku=self.sku, gtin=gtin)



_SOLD_BY = frozenset(s.value for s in SoldBy)


@dataclass(slots=True)
class UpsertResult:
    """What an upsert did."""

    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    barcodes_changed: int = 0
    skus: list[str] = field(default_factory=list)  # inserted or updated

    @property
    def changed(self) -> int:
        return self.inserted + self.updated

    def add(self, other: UpsertResult) -> None:
        self.inserted += other.inserted
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.barcodes_changed += other.barcodes_changed
        self.skus.extend(other.skus)


_CHUNK = 500  # keeps IN (...) lists well below SQLite's variable limit


def _chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _stamp(now: datetime) -> str:
    # Same text form as omnipos.sqltypes.UTCDateTime writes.
    return now.astimezone(UTC).isoformat(timespec="microseconds")


def upsert_products(
    session: Session, rows: Iterable[ProductRow], *, now: datetime | None = None
) -> UpsertResult:
    """Insert new products and update changed ones, matched by SKU, in the session's txn.

    A changed price also appends a row to ``prices`` effective ``now``. The
    barcodes of each product become exactly ``row.gtins``; a GTIN that belonged
    to another product moves to this one (the source is authoritative). Rows
    identical to what is stored are left alone, so a re-run changes nothing.
    Later rows for the same SKU win.
    """
    by_sku: dict[str, ProductRow] = {}
    for row in rows:
        by_sku[row.sku] = row
    result = UpsertResult()
    if not by_sku:
        return result
    stamp = _stamp(now or datetime.now(UTC))
    raw = session.connection().connection.driver_connection
    assert raw is not None
    cur = raw.cursor()
    try:
        items = list(by_sku.values())
        words: set[str] = set()  # added in this call already
        for chunk in _chunks(items):
            result.add(_upsert_chunk(cur, chunk, stamp, words))
    finally:
        cur.close()
    log.debug(
        "catalog upsert: %d new, %d updated, %d unchanged",
        result.inserted,
        result.updated,
        result.unchanged,
    )
    return result


def _upsert_chunk(cur: Any, rows: Sequence[ProductRow], stamp: str,
                  words: set[str]) -> UpsertResult:
    result = UpsertResult()
    skus = [r.sku for r in rows]
    marks = ",".join("?" * len(skus))
    existing = {
        rec[1]: rec
        for rec in cur.execute(
            "SELECT id, sku, name, brand, category, sold_by, tax_class, price_minor, active "
            f"FROM products WHERE sku IN ({marks})",
            skus,
        )
    }
    inserts, updates, prices = [], [], []
    named: list[str] = []  # the names, brands and SKUs new to the index
    for r in rows:
        old = existing.get(r.sku)
        values = (r.name, r.brand, r.category, r.sold_by, r.tax_class, r.price_minor, int(r.active))
        if old is None or (old[2], old[3]) != (r.name, r.brand):
            named.append(f"{r.name} {r.brand} {r.sku}")
        if old is None:
            inserts.append((r.sku, *values, stamp))
        elif tuple(old[2:7]) + (old[7], int(old[8])) != values:
            updates.append((*values, stamp, old[0]))
            if old[7] != r.price_minor:
                prices.append((old[0], r.price_minor, stamp))
        else:
            result.unchanged += 1
            continue
        result.skus.append(r.sku)
    if inserts:
        cur.executemany(
            "INSERT INTO products (sku, name, brand, category, sold_by, tax_class, price_minor,"
            " active, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
            inserts,
        )
    if updates:
        cur.executemany(
            "UPDATE products SET name=?, brand=?, category=?, sold_by=?, tax_class=?,"
            " price_minor=?, active=?, updated_at=? WHERE id=?",
            updates,
        )
    result.inserted, result.updated = len(inserts), len(updates)
    ids = {sku: rec[0] for sku, rec in existing.items()}
    if inserts:
        price_of = {r.sku: r.price_minor for r in rows}
        new_skus = [i[0] for i in inserts]
        new_marks = ",".join("?" * len(new_skus))
        for pid, sku in cur.execute(
            f"SELECT id, sku FROM products WHERE sku IN ({new_marks})", new_skus
        ):
            ids[sku] = pid
            prices.append((pid, price_of[sku], stamp))
    if prices:
        cur.executemany(
            "INSERT INTO prices (product_id, price_minor, effective_from) VALUES (?,?,?)", prices
        )
    result.barcodes_changed = _sync_barcodes(cur, rows, ids)
    # The words of what was added or renamed, for guessing typing slips (catalog_words).
    new_words = words_of(" ".join(named)) - words
    if new_words:
        cur.executemany(_ADD_WORD, [(w,) for w in sorted(new_words)])
        words |= new_words
    return result


def _sync_barcodes(cur: Any, rows: Sequence[ProductRow], ids: dict[str, int]) -> int:
    """Make each product's barcodes exactly its row's gtins; returns rows touched."""
    pids = [ids[r.sku] for r in rows]
    marks = ",".join("?" * len(pids))
    have: dict[int, set[str]] = {pid: set() for pid in pids}
    for gtin, pid in cur.execute(
        f"SELECT gtin, product_id FROM barcodes WHERE product_id IN ({marks})", pids
    ):
        have[pid].add(gtin)
    drop: list[tuple[str]] = []
    put: list[tuple[str, int]] = []
    for r in rows:
        pid = ids[r.sku]
        want = set(r.gtins)
        drop.extend((g,) for g in have[pid] - want)
        put.extend((g, pid) for g in want - have[pid])
    if drop:
        cur.executemany("DELETE FROM barcodes WHERE gtin = ?", drop)
    if put:
        # A GTIN held by another product moves here: the catalog source is authoritative.
        cur.executemany(
            "INSERT INTO barcodes (gtin, product_id) VALUES (?, ?)"
            " ON CONFLICT(gtin) DO UPDATE SET product_id = excluded.product_id",
            put,
        )
    return len(drop) + len(put)
