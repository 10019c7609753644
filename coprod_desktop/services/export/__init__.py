"""Export to staff: consent-filtered items written as a PDF report, CSV files and JSON, in a folder or zip.

Start with `runner.export()`; add a kind of item with `sources.register()`.
"""
