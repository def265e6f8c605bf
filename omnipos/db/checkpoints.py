"""WAL checkpoints off the writers' path, and the fsync that commits made ``SOON`` wait for.

SQLite's own automatic checkpoint runs inside the commit that crosses its threshold:
that commit copies the WAL into the database file and fsyncs both, which is what a
scan's or a sale's p99 paid for. The till's connections leave it to a thread of its own
(``Checkpointer``) instead: after a write it waits until the till has been idle for
``IDLE_S`` (between two scans, while the customer pays), or at the latest ``LAG_S``
after the first write it has not checkpointed yet, and runs a PASSIVE checkpoint on its
own connection. A PASSIVE checkpoint never blocks a writer or a reader.

The checkpoint fsyncs the WAL before it copies it, so it is also what makes a commit
that did not wait for the disk (``Durability.SOON``: the open sale's keep, see
engine.py) survive a power cut, at most ``LAG_S`` after it returned.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from pathlib import Path

__all__ = ["IDLE_S", "LAG_S", "REST_S", "Checkpointer"]

log = logging.getLogger(__name__)

IDLE_S = 0.2  # the till has written nothing for this long: a quiet moment to checkpoint
LAG_S = 1.0  # a write waits at most this long for its checkpoint, however busy the till is
# With nothing to checkpoint for this long the thread ends and closes its connection (the next
# write starts another): a Database nobody closed leaves no thread or open file behind.
REST_S = 10.0


class Checkpointer:
    """One thread per database file, started by its first write, stopped by ``close``."""

    def __init__(self, path: Path, busy_timeout_ms: int, *, idle_s: float = IDLE_S,
                 lag_s: float = LAG_S, rest_s: float = REST_S) -> None:
        self._path = path
        self._busy_timeout_ms = busy_timeout_ms
        self._idle_s = idle_s
        self._lag_s = lag_s
        self._rest_s = rest_s
        self._cond = threading.Condition()
        self._written = 0  # writes reported so far
        self._synced = 0  # of those, how many a completed checkpoint covers
        self._first_due: float | None = None  # monotonic time of the oldest write not covered
        self._last_write = 0.0
        self._thread: threading.Thread | None = None
        self._closed = False

    def wrote(self) -> None:
        """A write transaction committed: checkpoint once the till is quiet."""
        with self._cond:
            if self._closed:
                return
            now = time.monotonic()
            self._written += 1
            self._last_write = now
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="omnipos-checkpoint",
                                                daemon=True)
                self._thread.start()
            if self._first_due is None:
                self._first_due = now
                # Only an idle thread needs waking: a waiting one looks at _last_write when
                # its wait ends (waking it on every scan would hand it the GIL every time).
                self._cond.notify_all()

    def wait_synced(self, timeout: float) -> bool:
        """Wait until every write reported so far is checkpointed (fsynced); False on timeout."""
        deadline = time.monotonic() + timeout
        with self._cond:
            target = self._written
            while self._synced < target:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._cond.wait(left)
            return True

    def wait_rested(self, timeout: float) -> bool:
        """Wait until the thread has ended for want of work; False on timeout."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while self._thread is not None:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._cond.wait(left)
            return True

    def close(self) -> None:
        """Stop the thread after a last checkpoint of whatever it had not covered yet."""
        with self._cond:
            self._closed = True
            thread = self._thread
            self._cond.notify_all()
        if thread is not None:
            thread.join()

    # -- the thread ---------------------------------------------------------------------

    def _next(self) -> int | None:
        """Wait for a quiet moment (or the lag's end); the writes it covers, None: stop."""
        with self._cond:
            while True:
                if self._first_due is None:
                    if self._closed:
                        return None
                    if not self._cond.wait(self._rest_s) and self._first_due is None:
                        self._thread = None  # resting: the next write starts another
                        self._cond.notify_all()
                        return None
                    continue
                if self._closed:
                    break
                due = min(self._last_write + self._idle_s, self._first_due + self._lag_s)
                left = due - time.monotonic()
                if left <= 0:
                    break
                self._cond.wait(left)
            self._first_due = None
            return self._written

    def _run(self) -> None:
        con = sqlite3.connect(self._path, check_same_thread=False, isolation_level=None,
                              timeout=self._busy_timeout_ms / 1000)
        try:
            con.execute(f"PRAGMA busy_timeout = {self._busy_timeout_ms}")
            con.execute("PRAGMA synchronous = FULL")
            while (covers := self._next()) is not None:
                done = self._checkpoint(con)
                with self._cond:
                    if done:
                        self._synced = max(self._synced, covers)
                    elif self._first_due is None and not self._closed:
                        # Try again after a quiet moment, as if it were a new write.
                        self._first_due = self._last_write = time.monotonic()
                    self._cond.notify_all()
        finally:
            con.close()

    @staticmethod
    def _checkpoint(con: sqlite3.Connection) -> bool:
        """One PASSIVE checkpoint; True when it copied (and fsynced) the whole WAL."""
        try:
            busy, frames, copied = con.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except sqlite3.Error:
            log.exception("WAL checkpoint failed; trying again after the next write")
            return False
        # A reader still on an older snapshot keeps the frames after it in the WAL.
        return not busy and copied >= frames
