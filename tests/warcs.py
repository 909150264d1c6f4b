"""Small WARC archives for tests, written with warcio."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


def write_warc(path: Path, pages: list[tuple[str, int, str, bytes]], date: str = "2024-03-05T10:00:00Z") -> Path:
    """Write (uri, status, content type, body) responses to a gzipped WARC."""
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for uri, status, ctype, body in pages:
            reason = {200: "OK", 404: "Not Found"}.get(status, "Status")
            http = StatusAndHeaders(f"{status} {reason}", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(uri, "response", payload=BytesIO(body), http_headers=http,
                                               warc_headers_dict={"WARC-Date": date})
            writer.write_record(record)
    return path
