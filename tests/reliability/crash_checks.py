"""What a till database must hold after any kill: every table a sale writes, and its journal.

A sale writes ``sales``, ``sale_lines``, ``sale_tenders``, ``sale_taxes``,
``stock_movements``, the ``receipt`` counter, one ``sale.completed`` outbox
event and one ``sale`` journal entry, in one transaction, and belongs to an
open shift (the first sale may open it): after a SIGKILL at
any moment each sale has all of them, and they agree with one another. Each
check is one SQL pass, so a thousand kills stay linear; the journal's hashes
are recomputed from each entry's stored fields, from where the last check
stopped (``JournalCursor``), with the chain's own encoding.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from omnipos.domain.journal import GENESIS_HASH, ChainKey, canonical, chain_hash, entry_body

__all__ = ["JournalCursor", "check_journal", "check_sales"]

# Each query counts the sales that break one rule; the key says the rule.
_SALE_RULES = {
    "that belong to no shift": """
        SELECT count(*) FROM sales s
        WHERE s.shift_id IS NULL OR NOT EXISTS (SELECT 1 FROM shifts h WHERE h.id = s.shift_id)""",
    "without lines or tenders": """
        SELECT count(*) FROM sales s
        WHERE NOT EXISTS (SELECT 1 FROM sale_lines l WHERE l.sale_id = s.id)
           OR NOT EXISTS (SELECT 1 FROM sale_tenders t WHERE t.sale_id = s.id)""",
    "whose lines do not add up to the subtotal less the discount": """
        SELECT count(*) FROM sales s
        WHERE s.subtotal_minor - s.discount_minor
              != (SELECT sum(l.total_minor) FROM sale_lines l WHERE l.sale_id = s.id)""",
    "whose total is not lines plus tax (or lines, tax included)": """
        SELECT count(*) FROM sales s
        WHERE s.total_minor != s.subtotal_minor - s.discount_minor
              + CASE s.prices WHEN 'exclusive' THEN s.tax_minor ELSE 0 END""",
    "whose tax rows are missing or do not add up": """
        SELECT count(*) FROM sales s
        WHERE s.tax_minor != coalesce(
                  (SELECT sum(t.tax_minor) FROM sale_taxes t WHERE t.sale_id = s.id), -1)
           OR s.tax_minor != (SELECT sum(l.tax_minor) FROM sale_lines l WHERE l.sale_id = s.id)
           OR (SELECT count(DISTINCT l.tax_class) FROM sale_lines l WHERE l.sale_id = s.id)
              != (SELECT count(*) FROM sale_taxes t WHERE t.sale_id = s.id)""",
    "whose tax bases are not what each class sold": """
        SELECT count(*) FROM sale_taxes t
        WHERE t.base_minor != (SELECT sum(l.total_minor) FROM sale_lines l
                               WHERE l.sale_id = t.sale_id AND l.tax_class = t.tax_class)""",
    "whose tenders do not pay the total": """
        SELECT count(*) FROM sales s
        WHERE s.total_minor
              != (SELECT sum(t.amount_minor) FROM sale_tenders t WHERE t.sale_id = s.id)
           OR s.change_minor
              != (SELECT sum(t.change_minor) FROM sale_tenders t WHERE t.sale_id = s.id)""",
    "without exactly one sale.completed event that says what the sale says": """
        SELECT count(*) FROM sales s LEFT JOIN (
            SELECT json_extract(payload, '$.sale_id') AS sid, count(*) AS n,
                   max(json_extract(payload, '$.receipt_no')) AS receipt_no,
                   max(json_extract(payload, '$.total_minor')) AS total,
                   max(json_extract(payload, '$.tax_minor')) AS tax,
                   max(json_array_length(payload, '$.lines')) AS lines,
                   max(json_array_length(payload, '$.taxes')) AS taxes,
                   max(json_array_length(payload, '$.tenders')) AS tenders
            FROM outbox WHERE type = 'sale.completed' GROUP BY sid) o ON o.sid = s.id
        WHERE coalesce(o.n, 0) != 1 OR o.receipt_no != s.receipt_no OR o.total != s.total_minor
           OR o.tax != s.tax_minor
           OR o.lines != (SELECT count(*) FROM sale_lines l WHERE l.sale_id = s.id)
           OR o.taxes != (SELECT count(*) FROM sale_taxes t WHERE t.sale_id = s.id)
           OR o.tenders != (SELECT count(*) FROM sale_tenders t WHERE t.sale_id = s.id)""",
    "whose stock movements are not its lines": """
        SELECT count(*) FROM sales s
        JOIN outbox o ON o.type = 'sale.completed' AND json_extract(o.payload, '$.sale_id') = s.id
        WHERE (SELECT count(*) FROM stock_movements m WHERE m.event_id = o.event_id
                                                        AND m.reason = 'sale')
              != (SELECT count(*) FROM sale_lines l WHERE l.sale_id = s.id)
           OR EXISTS (SELECT 1 FROM sale_lines l
                      WHERE l.sale_id = s.id AND NOT EXISTS (
                          SELECT 1 FROM stock_movements m
                          WHERE m.event_id = o.event_id AND m.line = l.line_no
                            AND m.sku = l.sku AND CAST(m.delta AS REAL) = -CAST(l.qty AS REAL)))""",
    "without exactly one sale journal entry": """
        SELECT count(*) FROM sales s LEFT JOIN (
            SELECT json_extract(payload, '$.sale_id') AS sid, count(*) AS n,
                   max(json_extract(payload, '$.total_minor')) AS total
            FROM journal WHERE kind = 'sale' GROUP BY sid) j ON j.sid = s.id
        WHERE coalesce(j.n, 0) != 1 OR j.total != s.total_minor""",
}


def check_sales(con: sqlite3.Connection) -> list[str]:
    """What is wrong with the sales in ``con`` (nothing: an empty list)."""
    problems = [f"{n} sales {rule}" for rule, sql in _SALE_RULES.items()
                if (n := con.execute(sql).fetchone()[0])]
    seqs = [s for (s,) in con.execute("SELECT receipt_seq FROM sales ORDER BY receipt_seq")]
    if seqs != list(range(1, len(seqs) + 1)):
        problems.append("receipt numbers have a gap")
    counter = con.execute("SELECT coalesce(max(value), 0) FROM counters WHERE name = 'receipt'")
    if (value := counter.fetchone()[0]) != len(seqs):
        problems.append(f"the receipt counter says {value} for {len(seqs)} sales")
    events = con.execute("SELECT count(*) FROM outbox WHERE type = 'sale.completed'").fetchone()[0]
    entries = con.execute("SELECT count(*) FROM journal WHERE kind = 'sale'").fetchone()[0]
    if events != len(seqs) or entries != len(seqs):
        problems.append(f"{events} sale events and {entries} sale entries for {len(seqs)} sales")
    return problems


@dataclass
class JournalCursor:
    """How far the journal was recomputed: the last entry checked and its hash."""

    seq: int = 0
    hash: str = GENESIS_HASH
    #: The till's journal key (its keyring's): entries from ``key.from_seq`` on are HMACs.
    key: ChainKey | None = None


def check_journal(con: sqlite3.Connection, cursor: JournalCursor) -> list[str]:
    """Recompute every entry's hash after ``cursor`` from its stored fields; move the cursor.

    An entry stores its time as the chain hashed it (UTC, ISO 8601 with
    microseconds) and its payload as JSON, so the hash is computed again
    from the row alone: a row changed, lost or half-written shows.
    """
    rows = con.execute(
        "SELECT seq, entry_id, occurred_at, kind, actor, payload, prev_hash, hash FROM journal"
        " WHERE seq > ? ORDER BY seq", (cursor.seq,))
    for seq, entry_id, occurred_at, kind, actor, payload, prev_hash, stored in rows:
        if seq != cursor.seq + 1:
            return [f"journal entry {cursor.seq + 1} is missing (next is {seq})"]
        if prev_hash != cursor.hash:
            return [f"journal entry {seq} does not link to entry {cursor.seq}"]
        body = entry_body(seq, entry_id, occurred_at, kind, actor, json.loads(payload))
        key = cursor.key.secret if cursor.key and cursor.key.covers(seq) else None
        if chain_hash(prev_hash, canonical(body), key) != stored:
            return [f"journal entry {seq} does not match its hash"]
        cursor.seq, cursor.hash = seq, stored
    return []
