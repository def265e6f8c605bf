"""The electronic journal: hash-chained entries (``chain.py``) keyed per till (``keys.py``).

Every sensitive action appends an entry in its own transaction; ``omnipos
journal verify`` checks the chain with the till's key and against the last
head the hub saw (``anchor.py``), and ``export`` writes JSON lines.
"""

from omnipos.services.journal.anchor import against_head
from omnipos.services.journal.chain import (
    ChainCheck,
    append_journal,
    entry_dict,
    export_jsonl,
    verify_chain,
)
from omnipos.services.journal.keys import (
    JOURNAL_KEY_SERVICE,
    JournalKeys,
    journal_keys,
)

__all__ = [
    "JOURNAL_KEY_SERVICE",
    "ChainCheck",
    "JournalKeys",
    "against_head",
    "append_journal",
    "entry_dict",
    "export_jsonl",
    "journal_keys",
    "verify_chain",
]
