"""Published figures that earlier probes left unreconciled with touchline's records (Will Still at
Reims, Fernando Diniz at São Paulo, Élie Baup at Bordeaux, Alfred Schreuder at Ajax), reconciled
against the whole corpus (``full``: all of ../shared/data and the people files of
touchline/data/people).

Each test names the published figure (source, date, quote), what the store holds, and the matches
that make up the difference: a match the person file had left out (Still's stand-in match of 8
October 2022), matches of competitions the corpus holds none of (the Copa Sudamericana, the Coupe de
la Ligue, the Trophée des Champions, the Johan Cruijff Schaal), or a published figure that does not
add up.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from touchline.api.managers import Filters, SpellRecord, manager_record
from touchline.api.tables import competition_table
from touchline.compute.coverage import GapKind
from touchline.compute.records import Shootouts
from touchline.model import Match
from touchline.store import Store

D = dt.date


def _spells(full: Store, name: str, team: str, filters: Filters | None = None) -> list[SpellRecord]:
    """The person's spells at ``team`` (the club's name in the store), in file order."""
    return [s for s in manager_record(full, name, filters or Filters()).spells if s.team_name == team]


def _gwdl(spells: list[SpellRecord]) -> tuple[int, int, int, int]:
    """G, W, D, L of these spells together."""
    records = [s.record for s in spells]
    return (
        sum(r.played for r in records),
        sum(r.won for r in records),
        sum(r.drawn for r in records),
        sum(r.lost for r in records),
    )


def _by_competition(matches: tuple[Match, ...]) -> dict[str, int]:
    """How many of the matches each competition code holds."""
    return dict(Counter(m.competition for m in matches))


def _scores(matches: tuple[Match, ...], competition: str) -> list[tuple[dt.date, str, str, str]]:
    """Date, home side, score (shoot-out appended) and away side of the matches of one competition."""
    out = []
    for match in matches:
        if match.competition != competition:
            continue
        score = str(match.final) + (f" ({match.pens} p)" if match.pens else "")
        out.append((match.date, match.home, score, match.away))
    return out


def test_still_at_reims_65_matches_count_the_psg_match_he_stood_in_for(full: Store) -> None:
    # rtl.be, 2 May 2024 (Will Still leaves Reims): "un bilan de 26 victoires, 17 nuls et 22 rencontres
    # en 65 matches à la tête des Rémois". The 65th is Reims 0-0 Paris Saint-Germain (Ligue 1, 8 October
    # 2022), five days before he succeeded Óscar García: García was held in Barcelona and "Will Still,
    # l'adjoint d'Oscar Garcia, ... prendra exceptionnellement place sur le banc" (rmcsport.bfmtv.com,
    # 6 October 2022). will-still.toml now has it as a one-day stand-in spell beside the 64 matches from
    # his appointment (13 October 2022) to the 4-1 at Clermont (28 April 2024).
    spells = _spells(full, "Will Still", "Stade de Reims", Filters(shootouts=Shootouts.RESULT))
    stand_in, appointed = spells
    assert (stand_in.start, stand_in.end, appointed.start) == (D(2022, 10, 8), D(2022, 10, 8), D(2022, 10, 13))
    assert [(m.date, m.home, str(m.final), m.away) for m in stand_in.matches] == [
        (D(2022, 10, 8), "Stade de Reims", "0-0", "Paris Saint-Germain"),
    ]
    assert stand_in.coverage == appointed.coverage == "full"
    assert _by_competition(appointed.matches) == {"fr.1": 59, "fr.cup": 5}
    # the five Coupe de France matches; the defeat on penalties at Sochaux (round of 32, 21 January
    # 2024) counts as a defeat here, as the press counted the elimination
    assert _scores(appointed.matches, "fr.cup") == [
        (D(2023, 1, 8), "FC Loon-Plage", "0-7", "Stade de Reims"),
        (D(2023, 1, 21), "Vendée Les Herbiers", "0-3", "Stade de Reims"),
        (D(2023, 2, 8), "Toulouse FC", "3-1", "Stade de Reims"),
        (D(2024, 1, 7), "Dinan Léhon", "0-3", "Stade de Reims"),
        (D(2024, 1, 21), "FC Sochaux", "2-2 (5-4 p)", "Stade de Reims"),
    ]
    played, won, drawn, lost = _gwdl(spells)
    assert (played, lost) == (65, 22)
    # rtl.be's 26 wins and 17 draws are one win more and one draw fewer than the 65 matches hold
    # (25 and 18): Ligue 1 22 wins (11 of 29 in 2022-23, 11 of 31 in 2023-24), Coupe de France 3
    assert (won, drawn) == (25, 18)
    league_2022 = _spells(full, "Will Still", "Stade de Reims", Filters(competitions=("fr.1",), date_to=D(2023, 6, 30)))
    assert _gwdl(league_2022) == (29, 11, 11, 7)
    # the same season checked against the press: Reims had "1 victoire, 4 nuls et 4 défaites" before
    # the PSG match (canal-supporters.com, 8 October 2022) and ended it 11th "avec 51 points" (lesoir.be,
    # 1 June 2023, one round before the end; the last, 1-3 at home to Montpellier, was lost)
    before = competition_table(full, "fr.1", "2022-23", as_of=D(2022, 10, 7)).rows
    final = competition_table(full, "fr.1", "2022-23").rows
    [(garcia, reims)] = [
        ((a.played, a.won, a.drawn, a.lost), b) for a in before for b in final if a.club == b.club == "Stade de Reims"
    ]
    assert garcia == (9, 1, 4, 4)
    assert (reims.position, reims.points) == (11, 51)
    assert (reims.played, reims.won, reims.drawn, reims.lost) == (38, 1 + 11, 4 + 11, 4 + 7)
    # without the stand-in match (his appointment on), the 64 of the store before this reconciliation
    assert _gwdl([appointed]) == (64, 25, 17, 22)


def test_a_one_day_spell_stays_in_a_date_filtered_record(full: Store) -> None:
    # a date filter keeps the spells that share more than a boundary day with it; a spell of one day
    # shares only that day, and is kept when the range holds it (it had been left out of every
    # --from/--to record)
    filters = Filters(competitions=("fr.1",), date_to=D(2022, 12, 31))
    spells = _spells(full, "Will Still", "Stade de Reims", filters)
    assert [(s.start, s.record.played) for s in spells] == [(D(2022, 10, 8), 1), (D(2022, 10, 13), 6)]
    later = _spells(full, "Will Still", "Stade de Reims", Filters(date_from=D(2022, 10, 9)))
    assert [s.start for s in later] == [D(2022, 10, 13)]


def test_diniz_at_sao_paulo_75_matches_and_the_two_sudamericana_matches_the_corpus_lacks(full: Store) -> None:
    # oestadoonline.com.br, 1 February 2021 (Diniz sacked): "Fernando Diniz ficou à frente do São Paulo
    # por 75 partidas. No período, obteve 34 vitórias, 20 empates e 20 derrotas ... tem 54,67% de
    # aproveitamento". 34 + 20 + 20 is 74, not 75; the 54.67% is 123 points of 225, 34 wins and 21
    # draws: the store's 75 matches exactly (boainformacao.com.br and vavel.com, the same day, wrote
    # "74 jogos, com 34 vitórias, 20 empates e 20 derrotas", the sum of the misprinted draws).
    [spell] = _spells(full, "Fernando Diniz", "São Paulo FC")
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (75, 34, 21, 20)
    assert round(100 * (3 * record.won + record.drawn) / (3 * record.played), 2) == 54.67
    assert _by_competition(spell.matches) == {"br.1": 50, "br.paulistao": 13, "copa.l": 6, "br.cup": 6}
    # the draws include the 2-2 against Fortaleza won on penalties (Copa do Brasil, 25 October 2020)
    assert (D(2020, 10, 25), "São Paulo FC", "2-2 (10-9 p)", "Fortaleza CE") in _scores(spell.matches, "br.cup")
    # Not in 75: the Copa Sudamericana 2020, which São Paulo entered as third of their Copa Libertadores
    # group (estadao.com.br, 28 October 2020), and where Lanús put them out: Lanús 3-2 São Paulo (28
    # October, oliberal.com) and São Paulo 4-3 Lanús (4 November 2020, lance.com.br: "Como o jogo de
    # ida, na Argentina, acabou em 3 a 2"). The corpus holds no Copa Sudamericana; the spell names that
    # of 2020 as missing, certainly (third of its Libertadores group in the store), that of 2019 as
    # possibly. With those two: 77 matches, 35-21-21.
    assert {(g.kind, g.competition) for g in spell.gaps} == {(GapKind.CONTINENTAL, "copa.sudamericana")}
    assert [g.seasons for g in spell.gaps if g.certain] == [("2020",)]


def test_baup_at_bordeaux_256_of_274_matches_the_rest_league_cup_and_trophee(full: Store) -> None:
    # fr.wikipedia "Élie Baup" (infobox, "Compétitions officielles nationales et internationales",
    # updated 8 September 2015, as mirrored on franco.wiki): "1997-2003 | Girondins de Bordeaux | 134v
    # 66n 74d", 274 matches. The store holds 256 of them, every Division 1, Coupe de France and European
    # match of 29 December 1997 to 24 October 2003. The 18 others (10 wins, 3 draws, 5 defeats) are of
    # the Coupe de la Ligue and the Trophée des Champions of 1999, competitions the corpus holds no match
    # of, which the spell names season by season. Ten of them, counted by hand: 1997-98 (wikimili.com,
    # "1998 Coupe de la Ligue final", route to the final) Mulhouse 0-3, Le Mans 5-1, Poitiers 4-3 a.e.t.,
    # Auxerre 1-1 a.e.t. (4-2 p), the final lost to PSG 2-2 a.e.t. (2-4 p) on 4 April 1998; 2001-02
    # (en.wikipedia "2002 Coupe de la Ligue final") Cannes 1-2, Lyon 1-1 (through on penalties), Monaco
    # 2-1, PSG 0-1, the final 3-0 against Lorient on 20 April 2002: 7 wins and the 3 draws. The other 8
    # (3 wins and 5 defeats by the difference: the 1999 Trophée and the Coupe de la Ligue of 1998-99 to
    # 2000-01 and 2002-03) are not counted by hand here. The published draws (66) are the store's 63 and
    # the three shoot-outs: the biography counts a shoot-out as a draw, as touchline does by default.
    [spell] = _spells(full, "Élie Baup", "Girondins Bordeaux")
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (256, 124, 63, 69)
    assert _by_competition(spell.matches) == {"fr.1": 197, "fr.cup": 17, "uefa.cl": 12, "uefa.el": 30}
    assert spell.coverage == "partial"
    assert {(g.kind, g.competition, season) for g in spell.gaps for season in g.seasons} == {
        *((GapKind.CUP, "fr.cup.l", season) for season in ("1997-98", "1998-99", "1999-00", "2000-01")),
        *((GapKind.CUP, "fr.cup.l", season) for season in ("2001-02", "2002-03", "2003-04")),
        (GapKind.SUPER_CUP, "fr.sc", "1999-00"),
    }
    published = (274, 134, 66, 74)
    held = (record.played, record.won, record.drawn, record.lost)
    assert tuple(p - h for p, h in zip(published, held, strict=True)) == (18, 10, 3, 5)


def test_schreuder_at_ajax_points_per_game_with_and_without_the_johan_cruijff_schaal(full: Store) -> None:
    # nu.nl, 26 January 2023 ("De horrorcijfers van Ajax"): "Schreuder sluit af met een gemiddelde van
    # 1,68 punten per wedstrijd (alle competities)". His official matches: the 25 of the store (18
    # Eredivisie, 6 Champions League, 1 KNVB Cup: Ajax had a bye in its first round) and the Johan
    # Cruijff Schaal, lost 5-3 to PSV on 30 July 2022 (nu.nl, 26 January 2023: "verloor het in de strijd
    # om de Johan Cruijff Schaal met 5-3 van PSV"), which the corpus does not hold and the spell names.
    [spell] = _spells(full, "Alfred Schreuder", "AFC Ajax")
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (25, 12, 7, 6)
    assert _by_competition(spell.matches) == {"nl.1": 18, "uefa.cl": 6, "nl.cup": 1}
    points = 3 * record.won + record.drawn
    assert points == 43
    by_competition = {}
    for code in ("nl.1", "uefa.cl", "nl.cup"):
        _, won, drawn, _ = _gwdl(_spells(full, "Alfred Schreuder", "AFC Ajax", Filters(competitions=(code,))))
        by_competition[code] = 3 * won + drawn
    assert by_competition == {"nl.1": 34, "uefa.cl": 6, "nl.cup": 3}
    assert {(g.kind, g.competition, g.seasons) for g in spell.gaps} == {(GapKind.SUPER_CUP, "nl.sc", ("2022-23",))}
    # 43 points in the store's 25 matches is 1.72 a match; with the Schaal's defeat, 43 in 26, 1.65.
    # nu.nl's 1.68 is neither: it is 42 points in 25 matches, a count of no set of his matches (the
    # Schaal in and the cup out gives 40 in 25, 1.60)
    assert (round(points / 25, 2), round(points / 26, 2), round((points - 3) / 25, 2)) == (1.72, 1.65, 1.6)
