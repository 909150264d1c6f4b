"""Read-only views over the knowledge base, each returning plain JSON-ready data."""
