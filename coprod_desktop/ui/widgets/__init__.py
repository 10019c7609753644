"""Big reusable controls for patient screens."""
