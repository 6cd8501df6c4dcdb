"""aptrace.web."""
