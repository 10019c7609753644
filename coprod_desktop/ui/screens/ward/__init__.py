"""Ward voice: thank-yous, ideas and worries, SAY groups, and You said, we did."""
