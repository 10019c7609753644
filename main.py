#!/usr/bin/env python3
"""Starts My Say. All the work is in coprod_desktop.app so tests can drive it too."""

import sys

from coprod_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
