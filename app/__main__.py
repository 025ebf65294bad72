"""``python -m app`` and the ``thuky-iso`` console script."""

import time

_STARTED = time.perf_counter()  # before anything heavy: ``selftest`` times from here

import sys  # noqa: E402

from app.cli import main as _main  # noqa: E402


def main() -> None:
    sys.exit(_main(started=_STARTED))


if __name__ == "__main__":
    main()
