"""Lexicons and gazetteers: language knowledge kept as data, not code."""
