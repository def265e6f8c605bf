"""Entry point of the PyInstaller till bundle: the ``omnipos`` command."""

import sys

from omnipos.cli import main

if __name__ == "__main__":
    sys.exit(main())
