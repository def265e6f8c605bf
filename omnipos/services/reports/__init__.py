"""Reports built from the till's stored rows (X and Z shift reports)."""
