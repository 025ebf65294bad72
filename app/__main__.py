"""``python -m app`` and the ``thuky-iso`` console script."""

import gc
import time

_STARTED = time.perf_counter()  # before anything heavy: ``selftest`` times from here
# Start-up creates some hundred thousand objects (SQLAlchemy, the models, Qt's wrappers) and none
# of them is garbage: collections during it cost ~7 % of the time to the first window. The GUI
# turns the collector back on once its window is built; a command as soon as its arguments are read.
gc.disable()

import sys  # noqa: E402

from app.cli import main as _main  # noqa: E402


def main() -> None:
    sys.exit(_main(started=_STARTED))


if __name__ == "__main__":
    main()
