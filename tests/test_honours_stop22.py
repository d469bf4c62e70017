"""Honours editors found wrong (stop 22), on the whole-corpus store: a qualifying tie credited as a
trophy, state championships won in a final, lower tiers' runners-up, a season listed twice in a note,
Norway's league names by era, and how a final won on penalties reads."""

from __future__ import annotations

from touchline.api.honours import club_honours, derived_honours, person_honours
from touchline.api.ties import season_rounds
from touchline.article.events import final_sentence, settled_text, tie_sentence
from touchline.compute.honours import HonourKind, Place
from touchline.reference.competitions import name_in
from touchline.store import Store, read


def _manager(store: Store, name: str) -> dict[str, set[tuple[str, str, str]]]:
    """A person's honours as manager: {club: {(competition, season, place)}}."""
    found: dict[str, set[tuple[str, str, str]]] = {}
    for spell in person_honours(store, name).as_manager:
        found.setdefault(spell.team_name, set()).update((h.competition, h.season, h.place.value) for h in spell.honours)
    return found


def test_a_qualifying_competition_is_no_trophy(full: Store) -> None:
    # Auxerre's first-round UEFA Cup tie v Dinamo Zagreb (1989-90, won 3-2 on aggregate) is filed as
    # uefa.el.q: no honour. Guy Roux's honours at Auxerre (Wikipedia, "Guy Roux", Honours): Division 1
    # 1995-96, Coupe de France 1993-94, 1995-96, 2002-03, 2004-05 (and others the store lacks)
    roux = _manager(full, "Guy Roux")["AJ Auxerre"]
    assert not any(code.endswith(".q") for code, _, _ in roux)
    assert ("fr.1", "1995-96", "winner") in roux
    assert {s for code, s, _ in roux if code == "fr.cup"} == {"1993-94", "1995-96", "2002-03", "2004-05"}
    # no club's honours, anywhere in the store, come from a qualifying competition
    for club in ("AJ Auxerre", "Valencia CF", "AS Monaco", "Dundalk FC", "BFC Dynamo"):
        honours = derived_honours(full, read.find_club(full, club))
        assert not [h for h in honours if h.competition.endswith(".q")], club


def test_state_championships_won_in_a_final_are_titles(full: Store) -> None:
    # Grêmio beat Internacional in the 2019 Campeonato Gaúcho final on penalties (0-0, 0-0; 3-2 on
    # penalties, 17 April 2019), Renato Gaúcho in charge (Wikipedia, "2019 Campeonato Gaúcho"); Atlético
    # Mineiro beat Tombense in the 2020 Campeonato Mineiro final (2-0, 1-1; 30 August 2020) under
    # Jorge Sampaoli (Wikipedia, "2020 Campeonato Mineiro")
    renato = _manager(full, "Renato Gaúcho")["Grêmio Porto Alegre"]
    assert {s for code, s, _ in renato if code == "br.gauchao"} == {"2019", "2023", "2024"}
    sampaoli = _manager(full, "Jorge Sampaoli")["Atlético Mineiro"]
    assert ("br.mineiro", "2020", "winner") in sampaoli
    gremio = [c.honour for c in club_honours(full, "Grêmio Porto Alegre").honours]
    gauchao = next(h for h in gremio if h.competition == "br.gauchao" and h.season == "2019")
    assert (gauchao.kind, gauchao.place, gauchao.date.isoformat() if gauchao.date else None) == (
        HonourKind.REGIONAL,
        Place.WINNER,
        "2019-04-17",
    )


# State champions the store decides, against the published lists (Wikipedia, "Campeonato Paulista",
# "Campeonato Mineiro", "Campeonato Paranaense", "Campeonato Gaúcho", lists of champions). Not in the
# list: Gaúcho 2020 (Grêmio; the data files it as two turnos and a final the table's leader did not
# play), Mineiro 2021 (Atlético, on its better first-phase record: the data's final is level), every
# Campeonato Carioca (its Taça Guanabara and Taça Rio finals name no champion the data tells apart).
STATE_CHAMPIONS = {
    ("br.paulistao", "2018"): "Corinthians SP", ("br.paulistao", "2019"): "Corinthians SP",
    ("br.paulistao", "2020"): "Palmeiras", ("br.paulistao", "2021"): "São Paulo FC",
    ("br.paulistao", "2022"): "Palmeiras", ("br.paulistao", "2023"): "Palmeiras",
    ("br.paulistao", "2024"): "Palmeiras",
    ("br.mineiro", "2019"): "Cruzeiro", ("br.mineiro", "2020"): "Atlético Mineiro",
    ("br.mineiro", "2022"): "Atlético Mineiro", ("br.mineiro", "2023"): "Atlético Mineiro",
    ("br.mineiro", "2024"): "Atlético Mineiro",
    ("br.paranaense", "2021"): "Londrina PR", ("br.paranaense", "2022"): "Coritiba PR",
    ("br.paranaense", "2023"): "Athletico Paranaense", ("br.paranaense", "2024"): "Athletico Paranaense",
    ("br.gauchao", "2019"): "Grêmio Porto Alegre", ("br.gauchao", "2021"): "Grêmio Porto Alegre",
    ("br.gauchao", "2022"): "Grêmio Porto Alegre", ("br.gauchao", "2023"): "Grêmio Porto Alegre",
    ("br.gauchao", "2024"): "Grêmio Porto Alegre",
}  # fmt: skip


def test_state_champions_agree_with_the_published_lists(full: Store) -> None:
    clubs = {club for club in STATE_CHAMPIONS.values()} | {"Internacional", "Cruzeiro", "Flamengo RJ"}
    won: dict[tuple[str, str], set[str]] = {}
    for club in sorted(clubs):
        for h in derived_honours(full, read.find_club(full, club)):
            if h.kind is HonourKind.REGIONAL:
                assert h.place is Place.WINNER  # champions only: no state runner-up
                won.setdefault((h.competition, h.season), set()).add(club)
    assert {key: won.get(key) for key in STATE_CHAMPIONS} == {k: {v} for k, v in STATE_CHAMPIONS.items()}
    assert not [key for key in won if key not in STATE_CHAMPIONS]  # nothing credited beyond the list


def test_lower_tiers_runners_up_are_honours(full: Store) -> None:
    # promoted as runners-up (Wikipedia biographies' Honours: Neil Warnock, "Football League
    # Championship runner-up: 2005–06" with Sheffield United and "EFL Championship runner-up: 2017–18"
    # with Cardiff City; Tony Pulis, Stoke City 2007-08; Sean Dyche, Burnley 2013-14 - final tables in
    # Wikipedia's season articles: Sheffield United 2nd on 90 points, Cardiff 2nd on 90, Stoke 2nd on
    # 79, Burnley 2nd on 93)
    warnock = _manager(full, "Neil Warnock")
    assert ("eng.2", "2005-06", "runner-up") in warnock["Sheffield United"]
    assert ("eng.2", "2017-18", "runner-up") in warnock["Cardiff City"]
    assert ("eng.2", "2010-11", "winner") in warnock["Queens Park Rangers"]
    for club, season in (("Stoke City", "2007-08"), ("Burnley FC", "2013-14")):
        honours = derived_honours(full, read.find_club(full, club))
        runner_up = [h for h in honours if (h.competition, h.season, h.place) == ("eng.2", season, Place.RUNNER_UP)]
        assert [h.kind for h in runner_up] == [HonourKind.SECOND_TIER], club
    # a third tier's runners-up too: Leicester City's League One title of 2008-09 and, under it, Peterborough
    # United 2nd on 89 points (Wikipedia, "2008–09 Football League One")
    posh = derived_honours(full, read.find_club(full, "Peterborough United"))
    assert [h.kind for h in posh if (h.competition, h.season, h.place.value) == ("eng.3", "2008-09", "runner-up")] == [
        HonourKind.LOWER_TIER
    ]


def test_a_season_lacking_results_is_noted_once(full: Store) -> None:
    # Ramón Díaz's Corinthians (from 25 July 2024): the Copa do Brasil 2024 fixtures of October the data
    # lists without a result are told of once, not again in the list of seasons the store lacks
    notes = person_honours(full, "Ramón Díaz").unseen
    corinthians = next(note for note in notes if note.startswith("Corinthians"))
    assert corinthians.count("Copa do Brasil 2024") == 1
    assert "Copa do Brasil 2024: 2 fixtures of this team" in corinthians
    assert "Copa do Brasil 2025" in corinthians


def test_norways_top_flight_named_by_era(full: Store) -> None:
    # "1. divisjon" 1963-1990, "Tippeligaen" 1991-2016, "Eliteserien" since 2017 (nn.wikipedia,
    # "Eliteserien i fotball for menn"); Rosenborg under Nils Arne Eggen won 1990 and 1992
    assert (name_in("no.1", "1990"), name_in("no.1", "1991"), name_in("no.1", "2016"), name_in("no.1", "2017")) == (
        "1. divisjon",
        "Tippeligaen",
        "Tippeligaen",
        "Eliteserien",
    )
    eggen = person_honours(full, "Nils Arne Eggen").as_manager
    titles = {(h.season, h.title) for spell in eggen for h in spell.honours if h.competition == "no.1"}
    assert ("1990", "1. divisjon") in titles
    assert ("1992", "Tippeligaen") in titles


def test_a_final_won_on_penalties_reads_as_one(full: Store) -> None:
    # 2012 League Cup final: Liverpool 2-2 Cardiff City after extra time, Liverpool won 3-2 on penalties,
    # 26 February 2012 (Wikipedia, "2012 Football League Cup final")
    final = season_rounds(full, "eng.cup.l", "2011-12").final
    assert final is not None
    assert final_sentence(final, "Liverpool FC", "Dalglish") == (
        "Liverpool FC under Dalglish won the 2011–12 Football League Cup, beating Cardiff City 3–2 on penalties "
        "after a 2–2 draw in the final on 26 February 2012."
    )
    assert final_sentence(final, "Cardiff City", None) == (
        "Cardiff City reached the 2011–12 Football League Cup final and lost to Liverpool FC 3–2 on penalties "
        "after a 2–2 draw on 26 February 2012."
    )
    # a replayed final: the 1990 FA Cup, Manchester United 1-0 Crystal Palace in the replay of 17 May 1990
    # after 3-3 (Wikipedia, "1990 FA Cup final")
    replayed = season_rounds(full, "eng.cup", "1989-90").final
    assert replayed is not None
    assert final_sentence(replayed, "Manchester United", "Ferguson") == (
        "Manchester United under Ferguson won the 1989–90 FA Cup, beating Crystal Palace 1–0 in the final "
        "replay on 17 May 1990."
    )
    # a final on penalties after two legs: the 2000 Copa Libertadores, Boca Juniors 2-2 Palmeiras on
    # aggregate, 4-2 on penalties (Wikipedia, "2000 Copa Libertadores finals")
    libertadores = season_rounds(full, "copa.l", "2000").final
    assert libertadores is not None
    assert "beating Palmeiras 4–2 on penalties after 2–2 on aggregate in the final on 21 June 2000." in (
        final_sentence(libertadores, "Boca Juniors", "Bianchi")
    )
    # the forms of a settled tie, as sentences put them
    assert settled_text("2–2 on aggregate, on away goals") == "2–2 on aggregate, on away goals"
    assert settled_text("2–1 after extra time") == "2–1 after extra time"
    assert settled_text("in a replay (1–1, 4–3 on penalties)") == "4–3 on penalties after a 1–1 draw in a replay"
    # a European tie lost on penalties after two legs (1984-85 European Cup, first round: Aberdeen 2-1,
    # BFC Dynamo 2-1 a.e.t., 5-4 on penalties; Wikipedia, "1984–85 European Cup")
    aberdeen = next(
        tie
        for found in season_rounds(full, "uefa.cl", "1984-85").rounds
        for tie in found.ties
        if tie.involves("Aberdeen FC")
    )
    assert tie_sentence(aberdeen, "Aberdeen FC").startswith(
        "Aberdeen FC lost to BFC Dynamo 5–4 on penalties after 3–3 on aggregate, in "
    )


# Argentine champions the store decides, season by season, against Wikipedia's "List of Argentine
# football champions" (professional era). The tournaments of a season played as two (Apertura and
# Clausura, Inicial and Final) are each a title. Not decided by the store (see the report of stop 22):
# 2004-05 and 2007-08 (a tournament with an abandoned match: Newell's and Vélez, Lanús and River),
# 2015, 2016 and 2016-17 (Boca Juniors, Lanús, Boca Juniors: 30 clubs playing one round robin and a
# derby round, no whole number of round robins, which the rules of ar.1 must declare), 2024 (Vélez:
# the data set ends before the season did).
AR_CHAMPIONS = {
    "1985-86": {"": "River Plate"}, "1986-87": {"": "Rosario Central"}, "1987-88": {"": "Newell's Old Boys"},
    "1988-89": {"": "Independiente"}, "1989-90": {"": "River Plate"},
    "1991-92": {"Apertura": "River Plate", "Clausura": "Newell's Old Boys"},
    "1992-93": {"Apertura": "Boca Juniors", "Clausura": "Vélez Sarsfield"},
    "1993-94": {"Apertura": "River Plate", "Clausura": "Independiente"},
    "1994-95": {"Apertura": "River Plate", "Clausura": "San Lorenzo"},
    "1995-96": {"Apertura": "Vélez Sarsfield", "Clausura": "Vélez Sarsfield"},
    "1996-97": {"Apertura": "River Plate", "Clausura": "River Plate"},
    "1997-98": {"Apertura": "River Plate", "Clausura": "Vélez Sarsfield"},
    "1998-99": {"Apertura": "Boca Juniors", "Clausura": "Boca Juniors"},
    "1999-00": {"Apertura": "River Plate", "Clausura": "River Plate"},
    "2000-01": {"Apertura": "Boca Juniors", "Clausura": "San Lorenzo"},
    "2001-02": {"Apertura": "Racing Club", "Clausura": "River Plate"},
    "2002-03": {"Apertura": "Independiente", "Clausura": "River Plate"},
    "2003-04": {"Apertura": "Boca Juniors", "Clausura": "River Plate"},
    "2005-06": {"Apertura": "Boca Juniors", "Clausura": "Boca Juniors"},
    "2006-07": {"Apertura": "Estudiantes", "Clausura": "San Lorenzo"},
    "2008-09": {"Apertura": "Boca Juniors", "Clausura": "Vélez Sarsfield"},
    "2009-10": {"Apertura": "Banfield", "Clausura": "Argentinos Juniors"},
    "2010-11": {"Apertura": "Estudiantes", "Clausura": "Vélez Sarsfield"},
    "2011-12": {"Apertura": "Boca Juniors", "Clausura": "Arsenal de Sarandí"},
    "2012-13": {"Torneo Inicial": "Vélez Sarsfield", "Torneo Final": "Newell's Old Boys"},
    "2013-14": {"Torneo Inicial": "San Lorenzo", "Torneo Final": "River Plate"},
    "2017-18": {"": "Boca Juniors"}, "2018-19": {"": "Racing Club"}, "2019-20": {"": "Boca Juniors"},
    "2021": {"": "River Plate"}, "2022": {"": "Boca Juniors"}, "2023": {"": "River Plate"},
}  # fmt: skip


def test_argentine_champions_agree_with_the_published_list(full: Store) -> None:
    clubs = {club for titles in AR_CHAMPIONS.values() for club in titles.values()}
    won: dict[str, dict[str, str]] = {}
    for club in sorted(clubs):
        for h in derived_honours(full, read.find_club(full, club, "ARG")):
            if h.competition == "ar.1" and h.place is Place.WINNER and h.season in AR_CHAMPIONS:
                tournament = h.title.removeprefix(name_in("ar.1", h.season)).strip()
                won.setdefault(h.season, {})[tournament] = club
    assert won == AR_CHAMPIONS
