"""PyInstaller runtime hook of Thư ký ISO (runs in the frozen program before the app is imported).

On Linux the bootloader points ``LD_LIBRARY_PATH`` at the bundle (keeping the user's own value in
``LD_LIBRARY_PATH_ORIG``). The program itself has loaded its libraries by then, but every program
it starts inherits the variable: ``xdg-open`` and the PDF viewer or word processor it opens for an
attachment (``QDesktopServices.openUrl``) would load the bundle's Qt, OpenSSL… instead of their own,
and may fail. Give the children the user's environment back.
"""

import os
import sys

if sys.platform.startswith("linux") and getattr(sys, "frozen", False):
    for _name in ("LD_LIBRARY_PATH",):
        _original = os.environ.pop(_name + "_ORIG", None)
        if _original is not None:
            os.environ[_name] = _original
        else:
            os.environ.pop(_name, None)
