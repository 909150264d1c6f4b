"""The web app: JSON API under /api and server-rendered pages over the same views."""
