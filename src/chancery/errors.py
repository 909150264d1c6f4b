"""Errors that carry a user-facing reason."""


class ChanceryError(Exception):
    """Base class for errors reported to the user as one line."""


class IngestError(ChanceryError):
    """A source could not be turned into an article."""

    def __init__(self, where: str, reason: str):
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason
