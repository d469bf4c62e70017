"""The terminal table drawn directly (touchline.render.grid) is rich's table, character for character:
on generated reports (names with spaces, wide and combining characters, control codes, cells longer
than their column, tables wider than the terminal) and on real reports of the whole corpus."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from touchline.api.managers import Filters, manager_record
from touchline.render import Column, Report, grid, visible
from touchline.render.formats import _rich_text, render_text
from touchline.store import Store
from touchline.store.read import find_club, matches
from touchline.views.listing import matches_report
from touchline.views.manager import manager_report

_WORD = st.text(
    alphabet=st.sampled_from([*"abcdefXYZ19-/[]éøÅß漢字", "\u0301", "\x1b", "\t", "\n"]),
    min_size=1,
    max_size=12,
)
_CELL = st.one_of(
    st.none(),
    st.integers(-50, 5000),
    st.floats(allow_nan=False, allow_infinity=False, width=16),
    st.lists(_WORD, max_size=6).map(" ".join),
    st.lists(_WORD, max_size=3).map("  ".join),
)


@st.composite
def _reports(draw: st.DrawFn) -> Report:
    count = draw(st.integers(1, 8))
    columns = tuple(
        Column(
            f"c{i}",
            draw(st.lists(_WORD, min_size=1, max_size=3).map(" ".join)),
            draw(st.sampled_from(["left", "right", "center"])),
            draw(st.booleans()),
        )
        for i in range(count)
    )

    def rows(most: int) -> tuple[dict[str, object], ...]:
        return tuple({c.key: draw(_CELL) for c in columns} for _ in range(draw(st.integers(0, most))))

    return Report(
        title=draw(st.sampled_from(["", "Matches of FC Augsburg", "A title " * 12])),
        columns=columns,
        rows=rows(6),  # type: ignore[arg-type]
        footer=rows(2),  # type: ignore[arg-type]
        notes=tuple(draw(st.lists(st.lists(_WORD, max_size=30).map(" ".join), max_size=3))),
        caption=draw(st.sampled_from([None, "", "the store's matches"])),
    )


def _by_rich(report: Report, width: int) -> str:
    columns = visible(report.columns, report.rows)
    return _rich_text(report, columns, next((c for c in columns if not c.numeric), None), width)


@settings(max_examples=400, deadline=None)
@given(report=_reports(), width=st.sampled_from([24, 40, 80, 120, 200]))
def test_drawn_tables_are_riches(report: Report, width: int) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("COLUMNS", str(width))
        assert render_text(report) == _by_rich(report, width)


def test_a_table_that_fits_is_drawn_without_rich() -> None:
    heading, body = ["Team", "G"], [["Esbjerg fB", "45"], ["FC Midtjylland", "154"]]
    drawn = grid.draw("Record", "", heading, ["left", "right"], [True, False], 0, body, [], 120)
    assert drawn is not None
    assert drawn.splitlines()[2] == "  Team               G  "
    assert drawn.splitlines()[5] == "  FC Midtjylland   154  "


def test_figures_too_wide_are_cropped_as_rich_crops_them() -> None:
    # two figures that cannot wrap, wider together than the terminal: both narrowed evenly, cut with "…"
    heading, body = ["A", "B"], [["1" * 30, "2" * 30]]
    drawn = grid.draw("", "", heading, ["right", "right"], [False, False], None, body, [], 40)
    assert drawn is not None
    assert drawn.splitlines()[3] == "  " + "1" * 15 + "…   " + "2" * 16 + "…  "


def test_a_terminal_too_narrow_for_the_columns_is_left_to_rich() -> None:
    heading = [f"Column {n}" for n in range(8)]
    assert grid.draw("", "", heading, ["left"] * 8, [True] * 8, 0, [heading], [], 12) is None


@pytest.mark.parametrize("width", [80, 120, 160])
def test_real_reports_are_drawn_as_rich_draws_them(full: Store, width: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    club = find_club(full, "FC Augsburg")
    listing = matches_report(matches(full, club=club.id), f"Matches of {club.name}")
    # 1,029 matches: rounds ("Süd / Matchday 1") wrap, source paths are cropped with an ellipsis
    assert len(listing.rows) == 1029
    record = manager_report(manager_record(full, "Jess Thorup", Filters(date_to=dt.date(2025, 6, 30))))
    for report in (listing, record):
        drawn = render_text(report)
        assert drawn == _by_rich(report, width)
        assert max(len(line) for line in drawn.splitlines()) <= width
