"""Source -> Article: reading, decoding, cleaning."""
