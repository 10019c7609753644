"""My meeting: preparing what I want to say, taking part, showing and sharing it."""
