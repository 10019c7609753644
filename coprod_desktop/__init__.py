"""My Say: patients on secure wards take a real part in their own care and in how their ward is run."""

__version__ = "0.1.0"
APP_NAME = "My Say"
APP_ID = "coprod_desktop"
