"""One screen class per file, grouped by area. Screens ask to navigate; the main window decides."""
