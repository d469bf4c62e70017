"""Published records of managers of probe T (historical English and Scottish football), against the
whole corpus (``full``: all of ../shared/data and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it): a spell the store holds whole, or one
whose only missing matches are the competitions the store names, counted by hand.
"""

from __future__ import annotations

import datetime as dt

from tests.published import check_whole, spell_of
from touchline.api.honours import person_honours
from touchline.store import Store


def _honours(full: Store, name: str, team: str) -> set[tuple[str, str, str]]:
    """A manager's honours at one club: {(competition, season, place)}."""
    return {
        (h.competition, h.season, h.place.value)
        for spell in person_honours(full, name).as_manager
        if spell.team_name == team
        for h in spell.honours
    }


def test_stein_at_leeds_is_the_published_record(full: Store) -> None:
    # Jock Stein's 44 days at Leeds United, 21 August to 4 October 1978: ten matches, four won, three
    # drawn, three lost. yorkshirepost.co.uk ("Bygones: Stein heads home after unremarkable 44 days in
    # charge of Leeds United"): a 3-2 loss to Manchester United first, wins over Wolves and Chelsea,
    # league defeats by Manchester City and Tottenham, two draws with West Brom in the League Cup; The
    # Untold Game ("The other 44 days", Martyn Green): a draw with Coventry, a 3-0 win over Birmingham,
    # then the League Cup win over West Brom (the second replay, 2 October 1978)
    check_whole(full, "Jock Stein", "Leeds United", (10, 4, 3, 3))


def test_mee_at_arsenal_is_the_published_record_with_the_third_place_match(full: Store) -> None:
    # blog.woolwicharsenal.co.uk (Arsenal History Society, "The rise and fall of Bertie Mee" and its
    # table of Arsenal's managers): 539 games from 20 June 1966 to 4 May 1976, 241 won, 44.71%. The store
    # holds every match of the spell, and one more the published count leaves out: the FA Cup's
    # third-place match of 1972-73, played on 18 August 1973 (Arsenal 1-3 Wolverhampton Wanderers;
    # en.wikipedia "1972-73 FA Cup")
    spell = spell_of(full, "Bertie Mee", "Arsenal FC")
    assert spell.coverage == "full"
    record = spell.record
    assert (record.played, record.won) == (540, 241)
    third_place = [m for m in spell.matches if m.date == dt.date(1973, 8, 18)]
    assert [(m.competition, m.season, m.home, m.away) for m in third_place] == [
        ("eng.cup", "1972-73", "Arsenal FC", "Wolverhampton Wanderers")
    ]
    assert (record.played - 1, record.won) == (539, 241)
    assert round(100 * record.won / (record.played - 1), 2) == 44.71


def test_chapman_at_arsenal_is_the_published_record_less_three_charity_shields(full: Store) -> None:
    # blog.woolwicharsenal.co.uk (Arsenal History Society, table of Arsenal's managers): Herbert Chapman,
    # June 1925 to January 1934, 403 games, 49.88% won (201). The store lacks the three Charity Shields
    # he won, named as the spell's gaps: 1930 (Arsenal 2-1 Sheffield Wednesday), 1931 (Arsenal 1-0 West
    # Bromwich Albion) and 1933 (Arsenal 3-0 Everton) (en.wikipedia "1930 FA Charity Shield", "1931 FA
    # Charity Shield", "1933 FA Charity Shield"); his last match was on 30 December 1933, the 1-1 with
    # Sheffield Wednesday on the day he died (6 January 1934) being Joe Shaw's
    spell = spell_of(full, "Herbert Chapman", "Arsenal FC")
    assert (spell.record.played, spell.record.won) == (400, 198)
    assert spell.coverage == "partial"
    assert {(g.competition, season) for g in spell.gaps for season in g.seasons} == {
        ("eng.sc", "1930-31"),
        ("eng.sc", "1931-32"),
        ("eng.sc", "1933-34"),
    }
    played, won = spell.record.played + 3, spell.record.won + 3
    assert (played, won) == (403, 201)
    assert round(100 * won / played, 2) == 49.88


def test_mee_honours_at_arsenal_are_the_published_ones(full: Store) -> None:
    # en.wikipedia "Bertie Mee" (honours) and afchistory.wordpress.com (20 June 2012): Inter-Cities Fairs
    # Cup 1970, league champions and FA Cup 1971; League Cup finalists 1968 and 1969, FA Cup finalists
    # 1972; league runners-up 1972-73 (blog.woolwicharsenal.co.uk, "4 May 1976: Bertie Mee leaves Arsenal")
    assert _honours(full, "Bertie Mee", "Arsenal FC") == {
        ("uefa.el", "1969-70", "winner"),
        ("eng.1", "1970-71", "winner"),
        ("eng.cup", "1970-71", "winner"),
        ("eng.cup.l", "1967-68", "runner-up"),
        ("eng.cup.l", "1968-69", "runner-up"),
        ("eng.cup", "1971-72", "runner-up"),
        ("eng.1", "1972-73", "runner-up"),
    }


def test_revie_honours_at_leeds_are_the_published_ones(full: Store) -> None:
    # leaguemanagers.com ("Don Revie OBE (1961 - 1974)"): Second Division champions 1964, League Cup
    # 1968, Inter-Cities Fairs Cup 1968 and 1971, league champions 1969 and 1974, FA Cup 1972;
    # soccerhistory.co.uk: FA Cup finals lost 1965, 1970, 1973, league runners-up 1965, 1966, 1970, 1971
    # (and 1972: leedsunited.com, "five runners-up spots"); afchistory.wordpress.com: Cup Winners' Cup
    # finalists 1973; en.wikipedia "1967 Inter-Cities Fairs Cup final" (lost to Dinamo Zagreb)
    winners = {
        ("eng.2", "1963-64"),
        ("eng.cup.l", "1967-68"),
        ("uefa.el", "1967-68"),
        ("eng.1", "1968-69"),
        ("uefa.el", "1970-71"),
        ("eng.cup", "1971-72"),
        ("eng.1", "1973-74"),
    }
    runners_up = {
        ("eng.1", "1964-65"),
        ("eng.1", "1965-66"),
        ("eng.1", "1969-70"),
        ("eng.1", "1970-71"),
        ("eng.1", "1971-72"),
        ("eng.cup", "1964-65"),
        ("eng.cup", "1969-70"),
        ("eng.cup", "1972-73"),
        ("uefa.el", "1966-67"),
        ("uefa.cwc", "1972-73"),
    }
    assert _honours(full, "Don Revie", "Leeds United") == {(c, s, "winner") for c, s in winners} | {
        (c, s, "runner-up") for c, s in runners_up
    }


def test_nicholson_honours_at_tottenham_are_the_published_ones(full: Store) -> None:
    # worldhistory.biz ("Bill Nicholson") and mehstg.co.uk ("8 major trophies"): the league and FA Cup
    # double 1960-61, FA Cup 1962 and 1967, Cup Winners' Cup 1963; League Cup 1971 and 1973, UEFA Cup
    # 1972 (en.wikipedia "Bill Nicholson"); UEFA Cup finalists 1974 (lost to Feyenoord) and league
    # runners-up 1962-63 (en.wikipedia "1973-74 UEFA Cup", "1962-63 Football League")
    assert _honours(full, "Bill Nicholson", "Tottenham Hotspur") == {
        ("eng.1", "1960-61", "winner"),
        ("eng.cup", "1960-61", "winner"),
        ("eng.cup", "1961-62", "winner"),
        ("uefa.cwc", "1962-63", "winner"),
        ("eng.1", "1962-63", "runner-up"),
        ("eng.cup", "1966-67", "winner"),
        ("eng.cup.l", "1970-71", "winner"),
        ("uefa.el", "1971-72", "winner"),
        ("eng.cup.l", "1972-73", "winner"),
        ("uefa.el", "1973-74", "runner-up"),
    }
