"""Qt item models that page rows from the services, so long lists stay quick."""
