"""Comparing two derivations of the club registry: what a re-derivation after new data changed."""

from __future__ import annotations

from pathlib import Path

from touchline.api.registry import DerivedClub, compare, derived_toml, load_derived


def club(cid: str, name: str, *names: str) -> DerivedClub:
    return DerivedClub(cid, name, "GER", False, tuple(f"GER: {n} (1966-67; s)" for n in names), ())


def test_a_round_trip_changes_nothing_and_each_kind_of_change_is_named(tmp_path: Path) -> None:
    before = [club("ger-a", "A", "A", "A2"), club("ger-b", "B", "B", "Bee"), club("ger-c", "C", "C", "See")]
    (tmp_path / "before.toml").write_text(derived_toml(before), encoding="utf-8")
    assert compare(load_derived(tmp_path / "before.toml"), before) == []
    after = [club("ger-a", "A new", "A", "Bee"), club("ger-b", "B", "B", "B2"), club("ger-d", "D", "D", "Dee")]
    changes = [(c.kind, c.text) for c in compare(load_derived(tmp_path / "before.toml"), after)]
    assert changes == [
        ("added", "D: GER: D, GER: Dee"),
        ("gone", "C: GER: C, GER: See"),
        ("renamed", "A -> A new"),
        ("moved", "GER: Bee: ger-b -> ger-a"),
        # a name that stood alone joins a club listed before (Laugaricio Trenčín, AS Trenčín's old name,
        # joined in December 2026), and one a club no longer answers to
        ("joined", "GER: B2 -> ger-b"),
        ("left", "GER: A2: ger-a"),
    ]
