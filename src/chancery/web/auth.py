"""Tokens: writes need the server's CHANCERY_TOKEN; reads too when closed."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from fastapi import HTTPException, Request


@dataclass(frozen=True)
class Access:
    token: str | None
    protect_reads: bool

    def presented(self, request: Request, form_token: str | None = None) -> str | None:
        """The token a request carries: Authorization Bearer, X-Chancery-Token, a form field or the cookie."""
        header = request.headers.get("authorization", "")
        if header.lower().startswith("bearer "):
            return header[7:].strip()
        return request.headers.get("x-chancery-token") or form_token or request.cookies.get("chancery_token")

    def _valid(self, given: str | None) -> bool:
        return bool(self.token and given and secrets.compare_digest(given.encode(), self.token.encode()))

    def check_read(self, request: Request) -> None:
        if self.protect_reads and not self._valid(self.presented(request)):
            raise HTTPException(401, "this knowledge base is closed: present the server's token")

    def check_write(self, request: Request, form_token: str | None = None) -> None:
        if not self.token:
            raise HTTPException(403, "writing is disabled: start the server with CHANCERY_TOKEN set")
        if not self._valid(self.presented(request, form_token)):
            raise HTTPException(401, "a valid token is needed to change the knowledge base")
