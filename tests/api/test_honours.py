"""Honours derived from the real data and entered by hand, credited to the manager in charge."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from tests.stores import person, store_with
from touchline.api.honours import club_honours, person_honours
from touchline.api.importing import import_paths
from touchline.api.tables import competition_table
from touchline.api.tables import season_matches as stored_season
from touchline.cli import cli
from touchline.compute.honours import Place
from touchline.compute.standings import complete
from touchline.reference.rules import rules_for
from touchline.store import Store, open_store
from touchline.store.read import seasons
from touchline.views.table import table_title


def _lines(found: tuple) -> dict[str, list[tuple[str, str, bool]]]:  # type: ignore[type-arg]
    by_club: dict[str, list[tuple[str, str, bool]]] = {}
    for item in found:
        by_club.setdefault(item.team_name, []).extend((h.label, h.season, h.hand_entered) for h in item.honours)
    return by_club


def test_thorups_honours_as_manager(focused: Store) -> None:
    honours = _lines(person_honours(focused, "Jess Thorup").as_manager)
    # derived from the data, credited to him: the titles of 2017-18 and 2021-22, the 2019 cup final
    assert ("Danish Superliga", "2017-18", False) in honours["FC Midtjylland"]
    assert ("Danish Superliga", "2021-22", False) in honours["FC København"]
    assert ("Belgian Cup runner-up", "2018-19", False) in honours["KAA Gent"]
    # entered by hand where the data has no such season, shown as such
    assert ("Danish Cup", "2012-13", True) in honours["Esbjerg fB"]
    assert ("Danish 1st Division", "2011-12", True) in honours["Esbjerg fB"]
    assert [h for h in honours["FC København"] if h[0] == "The Atlantic Cup runner-up"] == [
        ("The Atlantic Cup runner-up", "2020", True),
        ("The Atlantic Cup runner-up", "2022", True),
    ]
    assert ("Egyptian Super Cup", "2025", True) in honours["Al Ahly SC"]
    # nothing of his predecessors' or successors': Midtjylland's 2019-20 title came after he left
    assert ("Danish Superliga", "2019-20", False) not in honours["FC Midtjylland"]


def test_thorups_honours_as_player(focused: Store) -> None:
    honours = _lines(person_honours(focused, "Jess Thorup").as_player)
    # the cups of 1991 and 1993 are entered by hand; the focused data has no dk.1 1989, so OB's title of
    # that year is not credited here (the whole corpus has it: tests/test_full_corpus.py)
    assert honours["Odense BK"] == [("Danish Cup", "1990-91", True), ("Danish Cup", "1992-93", True)]


def bundesliga_champions_agree(store: Store) -> tuple[dict[str, str], list[str]]:
    """Check that each club's derived Bundesliga titles 1963-64 to 2023-24 are exactly the seasons it
    tops the final table of; give (season -> top club, the seasons the data does not hold whole)."""
    tops: dict[str, str] = {}
    partial: list[str] = []
    for season, _, _ in seasons(store, "de.1"):
        if "1963-64" <= season <= "2023-24":
            found = stored_season(store, "de.1", season)
            if complete(found, rules_for("de.1", season)):
                tops[season] = competition_table(store, "de.1", season).rows[0].club
            else:
                partial.append(season)
    for club in sorted(set(tops.values())):
        won = {
            c.honour.season
            for c in club_honours(store, club).honours
            if c.honour.competition == "de.1" and c.honour.place is Place.WINNER and c.honour.season >= "1963-64"
        }
        assert won - {"2024-25"} == {s for s, top in tops.items() if top == club}, club
    return tops, partial


def test_every_bundesliga_champion_is_the_top_of_its_final_table(focused: Store) -> None:
    tops, partial = bundesliga_champions_agree(focused)
    # the focused data holds 340 of 1991-92's 380 matches (20 clubs that season): no champion from it
    assert partial == ["1991-92"] and len(tops) == 60
    assert sum("Bayern" in top for top in tops.values()) == 32  # their Bundesliga titles to 2022-23


def test_a_clubs_honours_name_the_manager_in_charge(focused: Store) -> None:
    gent = {(c.honour.label, c.honour.season): c.managers for c in club_honours(focused, "KAA Gent").honours}
    assert gent[("Belgian Cup runner-up", "2018-19")] == ("Jess Thorup",)
    assert gent[("Belgian First Division", "2014-15")] == ()  # champions under a manager with no people file


def test_honours_command_prints_the_biography_shape(focused_db: str) -> None:
    result = CliRunner().invoke(cli, ["honours", "Jess Thorup", "--db", focused_db])
    assert result.exit_code == 0, result.output
    assert "  FC Midtjylland\n    - Danish Superliga: 2017–18\n" in result.output
    assert "    - The Atlantic Cup runner-up (2): 2020†, 2022†\n" in result.output
    wiki = CliRunner().invoke(cli, ["honours", "Jess Thorup", "--db", focused_db, "--format", "wiki"]).output
    assert "===Manager===\n'''Esbjerg fB'''\n* Danish 1st Division: 2011–12†\n* Danish Cup: 2012–13†\n" in wiki
    both = CliRunner().invoke(cli, ["honours", "Jess Thorup", "--club", "Gent", "--db", focused_db])
    assert both.exit_code == 2 and "give a person's NAME or --club CLUB" in both.output


def test_a_league_is_named_as_it_was_called_that_season() -> None:
    from touchline.reference.competitions import name_in

    assert [name_in("no.1", s) for s in ("1989", "2011", "2017")] == ["1. divisjon", "Tippeligaen", "Eliteserien"]
    assert [name_in("dk.1", s) for s in ("1989", "2017-18")] == ["1st Division", "Danish Superliga"]
    assert name_in("uefa.cl", "1990-91") == "European Cup" and name_in("uefa.el", "1985-86") == "UEFA Cup"
    # the English and Scottish leagues by era, as their season articles are titled
    by_era = {
        ("eng.1", "1888-89"): "Football League",
        ("eng.1", "1891-92"): "Football League",
        ("eng.1", "1892-93"): "First Division",
        ("eng.1", "1991-92"): "First Division",
        ("eng.1", "1992-93"): "FA Premier League",
        ("eng.1", "2006-07"): "FA Premier League",
        ("eng.1", "2007-08"): "Premier League",
        ("eng.2", "1950-51"): "Second Division",
        ("eng.2", "2000-01"): "First Division",
        ("eng.2", "2010-11"): "Football League Championship",
        ("eng.2", "2020-21"): "EFL Championship",
        ("sco.1", "1890-91"): "Scottish Football League",
        ("sco.1", "1900-01"): "Scottish Division One",
        ("sco.1", "1950-51"): "Scottish Division A",
        ("sco.1", "1960-61"): "Scottish Division One",
        ("sco.1", "1980-81"): "Scottish Premier Division",
        ("sco.1", "2000-01"): "Scottish Premier League",
        ("sco.1", "2020-21"): "Scottish Premiership",
    }
    assert {key: name_in(*key) for key in by_era} == by_era


def test_a_league_table_is_titled_with_the_name_of_its_season(data: Path, tmp_path: Path, focused: Store) -> None:
    # the first Football League season is no "Premier League 1888-89"
    archive = data / "worldfootball-cache-full" / "archive"
    with open_store(tmp_path / "eng.sqlite") as store:
        assert import_paths(store, [archive / "1880s/1888-89/eng.1.txt", archive / "1980s/1980-81/eng.1.txt"]).ok
        assert table_title(competition_table(store, "eng.1", "1888-89")) == "Football League 1888-89"
        assert table_title(competition_table(store, "eng.1", "1980-81")) == "First Division 1980-81"
    assert table_title(competition_table(focused, "dk.1", "2021-22")) == "Danish Superliga 2021-22"


def test_a_league_title_is_dated_and_credited_by_the_day_it_was_out_of_reach(data: Path, tmp_path: Path) -> None:
    # Published: Dortmund won the 2010-11 Bundesliga on 30 April 2011 (2-0 v Nürnberg, two rounds to
    # play) and 2011-12 on 21 April 2012 (2-0 v Gladbach); Bayern won 2013-14 on 25 March 2014 at Hertha
    # (seven rounds to play, a record), and 2018-19 only on the last day, 18 May 2019 (5-1 v Frankfurt)
    folder = data / "openfootball-deutschland"
    files = [folder / season / "1-bundesliga.txt" for season in ("2010-11", "2011-12", "2013-14", "2018-19")]
    # a coach whose spell ended between Dortmund's clinching and the season's last day, 14 May 2011
    coach = person("Test Coach", 'team = "Borussia Dortmund"\nstart = 2008-07-01\nend = 2011-05-01')
    with store_with(tmp_path, files, [coach]) as store:

        def won(club: str) -> dict[str, str]:
            # the Bundesliga's (not the hand-entered Cup Winners' Cups of 1965-66 and 1966-67)
            found = club_honours(store, club).honours
            return {
                c.honour.season: str(c.honour.date)
                for c in found
                if c.honour.place is Place.WINNER and c.honour.competition == "de.1"
            }

        assert won("Borussia Dortmund") == {"2010-11": "2011-04-30", "2011-12": "2012-04-21"}
        assert won("Bayern München") == {"2013-14": "2014-03-25", "2018-19": "2019-05-18"}
        credited = {c.honour.season: c.managers for c in club_honours(store, "Borussia Dortmund").honours}
        assert credited["2010-11"] == ("Test Coach",)
        assert credited["2011-12"] == ()
        evidence = [c.honour.evidence for c in club_honours(store, "Bayern München").honours]
        assert "final table of de.1 2013-14: 1 of 18, 90 points; out of reach from 2014-03-25" in evidence
