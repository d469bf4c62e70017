"""What a manager's record says it lacks, over the whole corpus: cup seasons held only from their
final, gaps under a competition filter, qualification facts (editions with other entrants, editions
never held, clubs that never entered), divisions the store cannot tell, the leagues of the Soviet era,
and abandoned matches left out."""

from __future__ import annotations

import datetime as dt

from touchline.api.managers import Filters, SpellRecord, manager_record
from touchline.compute.coverage import Coverage, GapKind
from touchline.store import Store


def _spell(
    store: Store, name: str, team: str, first: dt.date | None = None, filters: Filters | None = None
) -> SpellRecord:
    return next(
        s
        for s in manager_record(store, name, filters).spells
        if team in f"{s.spell.label} {s.team_name}" and (first is None or s.start >= first)
    )


def _named(spell: SpellRecord, code: str) -> set[str]:
    return {s for g in spell.gaps if g.competition == code for s in g.seasons}


def test_a_cup_season_held_only_from_its_final_is_named(full: Store) -> None:
    # the Coppa Italia of 1970-71 to 1985-86 is in the store by its final only (one or two matches a
    # season); every Serie A club entered it (it.wikipedia "Coppa Italia 1976-1977": 36 clubs of Serie
    # A and B in the first round's groups). The 1976-77 final was Milan 2-0 Inter (3 July 1977); Juventus
    # played only two of Trapattoni's finals (1978-79 v Palermo, 1982-83 v Verona) and the earlier rounds
    # of every season
    juventus = _spell(full, "Giovanni Trapattoni", "Juventus")
    part = [g for g in juventus.gaps if g.kind is GapKind.CUP_PART]
    assert [g.competition for g in part] == ["it.cup"]
    assert part[0].seasons == tuple(f"{y}-{(y + 1) % 100:02d}" for y in range(1976, 1986))
    assert str(part[0]).endswith("1985-86: only the final is in the store")
    # Milan 1975-76 (the final: Napoli v Verona, 29 June 1976): no longer full
    milan = _spell(full, "Giovanni Trapattoni", "Milan", dt.date(1975, 1, 1))
    assert milan.coverage is Coverage.PARTIAL
    assert "Coppa Italia 1975-76: only the final is in the store" in [str(g) for g in milan.gaps]
    # a season the store holds whole is not named (the Coppa Italia of 1986-87, 150 matches)
    inter = _spell(full, "Giovanni Trapattoni", "Inter")
    assert not [g for g in inter.gaps if g.kind is GapKind.CUP_PART]


def test_a_competition_filter_keeps_the_gaps_of_that_competition_only(full: Store) -> None:
    # Blackburn were 6th in the Second Division of 1991-92 and won its play-offs (en.wikipedia "1991–92
    # Blackburn Rovers F.C. season"): a gap of the Second Division, not of the Premier League's record
    premier = _spell(full, "Kenny Dalglish", "Blackburn Rovers", filters=Filters(competitions=("eng.1",)))
    assert (premier.record.played, premier.record.won) == (126, 72)
    assert premier.coverage is Coverage.FULL and premier.gaps == ()
    second = _spell(full, "Kenny Dalglish", "Blackburn Rovers", filters=Filters(competitions=("eng.2",)))
    assert [g.kind for g in second.gaps] == [GapKind.PLAYOFF]


def test_super_cups_whose_clubs_were_others_or_that_were_never_held(full: Store) -> None:
    # the Charity Shield of 1972: Manchester City v Aston Villa, champions Derby declined (en.wikipedia
    # "1972 FA Charity Shield"); of 1973: Burnley v Manchester City ("1973 FA Charity Shield")
    derby = _spell(full, "Brian Clough", "Derby County")
    assert "1972-73" not in _named(derby, "eng.sc")
    liverpool = _spell(full, "Bill Shankly", "Liverpool")
    assert "1973-74" not in _named(liverpool, "eng.sc")
    # 1971: Liverpool, FA Cup runners-up to double winners Arsenal, played Leicester for the Shield
    # (7 August 1971) and the Cup Winners' Cup of 1971-72 (en.wikipedia "1971 FA Charity Shield",
    # "1971–72 European Cup Winners' Cup": Liverpool out to Bayern in the second round)
    assert "1971-72" in _named(liverpool, "eng.sc")
    assert "1971-72" in _named(liverpool, "uefa.cwc")
    # the UEFA Super Cup of 1985 was not held (Heysel); that of 1984 was Juventus 2-0 Liverpool,
    # 16 January 1985 (en.wikipedia "1984 European Super Cup")
    juventus = _spell(full, "Giovanni Trapattoni", "Juventus")
    assert _named(juventus, "uefa.sc") == {"1984-85"}


def test_a_club_that_never_entered_the_full_members_cup_is_not_expected_there(full: Store) -> None:
    # Arsenal, Liverpool, Manchester United and Tottenham never entered it (WSC, "Full time score")
    liverpool = _spell(full, "Kenny Dalglish", "Liverpool")
    assert not _named(liverpool, "eng.fmc")
    # Blackburn, in the Second Division, entered the Zenith Data Systems Cup (en.wikipedia "Full Members' Cup")
    blackburn = _spell(full, "Kenny Dalglish", "Blackburn Rovers")
    assert _named(blackburn, "eng.fmc") == {"1991-92"}


def test_cup_editions_never_held_are_not_named(full: Store) -> None:
    # the FFA Cup began in 2014 (en.wikipedia "Australia Cup"); the U.S. Open Cup of 2020 was cancelled
    # (U.S. Soccer, 17 August 2020)
    for spell in manager_record(full, "Ange Postecoglou").spells:
        assert not _named(spell, "au.cup"), spell.team_name
    for spell in manager_record(full, "Guillermo Barros Schelotto").spells:
        assert "2020" not in _named(spell, "us.cup"), spell.team_name


def test_a_division_the_store_cannot_tell_is_not_guessed(full: Store) -> None:
    # Burton Albion were in the Northern Premier League in 1981-86, Scarborough in the Conference in
    # 1986-87 and the Fourth Division in 1987-88 (en.wikipedia "Burton Albion F.C.", "Scarborough F.C.");
    # Siena were in Serie C in 1986-87 (it.wikipedia "Associazione Calcio Siena")
    burton = _spell(full, "Neil Warnock", "Burton Albion")
    assert [str(g) for g in burton.gaps] == [
        "no league matches of this team in 1981-82, 1982-83, 1983-84, 1984-85, 1985-86 (a division the store "
        "does not hold)"
    ]
    scarborough = _spell(full, "Neil Warnock", "Scarborough")
    assert not _named(scarborough, "eng.trophy")
    assert "Conference" not in " ".join(str(g) for g in scarborough.gaps)
    siena = _spell(full, "Marcello Lippi", "AC Siena")
    assert [str(g) for g in siena.gaps] == [
        "no league matches of this team in 1986-87 (a division the store does not hold)"
    ]
    notes = [str(g) for s in manager_record(full, "Marcello Lippi").spells for g in s.gaps]
    assert not [n for n in notes if "?" in n]
    # Bournemouth, in the Second Division from 1987-88 within the spell, keep the Third Division's cup
    bournemouth = _spell(full, "Harry Redknapp", "AFC Bournemouth")
    assert "1983-84" in _named(bournemouth, "eng.trophy")


def test_the_soviet_era_names_the_soviet_leagues_and_cup(full: Store) -> None:
    # Dynamo Kyiv played the Soviet Top League and the Soviet Cup until 1991; the Vyshcha Liha began in
    # 1992 (en.wikipedia "Soviet Top League", "Ukrainian Premier League")
    spells = manager_record(full, "Valeriy Lobanovskyi").spells  # (the data's name of the club varies)
    kiev = next(s for s in spells if s.start == dt.date(1974, 1, 1))
    notes = [str(g) for g in kiev.gaps]
    assert notes[0].endswith("(it played in the Soviet leagues then, which the store does not hold)")
    assert notes[1].startswith("Soviet Cup 1974, 1975")
    assert not _named(kiev, "ua.cup")
    dnipro = next(s for s in spells if s.start == dt.date(1969, 1, 1))
    assert str(dnipro.gaps[0]).endswith("(it played in the Soviet leagues then, which the store does not hold)")


def test_an_abandoned_match_left_out_is_named(full: Store) -> None:
    # Treviso v Grosseto, Serie B, 14 May 2008: abandoned in the data, without a result or a replay
    # (Grosseto on 41 games in the store's table of 2007-08)
    grosseto = _spell(full, "Stefano Pioli", "US Grosseto")
    assert grosseto.coverage is Coverage.PARTIAL
    assert [str(g) for g in grosseto.gaps] == [
        "Serie B 2007-08: 1 match of this team (2008-05-14) abandoned, without a result or replay in the data "
        "(not counted)"
    ]
