"""A season played in groups whose title a final between clubs of different groups decided: where the
rules name that final's stage a decider, its winner is champion, the groups' tables standing as they
are (Norway's Hovedserien, 1948-49 to 1960-61: two groups of eight, their winners meeting in a final;
Brazil's Copa João Havelange of 2000). On a small made-up season and the whole corpus (``full``: all
of ../shared/data and the people files of touchline/data/people)."""

from __future__ import annotations

from dataclasses import replace

from tests.compute.seasons import champion_of
from tests.madeup import made_up
from touchline.api.honours import club_honours
from touchline.api.tables import competition_table, season_matches
from touchline.compute.honours import Place
from touchline.compute.standings import complete, final_standings
from touchline.compute.titles import champion
from touchline.model import Match
from touchline.reference.rules import Rules, rules_for
from touchline.store import Store

RULES = Rules(competition="xx.1", season="2023-24")


def _groups_and_a_final() -> list[Match]:
    """Two groups of three, each a double round robin with the same results (A1 and B1 top them, level
    on points), then a final in which B1 beat A1."""
    groups = [("A1", "A2", "A3"), ("B1", "B2", "B3")]
    results = {("1", "2"): (2, 0), ("2", "1"): (0, 1), ("1", "3"): (3, 1), ("3", "1"): (1, 1)}
    results |= {("2", "3"): (1, 0), ("3", "2"): (2, 2)}
    season: list[Match] = []
    day = 1
    for clubs in groups:
        letter = clubs[0][0]
        for (home, away), score in results.items():
            season.append(made_up(day, letter + home, letter + away, score, stage="Regular Season"))
            day += 1
    # the final between the groups' winners decides, not the tables
    season.append(made_up(day + 7, "A1", "B1", (1, 2), stage="Playoffs", round="Final"))
    return season


def test_a_decider_between_the_groups_winners_crowns_its_winner() -> None:
    season = _groups_and_a_final()
    decided = replace(RULES, deciders=("Playoffs",))
    # each group a whole round robin of its own: the season is whole
    assert complete(season, decided)
    assert champion(season, decided) == "B1"
    table = final_standings(season, decided)
    # the groups' tables stand as they are, each winner first of its group
    assert [(r.group, r.position, r.club) for r in table.rows] == [
        ("A", 1, "A1"),
        ("A", 2, "A2"),
        ("A", 3, "A3"),
        ("B", 1, "B1"),
        ("B", 2, "B2"),
        ("B", 3, "B3"),
    ]
    assert "B1 champions, A1 runners-up: the Playoffs between them decided the title (B1, 2–1)" in table.notes
    # without the decider in the rules: groups and no title, the final a stage the rules do not model
    plain = final_standings(season, RULES)
    assert [(r.group, r.position, r.club) for r in plain.rows] == [(r.group, r.position, r.club) for r in table.rows]
    assert champion(season, RULES) is None
    assert any(note.startswith("Not counted: 1 matches of Playoffs") for note in plain.notes)
    # a final the data does not decide crowns no one
    level = [*season[:-1], made_up(40, "A1", "B1", (1, 1), stage="Playoffs", round="Final")]
    assert champion(level, decided) is None


def test_norway_1955_56_larvik_turn_beat_fredrikstad_in_the_final(full: Store) -> None:
    # "Hovedserien var delt opp i to avdelingar, med åtte lag kvar. Larvik Turn vann gruppe A, og
    # Fredrikstad gruppe B. I finalen mellom dei to laga vann Larvik Turn 3-2" (nn.wikipedia
    # "Hovudserien 1955/56"); RSSSF "Norway - List of Champions": "1955/56 Larvik Turn IF"
    assert champion_of(full, "no.1", "1955-56") == "Larvik Turn og IF"
    table = competition_table(full, "no.1", "1955-56")
    leaders = [(r.group, r.club, r.points) for r in table.rows if r.position == 1]
    # (nn.wikipedia's groups are the data's the other way round: touchline labels the group of the
    # alphabetically first club "A"); Fredrikstad 27 points, Larvik Turn 21 (nn.wikipedia's tables)
    assert leaders == [("A", "Fredrikstad FK", 27), ("B", "Larvik Turn og IF", 21)]
    assert (
        "Larvik Turn og IF champions, Fredrikstad FK runners-up: the Playoffs between them decided the title "
        "(Larvik Turn og IF, 3–2)"
    ) in table.notes


def test_norway_1948_49_to_1960_61_champions(full: Store) -> None:
    # RSSSF "Norway - List of Champions" (rsssf.org/tablesn/noochamp.html): "1948/49 Fredrikstad FK,
    # 1949/50 Fram IF (Larvik), 1950/51 Fredrikstad FK, 1951/52 Fredrikstad FK, 1952/53 Larvik Turn IF,
    # 1953/54 Fredrikstad FK, 1954/55 Larvik Turn IF, 1955/56 Larvik Turn IF, 1956/57 Fredrikstad FK,
    # 1957/58 Viking FK (Stavanger), 1958/59 Lillestrøm SK, 1959/60 Fredrikstad FK, 1960/61 Fredrikstad FK".
    # 1948-49 to 1950-51 finals over two legs ("June 6: Vålerengen-Fredrikstad 1-3, June 12:
    # Fredrikstad-Vålerengen 3-0 (agg. 6-1)", en.wikipedia "1949 in Norwegian football")
    published = {
        "1948-49": "Fredrikstad FK",
        "1949-50": "Fram Larvik",
        "1950-51": "Fredrikstad FK",
        "1951-52": "Fredrikstad FK",
        "1952-53": "Larvik Turn og IF",
        "1953-54": "Fredrikstad FK",
        "1954-55": "Larvik Turn og IF",
        "1955-56": "Larvik Turn og IF",
        "1956-57": "Fredrikstad FK",
        "1957-58": "Viking FK",
        "1959-60": "Fredrikstad FK",
        "1960-61": "Fredrikstad FK",
    }
    assert {season: champion_of(full, "no.1", season) for season in published} == published
    # 1958-59, Lillestrøm SK's: the final was drawn after extra time and replayed ("in zwei Finalspielen
    # der beiden Gruppensieger ermittelt werden, da das erste Spiel unentschieden nach Verlängerung
    # ausging", de.wikipedia "Hovedserien 1958/59"); the data files the replay (Lillestrøm 4-1
    # Fredrikstad, 5 August 1959) as a round of its own, "Decider", which [replays_in."no.1"] of
    # touchline/data/ties.toml joins to the final
    found = season_matches(full, "no.1", "1958-59")
    assert [(m.round, m.home, m.away) for m in found if m.stage == "Playoffs"] == [
        ("Final", "Lillestrøm SK", "Fredrikstad FK"),
        ("Decider", "Lillestrøm SK", "Fredrikstad FK"),
    ]
    assert champion_of(full, "no.1", "1958-59") == "Lillestrøm SK"
    # then one table, no decider: Brann's title of 1961-62 (the data's "1962") as before, "1961/62 SK
    # Brann (Bergen)" (RSSSF, as above)
    assert rules_for("no.1", "1962").deciders == ()
    assert champion_of(full, "no.1", "1962") == "SK Brann"


def test_brazil_2000_vasco_won_the_final_of_the_copa_joao_havelange(full: Store) -> None:
    # "Vasco da Gama won the championship for the fourth time by defeating São Caetano 4–2 (aggregate
    # score)" (en.wikipedia "Copa João Havelange Final"): 1-1, the second leg abandoned at 0-0 when a
    # barrier collapsed at São Januário, then 3-1 at the Maracanã on 18 January 2001 ("o Vasco derrotava
    # o São Caetano por 3 a 1 no Maracanã e conquistava a Copa João Havelange 2000", netvasco.com.br).
    # A season of modules (stages of their own), its rules naming the "Championship Playoffs" a decider
    assert champion_of(full, "br.1", "2000") == "Vasco da Gama RJ"
    table = competition_table(full, "br.1", "2000")
    assert (
        "Vasco da Gama RJ champions, São Caetano SP runners-up: the Championship Playoffs between them decided "
        "the title (Vasco da Gama RJ, in a replay (3–1))"
    ) in table.notes


def test_the_finals_winner_is_credited_with_the_title_and_its_loser_runner_up(full: Store) -> None:
    # RSSSF "Norway - List of Champions": Larvik Turn champions of 1952-53, 1954-55 and 1955-56, each
    # time through the final between the two groups' winners (1955-56: 3-2 v Fredrikstad, nn.wikipedia
    # "Hovudserien 1955/56")
    larvik = [(c.honour.season, c.honour.place) for c in club_honours(full, "Larvik Turn og IF").honours]
    assert [s for s, place in larvik if place is Place.WINNER and s < "1962"] == ["1952-53", "1954-55", "1955-56"]
    fredrikstad = {(c.honour.season, c.honour.place) for c in club_honours(full, "Fredrikstad FK").honours}
    assert ("1955-56", Place.RUNNER_UP) in fredrikstad
