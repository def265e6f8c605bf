"""Orders from the channels: intake, routing, fulfilments and their pickup state, no-shows."""
