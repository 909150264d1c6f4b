"""Geometry for the timeline chart, drawn as SVG by the templates."""

from __future__ import annotations

import datetime as dt

TYPES = ("meeting", "visit", "conference", "agreement", "aid", "publication", "establishment")
COLORS = {"meeting": "#1f77b4", "visit": "#2ca02c", "conference": "#9467bd", "agreement": "#d62728",
          "aid": "#ff7f0e", "publication": "#8c564b", "establishment": "#17becf"}


def _as_year_fraction(date: str | None) -> float | None:
    """A partial ISO date as a decimal year at the middle of its precision."""
    if not date or date.startswith("--"):
        return None
    first = date.split("/")[0]
    parts = first.split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return year + 0.5
        month = int(parts[1])
        if len(parts) == 2:
            return year + (month - 0.5) / 12
        day = dt.date(year, month, int(parts[2]))
        return year + (day.timetuple().tm_yday - 0.5) / 366
    except ValueError:
        return None


def timeline(events: list[dict], width: int = 800, lane: int = 26, margin: int = 110) -> dict:
    """Points per event (x by date, one lane per type), year ticks, and the undated events."""
    dated = [(e, _as_year_fraction(e["date"])) for e in events]
    xs = [x for _, x in dated if x is not None]
    types = [t for t in TYPES if any(e["type"] == t and x is not None for e, x in dated)]
    height = 40 + lane * max(1, len(types))
    if not xs:
        return {"width": width, "height": height, "points": [], "ticks": [], "lanes": [], "undated": events}
    lo, hi = min(xs), max(xs)
    lo, hi = (lo - 0.5, hi + 0.5) if hi - lo < 1 else (lo, hi)
    scale = (width - margin - 20) / (hi - lo)
    points = []
    for e, x in dated:
        if x is None:
            continue
        points.append({
            "x": round(margin + (x - lo) * scale, 1), "y": 20 + lane * types.index(e["type"]) + lane / 2,
            "color": COLORS[e["type"]], "planned": e["status"] == "planned", "id": e["id"],
            "label": f"{e['date']} {e['type']} ({e['status']})",
        })
    step = max(1, round((hi - lo) / 8))
    ticks = [{"x": round(margin + (y - lo) * scale, 1), "label": str(y)} for y in range(int(lo) + 1, int(hi) + 1, step)]
    lanes = [{"y": 20 + lane * i + lane / 2, "label": t} for i, t in enumerate(types)]
    return {"width": width, "height": height, "points": points, "ticks": ticks, "lanes": lanes,
            "undated": [e for e, x in dated if x is None]}
