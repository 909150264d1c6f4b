"""Every real page of ../shared/webpages ingests, and yields its article."""

import gzip
import json

from chancery.ingest.article import to_article
from chancery.pipeline import process
from chancery.records import Source


def test_every_shared_page_ingests(shared, kb):
    truth = json.loads((shared / "webpages" / "ground-truth.json").read_text(encoding="utf-8"))
    assert len(truth) == 181
    empty = []
    for key, item in truth.items():
        data = gzip.decompress((shared / "webpages" / "html" / f"{key}.html.gz").read_bytes())
        extraction = process(Source(uri=item["url"], data=data, media_type="text/html"))
        assert kb.write(extraction) == "added"
        words = set(extraction.article.text.split())
        if len(words & set(item["articleBody"].split())) < 0.5 * len(set(item["articleBody"].split())):
            empty.append(item["url"])
    assert kb.counts()["documents"] == 181
    assert len(empty) <= 3, empty


def test_pages_served_in_their_own_charset(shared):
    truth = json.loads((shared / "webpages" / "ground-truth.json").read_text(encoding="utf-8"))
    key, item = next((k, v) for k, v in truth.items() if any(ord(c) > 0x2000 for c in v["articleBody"]))
    data = gzip.decompress((shared / "webpages" / "html" / f"{key}.html.gz").read_bytes())
    article = to_article(Source(uri=item["url"], data=data))
    assert "\ufffd" not in article.text
