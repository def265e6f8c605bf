"""OmniPOS: the till (``omnipos``) and its reference hub (``omnipos-hub``)."""

from importlib.metadata import PackageNotFoundError, version

try:
    # From the installed metadata (a PyInstaller bundle carries it too), so the one
    # version number is pyproject's.
    __version__ = version("omnipos")
except PackageNotFoundError:
    __version__ = "unknown (not installed)"
