"""The patient-screen kit: the few parts every patient screen is built from, so each choice,
page and step behaves the same for touch, keyboard, switches and screen readers."""
