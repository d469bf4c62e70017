"""Points deductions outside the top English leagues, titles revoked and a season declared void: final
tables and honours as the competitions published them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from touchline.api.honours import club_honours
from touchline.api.importing import import_paths
from touchline.api.tables import competition_table
from touchline.store import Store, open_store

# (competition, season, club) -> (points, place) in the published final table
PUBLISHED = {
    # englishfootballstats.co.uk, League One 2007-08
    ("eng.3", "2007-08", "Leeds United"): (76, None),
    ("eng.3", "2007-08", "AFC Bournemouth"): (48, 21),
    ("eng.3", "2007-08", "Luton Town"): (33, 24),
    # Wikipedia, 2008-09 Football League Two
    ("eng.4", "2008-09", "Luton Town"): (26, 24),
    ("eng.4", "2008-09", "AFC Bournemouth"): (46, 21),
    ("eng.4", "2008-09", "Rotherham United"): (58, 14),
    ("eng.4", "2008-09", "Darlington FC"): (62, 12),
    # Wikipedia, 2011-12 Scottish Premier League and 2013-14 Scottish Premiership
    ("sco.1", "2011-12", "Rangers FC"): (73, 2),
    ("sco.1", "2013-14", "Heart of Midlothian"): (23, 12),
    # rsssf, Greece 2019-20: Xanthi relegated, 13th
    ("gr.1", "2019-20", "Xanthi FC"): (24, 13),
    # Wikipedia, 2005-06 Serie A (Calciopoli): Milan 3rd on 58, Fiorentina 9th on 44, Lazio 16th on 32,
    # Juventus placed last; 2022-23 Serie A: Juventus 7th on 62 (10 points taken on 22 May 2023)
    ("it.1", "2005-06", "AC Milan"): (58, 3),
    ("it.1", "2005-06", "ACF Fiorentina"): (44, 9),
    ("it.1", "2005-06", "Lazio Roma"): (32, 16),
    ("it.1", "2005-06", "Juventus"): (0, 20),
    ("it.1", "2022-23", "Juventus"): (62, 7),
}


@pytest.fixture(scope="module")
def store(data: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    full = data / "worldfootball-cache-full"
    files = [full / "2007-08" / "eng.3.txt", full / "2008-09" / "eng.4.txt", full / "2019-20" / "gr.1.txt"]
    files += [full / season / "sco.1.txt" for season in ("2011-12", "2012", "2013-14", "2014")]
    files.append(full / "2019-20" / "nl.1.txt")
    files += [full / season / "it.1.txt" for season in ("2004-05", "2005-06", "2022-23")]
    with open_store(tmp_path_factory.mktemp("deductions") / "d.sqlite") as opened:
        assert import_paths(opened, files).ok
        yield opened


@pytest.mark.parametrize(("key", "published"), PUBLISHED.items(), ids=[" ".join(k) for k in PUBLISHED])
def test_final_tables_carry_the_deductions(
    store: Store, key: tuple[str, str, str], published: tuple[int, int | None]
) -> None:
    code, season, club = key
    row = competition_table(store, code, season).row(club)
    points, place = published
    assert row.points == points and row.deduction > 0
    if place is not None:
        assert row.position == place


def test_a_season_declared_void_credits_no_title(store: Store) -> None:
    # the KNVB declared 2019-20 void (COVID-19): Ajax topped the table on goal difference, no champion
    ajax = [(c.honour.season, c.honour.place.value) for c in club_honours(store, "AFC Ajax").honours]
    assert ("2019-20", "winner") not in ajax
    assert competition_table(store, "nl.1", "2019-20").rows[0].club == "AFC Ajax"


def test_ligue_1_2019_20_ranked_on_points_per_match_then_the_meetings(data: Path, tmp_path: Path) -> None:
    # the LFP's final table of 30 April 2020 (fr.besoccer.com): points per match, ties on the clubs'
    # meetings where both were played (Nice above Reims), else goal difference (Lyon, Montpellier, Monaco;
    # Dijon above Saint-Étienne: their second meetings were cancelled with the season)
    with open_store(tmp_path / "fr.sqlite") as store:
        assert import_paths(store, [data / "worldfootball-cache-full" / "2019-20" / "fr.1.txt"]).ok
        clubs = [row.club for row in competition_table(store, "fr.1", "2019-20").rows]
    assert clubs == [
        "Paris Saint-Germain", "Olympique Marseille", "Stade Rennais", "Lille OSC", "OGC Nice", "Stade de Reims",
        "Olympique Lyonnais", "Montpellier HSC", "AS Monaco", "RC Strasbourg", "Angers SCO", "Girondins Bordeaux",
        "FC Nantes", "Stade Brestois 29", "FC Metz", "Dijon FCO", "AS Saint-Étienne", "Nîmes Olympique",
        "Amiens SC", "Toulouse FC",
    ]  # fmt: skip


def test_titles_taken_away_in_a_scandal(store: Store) -> None:
    # Calciopoli: Juventus's 2004-05 title revoked and given to nobody (Milan stay runners-up); 2005-06's
    # given to Inter, Roma runners-up (Milan 3rd after their deduction)
    def league(club: str) -> list[tuple[str, str]]:
        return [(c.honour.season, c.honour.place.value) for c in club_honours(store, club).honours]

    assert [h for h in league("Juventus") if h[0] in ("2004-05", "2005-06")] == []
    assert ("2004-05", "runner-up") in league("AC Milan") and ("2005-06", "runner-up") not in league("AC Milan")
    assert ("2005-06", "winner") in league("Inter")
    assert ("2005-06", "runner-up") in league("AS Roma")
    assert competition_table(store, "it.1", "2005-06").rows[0].club == "Inter"
