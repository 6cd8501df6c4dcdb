"""aptrace.assist."""
