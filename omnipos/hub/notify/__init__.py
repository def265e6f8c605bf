"""Messages to customers: a generic outbox (``outbox.py``), SMTP delivery (``smtp.py``),
what the pickup flow says (``pickup.py``) and email receipts (``receipt.py``)."""
