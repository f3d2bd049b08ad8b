"""Attribution rules behind ``fogwatch.claims``: quotes, cues, speakers, relays, topics, context."""
