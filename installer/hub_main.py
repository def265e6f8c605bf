"""Entry point of the PyInstaller hub bundle: the ``omnipos-hub`` command."""

import multiprocessing
import sys

from omnipos.hub.commands.main import main

if __name__ == "__main__":
    # `serve --workers N` starts worker processes; a frozen program must say so first.
    multiprocessing.freeze_support()
    sys.exit(main())
