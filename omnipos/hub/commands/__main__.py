"""``python -m omnipos.hub.commands``: the ``omnipos-hub`` command."""

from omnipos.hub.commands.main import main

raise SystemExit(main())
