"""Stock counts at the hub: sessions (``sessions``) and applying what tills counted (``apply``)."""
