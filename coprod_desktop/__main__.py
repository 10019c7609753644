"""Allows `python -m coprod_desktop`."""

import sys

from coprod_desktop.app import main

sys.exit(main())
