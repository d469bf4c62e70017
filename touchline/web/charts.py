"""Charts drawn on the server as SVG: a timeline of spells, bars of points per game, and a club's league
position matchday by matchday.

These functions only lay out shapes (coordinates in a fixed viewBox, labels, links); the template
``_charts.html`` writes them as SVG, escaping every label. No JavaScript is involved, so a chart is the
same in every browser and can be checked in a test by counting its shapes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

WIDTH = 640  # viewBox width of every chart; the SVG scales to the page


@dataclass(frozen=True, slots=True)
class Span:
    """A spell on the timeline: its label, dates, a link and a CSS class (by coverage)."""

    label: str
    start: dt.date
    end: dt.date
    href: str
    css: str = "full"


@dataclass(frozen=True, slots=True)
class Bar:
    """A laid-out bar with its label and value text."""

    x: float
    y: float
    width: float
    height: float
    label: str
    value: str
    href: str
    css: str = ""
    title: str = ""


@dataclass(frozen=True, slots=True)
class Tick:
    """An axis tick: where, and its text."""

    at: float
    text: str


@dataclass(frozen=True, slots=True)
class Chart:
    """A chart ready for the template: size, bars or points, axis ticks and marks."""

    kind: str
    width: int
    height: int
    title: str
    bars: tuple[Bar, ...] = ()
    ticks_x: tuple[Tick, ...] = ()
    ticks_y: tuple[Tick, ...] = ()
    points: tuple[Point, ...] = ()
    line: str = ""
    marks: tuple[Mark, ...] = ()
    plot: tuple[float, float, float, float] = (0, 0, 0, 0)  # left, top, right, bottom of the plot area
    extra: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Point:
    """A point of the position chart: matchday, position, its link and hover text."""

    x: float
    y: float
    label: str
    position: int
    href: str


@dataclass(frozen=True, slots=True)
class Mark:
    """A vertical mark on the position chart (arrival or departure)."""

    x: float
    text: str
    css: str


def timeline(spans: Sequence[Span], title: str) -> Chart | None:
    """One bar per spell on a shared time axis (years)."""
    if not spans:
        return None
    first = min(s.start for s in spans)
    last = max(s.end for s in spans)
    left, right, row = 150.0, WIDTH - 10.0, 22.0
    days = max((last - first).days, 1)

    def x(day: dt.date) -> float:
        return left + (right - left) * (day - first).days / days

    bars = []
    for i, span in enumerate(spans):
        start, end = x(span.start), x(span.end)
        bars.append(
            Bar(
                start,
                10 + i * row,
                max(end - start, 2.0),
                row - 6,
                span.label,
                f"{span.start.isoformat()} to {span.end.isoformat()}",
                span.href,
                span.css,
                f"{span.label}: {span.start.isoformat()} to {span.end.isoformat()}",
            )
        )
    step = max(1, (last.year - first.year) // 8 or 1)
    ticks = tuple(
        Tick(x(dt.date(year, 1, 1)), str(year))
        for year in range(first.year + 1, last.year + 1, step)
        if first <= dt.date(year, 1, 1) <= last
    )
    height = int(10 + len(spans) * row + 24)
    return Chart("timeline", WIDTH, height, title, bars=tuple(bars), ticks_x=ticks, plot=(left, 10, right, height - 24))


@dataclass(frozen=True, slots=True)
class Value:
    """A labelled value for a bar chart, with the link to what lies behind it."""

    label: str
    value: float
    text: str
    href: str
    css: str = ""


def bars(values: Sequence[Value], title: str, maximum: float) -> Chart | None:
    """Horizontal bars, one per value, on a scale from 0 to ``maximum``."""
    if not values:
        return None
    left, right, row = 190.0, WIDTH - 50.0, 20.0
    out = []
    for i, item in enumerate(values):
        width = (right - left) * max(item.value, 0.0) / maximum if maximum else 0.0
        out.append(Bar(left, 8 + i * row, width, row - 5, item.label, item.text, item.href, item.css, item.label))
    height = int(8 + len(values) * row + 22)
    ticks = tuple(Tick(left + (right - left) * v / maximum, f"{v:g}") for v in (0, 1, 2, 3) if v <= maximum)
    return Chart("bars", WIDTH, height, title, bars=tuple(out), ticks_x=ticks, plot=(left, 8, right, height - 22))


def positions(
    series: Sequence[tuple[str, int, str]],
    clubs: int,
    title: str,
    marks: Sequence[tuple[float, str, str]] = (),
) -> Chart | None:
    """A club's position after each matchday: ``series`` is (label, position, link) per matchday in
    order, drawn as one point each, 1st at the top; ``marks`` are (index between points, text, css)."""
    if not series:
        return None
    left, top, right, bottom = 36.0, 12.0, WIDTH - 12.0, 200.0
    count = len(series)
    clubs = max(clubs, max(p for _, p, _ in series), 2)

    def x(index: float) -> float:
        return left + (right - left) * (index / (count - 1) if count > 1 else 0.5)

    def y(position: int) -> float:
        return top + (bottom - top) * (position - 1) / (clubs - 1)

    points = tuple(Point(x(i), y(p), label, p, href) for i, (label, p, href) in enumerate(series))
    step = 5 if count > 12 else 1
    ticks_x = tuple(Tick(x(i), series[i][0]) for i in range(0, count, step))
    ticks_y = tuple(Tick(y(p), str(p)) for p in sorted({1, *range(5, clubs + 1, 5), clubs}))
    chart_marks = tuple(Mark(x(at), text, css) for at, text, css in marks if -0.5 <= at <= count - 0.5)
    line = " ".join(f"{p.x:.1f},{p.y:.1f}" for p in points)
    return Chart(
        "positions",
        WIDTH,
        int(bottom + 28),
        title,
        points=points,
        line=line,
        ticks_x=ticks_x,
        ticks_y=ticks_y,
        marks=chart_marks,
        plot=(left, top, right, bottom),
    )
