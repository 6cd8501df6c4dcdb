"""aptrace.ingest."""
