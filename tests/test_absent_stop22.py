"""Competitions the store holds no season of, named where a spell's club played them: the Recopa and
Supercopa Libertadores (from the store's Libertadores finals), the AFC Champions League (from the
store's league champions), Brazil's state championships, the UEFA Intertoto Cup's winners and English
cups of invited clubs (calendar.toml [entrants]); and competitions a club only may have played (the
Copa Sudamericana), named without making a spell partial."""

from __future__ import annotations

from touchline.api.honours import person_honours
from touchline.api.managers import SpellRecord, manager_record
from touchline.compute.coverage import Coverage, Gap, GapKind
from touchline.store import Store


def _spell(store: Store, name: str, team: str, year: int) -> SpellRecord:
    return next(
        s
        for s in manager_record(store, name).spells
        if team in f"{s.spell.label} {s.team_name}" and s.start.year == year
    )


def _gaps(spell: SpellRecord, code: str) -> list[Gap]:
    return [g for g in spell.gaps if g.competition == code]


def _seasons(spell: SpellRecord, code: str) -> set[str]:
    return {s for g in _gaps(spell, code) for s in g.seasons}


def test_the_recopa_of_the_year_after_a_libertadores_title(full: Store) -> None:
    # Grêmio won the Copa Libertadores of 2017 (v Lanús, 29 November 2017) and played the Recopa
    # Sudamericana of February 2018 v Independiente (en.wikipedia "2018 Recopa Sudamericana")
    gremio = _spell(full, "Renato Gaúcho", "Grêmio", 2016)
    recopa = _gaps(gremio, "copa.recopa")
    assert [g.seasons for g in recopa] == [("2018",)]
    assert recopa[0].kind is GapKind.SUPER_CUP
    assert "qualified as Copa Libertadores winners 2017" in str(recopa[0])
    assert gremio.coverage is Coverage.PARTIAL


def test_the_supercopa_for_past_libertadores_winners(full: Store) -> None:
    # River Plate, Libertadores winners of 1986 and 1996, played every Supercopa Libertadores of 1988 to
    # 1997 (en.wikipedia "Supercopa Libertadores": the past winners of the Copa Libertadores); Ramón
    # Díaz's spell of 1995-2000 met those of 1995, 1996 and 1997, the last a year after River's 1996 title
    river = _spell(full, "Ramón Díaz", "River", 1995)
    assert _seasons(river, "copa.supercopa") == {"1995", "1996", "1997"}
    assert any("Copa Libertadores winners 1986, 1996" in str(g) for g in _gaps(river, "copa.supercopa"))
    # the Copa Mercosur of 1998-2001 was by invitation: named as possible only
    mercosur = _gaps(river, "copa.mercosur")
    assert mercosur and all(g.possible for g in mercosur)


def test_the_afc_champions_league_of_league_champions(full: Store) -> None:
    # Yokohama F. Marinos, J1 League champions 2019, played the AFC Champions League of 2020 (en.wikipedia
    # "2020 AFC Champions League", Allocation); Guangzhou Evergrande, Chinese champions of 2014, 2015 and
    # 2016, those of 2015 (which it won), 2016 and 2017
    marinos = _spell(full, "Ange Postecoglou", "Yokohama", 2018)
    assert _seasons(marinos, "afc.cl") == {"2020"}
    assert "J1 League champions 2019" in str(_gaps(marinos, "afc.cl")[0])
    guangzhou = _spell(full, "Luiz Felipe Scolari", "Guangzhou", 2015)
    assert _seasons(guangzhou, "afc.cl") == {"2015", "2016", "2017"}


def test_state_championships_the_store_lacks(full: Store) -> None:
    # a Brazilian club plays its state championship each year, January to April; the store holds the
    # Campeonato Gaúcho from 2019 and the Paulista from 2018 (touchline coverage): Renato's Grêmio of
    # 2016-21 lacks the Gaúcho of 2017 and 2018, Ramón Díaz's Corinthians of 2024-25 the Paulista of 2025
    gremio = _spell(full, "Renato Gaúcho", "Grêmio", 2016)
    gauchao = _gaps(gremio, "br.gauchao")
    assert _seasons(gremio, "br.gauchao") == {"2017", "2018"}
    assert gauchao[0].kind is GapKind.REGIONAL
    assert str(gauchao[0]) == "Campeonato Gaúcho 2017, 2018 are not in the store"
    corinthians = _spell(full, "Ramón Díaz", "Corinthians", 2024)
    assert _seasons(corinthians, "br.paulistao") == {"2025"}


def test_the_copa_sudamericana_is_only_possible(full: Store) -> None:
    # the Copa Sudamericana's places went by league position, varying by country and year (en.wikipedia
    # "Copa Sudamericana", Qualification): named as possible, never making a spell partial
    palmeiras = _spell(full, "Luiz Felipe Scolari", "Palmeiras", 2010)
    sudamericana = _gaps(palmeiras, "copa.sudamericana")
    assert sudamericana and all(g.possible for g in sudamericana)
    assert str(sudamericana[0]).startswith("not in the store, which the club may have played: Copa Sudamericana 2010")


def test_intertoto_winners_and_english_invitation_cups(full: Store) -> None:
    # the UEFA Intertoto Cup's winners of 2004 included Villarreal and Lille, of 1997 Auxerre
    # (en.wikipedia "List of UEFA Intertoto Cup winners"); Notts County won the Anglo-Italian Cup of
    # 1994-95 (19 March 1995, under Howard Kendall); Everton, barred from Europe in 1985-86, played the
    # ScreenSport Super Cup (en.wikipedia "Football League Super Cup")
    villarreal = _spell(full, "Manuel Pellegrini", "Villarreal", 2004)
    assert _seasons(villarreal, "uefa.intertoto") == {"2004-05"}
    assert "won it: one of its three winners" in str(_gaps(villarreal, "uefa.intertoto")[0])
    assert _seasons(_spell(full, "Claude Puel", "Lille", 2002), "uefa.intertoto") == {"2004-05"}
    notts = _spell(full, "Howard Kendall", "Notts", 1995)
    assert _seasons(notts, "eng.angloital") == {"1994-95"}
    everton = _spell(full, "Howard Kendall", "Everton", 1981)
    assert _seasons(everton, "eng.screensport") == {"1985-86"}


def test_hand_honours_of_absent_competitions(full: Store) -> None:
    # hand-entered (data/honours.toml): Pellegrini's Intertoto Cup of 2004, Kendall's Anglo-Italian Cup
    # of 1995 (credited by its final's day)
    pellegrini = person_honours(full, "Manuel Pellegrini")
    titles = {(h.competition, h.season) for spell in pellegrini.as_manager for h in spell.honours}
    assert ("uefa.intertoto", "2004-05") in titles
    kendall = person_honours(full, "Howard Kendall")
    titles = {(h.competition, h.season) for spell in kendall.as_manager for h in spell.honours}
    assert ("eng.angloital", "1994-95") in titles
