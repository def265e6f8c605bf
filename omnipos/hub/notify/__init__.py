"""Messages to customers: a generic outbox (``outbox.py``), SMTP delivery (``smtp.py``),
and what the pickup flow says (``pickup.py``). Email receipts reuse the outbox."""
