"""The ties and honours hook (touchline/article/facts.py): the seed's aggregate and titles checked against
the data, hand-entered honours said to be so, an article with wrong ties and honours flagged, and the
finals and European ties `touchline article` writes. Figures checked by hand with `touchline tie`,
`touchline cup` and `touchline honours`."""

from __future__ import annotations

from pathlib import Path

import click
import mwparserfromhell
import pytest

from tests.article.conftest import ARTICLES
from touchline.article.audit import Audit, ClaimCheck, Verdict, audit, audit_article
from touchline.article.claims import Kind, honour_claim
from touchline.article.document import Career, Honour
from touchline.article.events import round_text
from touchline.article.facts import MatchFacts
from touchline.article.generate import article_text
from touchline.article.parse import parse_article
from touchline.store import Store, open_store

HAND = "hand-entered, not from match data"


def _check(result: Audit, line: int, quote: str | None = None) -> ClaimCheck:
    (found,) = [c for c in result.claims if c.claim.line == line and (quote is None or c.claim.quote == quote)]
    return found


def test_the_seed_aggregate_agrees_with_its_legs_listed(seed: Path, focused: Store) -> None:
    result = audit_article(focused, seed)
    check = _check(result, 45, "defeating Trabzonspor 2–1 on aggregate")
    assert (check.spell, check.verdict) == ("Copenhagen", Verdict.AGREES)
    assert check.answer == (
        "FC København 2–1 Trabzonspor on aggregate (2–1, 0–0): FC København, 2–1 on aggregate "
        "(UEFA Champions League qualifying 2022-23, the play-off round)"
    )
    # each leg with its file and line, and the command that shows the tie
    first, second, command = check.evidence
    assert first.startswith("2022-08-16 uefa.cl.q 2022-23: FC København 2–1 Trabzonspor (")
    assert second.startswith("2022-08-24 uefa.cl.q 2022-23: Trabzonspor 0–0 FC København (")
    assert first.endswith("/2022-23/uefa.cl.q.txt:117)") and second.endswith("/2022-23/uefa.cl.q.txt:129)")
    assert command == "touchline tie 'FC København' Trabzonspor --season 2022-23"


def test_the_seed_titles(seed: Path, focused: Store) -> None:
    result = audit_article(focused, seed)
    # the Danish Cup of 2012-13 is not in the match data: it agrees as hand-entered, and says so
    cup = _check(result, 15, "won the Danish Cup")
    assert (cup.spell, cup.verdict) == ("Esbjerg fB", Verdict.AGREES)
    assert cup.answer.startswith(f"{HAND}: Esbjerg fB won the Danish Cup 2012–13 (source: ")
    # the Superliga titles come from the final tables
    superliga = _check(result, 43)
    assert superliga.verdict is Verdict.AGREES
    assert superliga.answer == (
        "FC København won the Danish Superliga 2021–22 (final table of dk.1 2021-22: 1 of 12, 68 points)"
    )
    lines = {c.claim.line: c for c in result.claims if c.reading == "honours line"}
    assert lines[84].answer == (
        "FC Midtjylland won the Danish Superliga 2017–18 (final table of dk.1 2017-18: 1 of 14, 85 points)"
    )
    assert lines[84].evidence[-1] == "touchline honours --club 'FC Midtjylland'"
    assert lines[87].verdict is Verdict.AGREES and "from match data" not in lines[87].answer
    # the hand-entered lines agree as such, each season with its source
    for line in (76, 80, 81, 88, 90):
        assert lines[line].verdict is Verdict.AGREES and lines[line].answer.startswith(HAND), line
    assert lines[88].answer.count(f"{HAND}: FC København were runners-up in The Atlantic Cup") == 2
    assert lines[90].spell == "Al Ahly" and "Al Ahly SC won the Egyptian Super Cup 2025" in lines[90].answer
    # OB's 1989 title: the focused data has no Danish league season of 1989 (the full corpus does)
    assert (lines[75].verdict, lines[75].answer) == (
        Verdict.NOT_CHECKABLE,
        "the store holds no 1st Division (dk.1) season 1989",
    )
    # a title as player with no club named cannot be credited; Mechelen's Cup is not Thorup's
    assert _check(result, 11).answer == "the sentence names no club the title could be credited to"
    assert _check(result, 26, "won the Cup").verdict is Verdict.NOT_CHECKABLE
    assert result.findings == ["line 36: 'for only six games': 5 matches in the data"]


def test_wrong_ties_and_honours_are_flagged(focused: Store) -> None:
    result = audit_article(focused, ARTICLES / "thorup-honours.txt")
    # Midtjylland went out on away goals: "knocked out" is wrong though the aggregate is right
    apoel = _check(result, 11)
    assert apoel.verdict is Verdict.DIFFERS
    assert apoel.answer.startswith("FC Midtjylland 2–2 APOEL Nicosia on aggregate (1–2, 1–0): APOEL Nicosia, 2–2 on")
    assert _check(result, 14).answer == (
        "the final of the Belgian Cup (be.cup) 2018-19: KAA Gent v KV Mechelen, won by KV Mechelen, 2–1"
    )
    assert _check(result, 17, "defeating Trabzonspor 3–1 on aggregate").verdict is Verdict.DIFFERS
    sevilla = _check(result, 17, "beaten Sevilla 2–0 on aggregate")
    assert sevilla.verdict is Verdict.NOT_CHECKABLE and "against Sevilla" in sevilla.answer
    # 2014-15 was won under his predecessor (out of reach on 21 May 2015: 68 points to København's 58, three
    # rounds to play), 2018-19 by another club (the data holds the season whole)
    superliga = _check(result, 35)
    assert superliga.verdict is Verdict.DIFFERS
    assert superliga.answer.split("; ") == [
        "FC Midtjylland won the Danish Superliga 2014–15 on 21 May 2015, outside his time in charge "
        "(12 July 2015 to 10 October 2018)",
        "FC Midtjylland won the Danish Superliga 2017–18 (final table of dk.1 2017-18: 1 of 14, 85 points)",
        "FC Midtjylland finished 2nd of 14 in the final table of Danish Superliga (dk.1) 2018-19",
    ]
    assert _check(result, 38).verdict is Verdict.DIFFERS  # Gent lost the final
    assert _check(result, 39).verdict is Verdict.AGREES
    assert _check(result, 42).answer == "the store holds no Danish Cup (dk.cup) season 2021-22"
    assert _check(result, 43).answer.startswith(HAND)
    assert _check(result, 47).answer.startswith(f"{HAND}: Odense BK won the Danish Cup 1990–91")  # as player
    assert [f.split(":")[0] for f in result.findings] == ["line 11", "line 14", "line 17", "line 35", "line 38"]


def test_competitions_are_told_apart(focused_db: str) -> None:
    with open_store(focused_db, create=False) as store:
        facts = MatchFacts(store)

        def line(club: str, text: str, career: Career = Career.MANAGER) -> tuple[bool | None, str]:
            answer = facts.title(honour_claim(Honour(1, career, club, text)), None)
            return answer.agrees, answer.answer

        # Freiburg won the second tier in 2015-16: the Bundesliga is another competition
        assert line("SC Freiburg", "2. Bundesliga: 2015–16")[0] is True
        assert line("SC Freiburg", "Bundesliga: 2015–16") == (
            False,
            "SC Freiburg did not play in Bundesliga (de.1) 2015-16 (the store holds it whole)",
        )
        # a year names the season that ended in it; "champions" names the league
        assert line("Borussia Dortmund", "DFB-Pokal: 2012")[0] is True
        assert line("Borussia Dortmund", "German champions: 2011")[0] is True
        assert line("Borussia Dortmund", "UEFA Champions League runner-up: 2012–13")[0] is True
        assert line("Borussia Dortmund", "UEFA Champions League: 2012–13")[1] == (
            "the final of the UEFA Champions League (uefa.cl) 2012-13: Borussia Dortmund v Bayern München, "
            "won by Bayern München, 2–1"
        )
        assert line("Nowhere United", "Cup: 2001")[0] is None


def test_the_article_writes_finals_european_ties_and_honours(focused: Store) -> None:
    wiki = article_text(focused, "Jess Thorup", "wiki")
    # each club as the person file labels it, throughout (jess-thorup.toml: "Gent", "Copenhagen")
    assert (
        "FC Midtjylland lost to APOEL Nicosia 2–2 on aggregate, on away goals, in the third qualifying round of "
        "the 2015–16 UEFA Champions League (1–2 at home, 1–0 away)." in wiki
    )
    assert "Gent reached the 2018–19 Belgian Cup final and lost 2–1 to KV Mechelen on 1 May 2019." in wiki
    assert (
        "Copenhagen beat Trabzonspor 2–1 on aggregate in the play-off round of the 2022–23 UEFA Champions "
        "League (2–1 at home, 0–0 away)." in wiki
    )
    code = mwparserfromhell.parse(wiki)
    (honours,) = code.get_sections(matches="Honours", levels=[2])
    assert [str(h.title) for h in honours.filter_headings()] == ["Honours", "Player", "Manager", "Notes"]
    text = str(honours)
    assert "'''Odense BK'''\n* Danish Cup (2): 1990–91†, 1992–93†" in text
    assert "'''Gent'''\n* Belgian Cup runner-up: 2018–19\n* Belgian First Division A runner-up: 2019–20" in text
    assert "'''Copenhagen'''\n* The Atlantic Cup runner-up (2): 2020†, 2022†\n* Danish Superliga: 2021–22" in text
    assert "# † Esbjerg fB, Danish Cup 2012–13: hand-entered, not from match data; Encyclopedia biography" in text
    # the round trip: every tie and honour the article writes audits as agreeing
    result = audit(focused, parse_article(wiki, "thorup.wiki"))
    hooked = [c for c in result.claims if c.claim.kind in (Kind.AGGREGATE, Kind.TITLE)]
    assert len([c for c in hooked if c.reading == "honours line"]) == 9
    assert len([c for c in hooked if c.claim.kind is Kind.AGGREGATE]) == 9
    assert {c.verdict for c in hooked} == {Verdict.AGREES}


def test_a_won_final_and_a_level_tie_read_as_titles_and_aggregates(focused_db: str) -> None:
    with open_store(focused_db, create=False) as store:
        klopp = article_text(store, "Klopp", "wiki")
        solskjaer = article_text(store, "Solskjær", "md")
    assert (
        "Liverpool FC under Klopp won the 2018–19 UEFA Champions League, beating Tottenham Hotspur 2–0 in the "
        "final on 1 June 2019." in klopp
    )
    assert "Borussia Dortmund reached the 2013–14 DFB-Pokal final and lost 2–0 after extra time to Bayern" in klopp
    assert "Manchester United knocked out Paris Saint-Germain 3–3 on aggregate, on away goals, in the" in solskjaer
    assert "## Honours" in solskjaer and "- UEFA Europa League runner-up: 2020–21" in solskjaer


@pytest.mark.parametrize(
    ("competition", "heading", "said"),
    [
        ("uefa.cl.q", "Round 3", "the third qualifying round"),
        ("uefa.el", "Sechzehntelfinale", "the round of 32"),
        ("uefa.cl.q", "Playoffs", "the play-off round"),
        ("uefa.cl.q", "Qual. Round 2", "Qual. Round 2"),
        ("uefa.el", "Round 1", "Round 1"),
    ],
)
def test_rounds_as_a_sentence_names_them(competition: str, heading: str, said: str) -> None:
    from touchline.compute.ties import Tie

    tie = Tie(competition, "2015-16", None, heading, "A", "B", ())
    assert round_text(tie) == said


def test_the_article_commands_take_the_same_db_option_as_the_others() -> None:
    from touchline.cli import cli

    def db(command: click.Command) -> dict[str, object]:
        (option,) = [p for p in command.params if p.name == "db"]
        return {k: v for k, v in option.to_info_dict().items() if k != "default"} | {"default": option.default}

    commands = cli.commands
    assert isinstance(commands["people"], click.Group)
    mine = [commands["audit"], commands["article"], commands["people"].commands["from-article"]]
    assert all(db(c) == db(commands["manager"]) for c in mine)
