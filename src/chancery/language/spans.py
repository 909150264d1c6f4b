"""The mentions a language module has accepted so far, none overlapping another."""

from __future__ import annotations

from chancery.records import Mention


class Spans:
    """Accepted mentions, refusing any that overlaps one already taken."""

    def __init__(self) -> None:
        self.items: list[Mention] = []

    def free(self, start: int, end: int) -> bool:
        """Whether no accepted mention overlaps [start, end)."""
        return all(end <= m.start or start >= m.end for m in self.items)

    def add(self, mention: Mention) -> bool:
        """Accept a mention unless it is empty or overlaps one taken; True if accepted."""
        if mention.end > mention.start and self.free(mention.start, mention.end):
            self.items.append(mention)
            return True
        return False

    def at(self, start: int, end: int) -> Mention | None:
        """The accepted mention with exactly this span, if any."""
        return next((m for m in self.items if m.start == start and m.end == end), None)
