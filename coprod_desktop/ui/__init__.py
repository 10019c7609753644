"""The only package that imports PySide6: screens, widgets, theme, Qt speech playback."""
