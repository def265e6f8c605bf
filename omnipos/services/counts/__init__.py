"""Stock counts at the till: sessions, counting by scanning, review and recount, approval.

``CountService`` gathers the use cases, one module each: the list of counts
and starting one (``sessions``), counting (``scanning``), the review
(``review``), approving and sending (``submit``), the printed sheet and the
variance export (``sheets``). Each call that writes commits before it
returns: a scan shown as counted is on disk. All of it works offline.
"""

from __future__ import annotations

from omnipos.services.counts.review import Review, ReviewLine
from omnipos.services.counts.scanning import Counted, Progress, Scanning
from omnipos.services.counts.sessions import SessionInfo, Sessions
from omnipos.services.counts.sheets import Sheets
from omnipos.services.counts.submit import CountSubmitted

__all__ = ["CountService", "CountSubmitted", "Counted", "Progress", "Review", "ReviewLine",
           "SessionInfo"]


class CountService(Sessions, Scanning, Sheets):
    """The till's count use cases for one store."""
