"""The knowledge base: schema, migrations and the read/write API."""
