"""``python -m app`` and the ``thuky-iso`` console script."""

import sys

from app.cli import main as _main


def main() -> None:
    sys.exit(_main())


if __name__ == "__main__":
    main()
