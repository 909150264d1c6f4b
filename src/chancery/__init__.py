"""Chancery: the public record of diplomacy as a knowledge base."""

__version__ = "0.1.0"
