"""Qt-free use cases. Each service takes a session factory and returns plain, detached data."""
