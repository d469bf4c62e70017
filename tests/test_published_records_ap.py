"""Published records of managers of probe AP (Russian, Ukrainian, Turkish, Czech and Polish clubs), against
the whole corpus (``full``: all of ../shared/data and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it), of a spell's league matches or of a
stretch of them, all of which the store holds: the domestic cups of these countries are not in it.
"""

from __future__ import annotations

import datetime as dt

from tests.published import spell_of, whole_gwdl
from touchline.api.managers import Filters, manager_record
from touchline.model import CompetitionKind
from touchline.store import Store

LEAGUE = (CompetitionKind.LEAGUE,)
KUBAN = "Kuban Krasnodar (1928-2018)"


def test_kuchuk_unbeaten_in_his_eleven_league_matches_at_kuban(full: Store) -> None:
    # interfax-russia.ru, 3 May 2015: "Л.Кучук ранее возглавлял «Кубань» в сезоне-2012/2013. Под его
    # руководством «желто-зеленые» провели 11 матчей в Чемпионате России, не потерпев в этих играх ни
    # одного поражения"; ukrfootball.com.ua (May 2015): "не потерпела ни одного поражения в чемпионате
    # России (4 победы, 7 ничьих)". Appointed on 9 January 2013 (apteka.rin.ru), matchdays 20 to 30.
    assert whole_gwdl(full, "Leonid Kuchuk", KUBAN, Filters(kinds=LEAGUE), dt.date(2013, 1, 9)) == (11, 4, 7, 0)


def test_kuchuk_second_kuban_spell_ends_with_his_last_match(full: Store) -> None:
    # sport-express.ru, 25 May 2015 ("Иван Перонко: Кучук не выполнил задачу на сезон"): back on 17 November
    # 2014, "В чемпионате краснодарцы в 15 матчах потерпели 9 поражений при одной победе" (so five draws);
    # his contract ended on 25 May 2015 and his assistant Andrei Sosnitsky took that day's match at
    # Lokomotiv (1-1), which the file's last_match leaves out of his record.
    assert whole_gwdl(full, "Leonid Kuchuk", KUBAN, Filters(kinds=LEAGUE), dt.date(2014, 11, 17)) == (15, 1, 5, 9)


def test_yanal_first_eighteen_league_matches_back_at_fenerbahce(full: Store) -> None:
    # karar.com, May 2019 ("Fenerbahçe, 8 ay sonra İstanbul dışında kazandı"), after the 1-0 at BB
    # Erzurumspor of matchday 33 (20 May 2019): "Ersun Yanal yönetiminde çıktığı 18 lig maçında 7
    # galibiyet, 8 beraberlik ve 3 mağlubiyet alan Fenerbahçe"; he had come in for the matchday 16 match
    # against BB Erzurumspor (17 December 2018).
    filters = Filters(kinds=LEAGUE, date_to=dt.date(2019, 5, 20))
    assert whole_gwdl(full, "Ersun Yanal", "Fenerbahçe", filters, dt.date(2018, 12, 14)) == (18, 7, 8, 3)


def test_silhavy_unbeaten_in_his_first_33_league_matches_at_slavia(full: Store) -> None:
    # idnes.cz, 17 September 2017, after the 2-0 in the derby against Sparta: Slavia under Šilhavý,
    # unbeaten since his first match (Teplice, 11 September 2016), "ve 33 duelech desetkrát remizovali,
    # zbytek zápasů ovládli" (33 league matches, 10 draws, 23 wins).
    filters = Filters(kinds=LEAGUE, date_to=dt.date(2017, 9, 17))
    assert whole_gwdl(full, "Jaroslav Šilhavý", "Slavia Praha", filters) == (33, 23, 10, 0)


def test_papszun_ekstraklasa_matches_of_his_first_rakow_spell(full: Store) -> None:
    # dziennik.pl, April 2023, six rounds before the end of 2022-23 (the last match before it: Widzew at
    # home, 16 April 2023): "Za jego kadencji Raków rozegrał 281 spotkań: 129 w ekstraklasie";
    # gazetaolsztynska.pl, May 2024, of the whole spell (to the summer of 2023): "288 spotkań: 135 w
    # ekstraklasie". A record of the Ekstraklasa alone lacks nothing of 2016 to 2019, when Raków played
    # in the third and second tiers the store does not hold.
    pl1 = ("pl.1",)
    april = spell_of(
        full, "Marek Papszun", "Raków Częstochowa", Filters(competitions=pl1, date_to=dt.date(2023, 4, 16))
    )
    whole = spell_of(full, "Marek Papszun", "Raków Częstochowa", Filters(competitions=pl1), start=dt.date(2016, 4, 18))
    assert (april.record.played, whole.record.played) == (129, 135)
    assert (april.coverage, whole.coverage) == ("full", "full")


def test_papszun_whole_first_spell_still_names_the_lower_divisions(full: Store) -> None:
    # the same spell without a filter: the seasons in the third and second tiers (2015-16 to 2018-19) are
    # gaps of it, as are the Polish Cups; its Ekstraklasa and Conference League qualifiers are there (135
    # and 12 of the 288 matches, gazetaolsztynska.pl, May 2024)
    spell = spell_of(full, "Marek Papszun", "Raków Częstochowa", start=dt.date(2016, 4, 18))
    assert spell.coverage == "partial"
    assert {s for g in spell.gaps if g.competition is None for s in g.seasons} == {
        "2015-16",
        "2016-17",
        "2017-18",
        "2018-19",
    }
    assert spell.record.played == 135 + 12


def test_rebrov_38_league_matches_unbeaten_at_dynamo_kyiv(full: Store) -> None:
    # football24.ua, 16 October 2015 ("Шахтер прервал рекордные беспроигрышные серии Реброва и Динамо"):
    # before the defeat by Shakhtar in round 11 of 2015-16, Dynamo had gone 38 league matches unbeaten,
    # "31 победа и 7 ничьих", "пропустили 15 мячей", from May 2014 (the last defeat: 1-2 at Metalurh
    # Donetsk, 27 April 2014, under Rebrov as caretaker). The same article gives 89 goals scored; the
    # store has 92 (not asserted).
    filters = Filters(competitions=("ua.1",), date_from=dt.date(2014, 5, 1), date_to=dt.date(2015, 10, 4))
    spells = manager_record(full, "Serhiy Rebrov", filters).spells
    assert all(s.coverage == "full" for s in spells)
    fields = ("played", "won", "drawn", "lost", "goals_against")
    assert tuple(sum(getattr(s.record, f) for s in spells) for f in fields) == (38, 31, 7, 0, 15)


def test_semin_70_premier_league_matches_over_two_dynamo_kyiv_spells(full: Store) -> None:
    # newsland.com (November 2011, "Главный тренер киевского «Динамо» отмечает юбилей"): the 4-0 against
    # Oleksandriya (20 November 2011) was Semin's "юбилейной, 70-ой игрой в рамках украинской футбольной
    # премьер-лиги"; "выиграть ... 57 сражений в премьер-лиге, а проиграли лишь 5"; "Разница забитых и
    # пропущенных мячей составила 166:43". His spells: January 2008 to May 2009, December 2010 on.
    filters = Filters(competitions=("ua.1",), date_to=dt.date(2011, 11, 20))
    spells = manager_record(full, "Yuri Semin", filters).spells
    assert len(spells) == 2
    assert all(s.coverage == "full" for s in spells)
    fields = ("played", "won", "drawn", "lost", "goals_for", "goals_against")
    assert tuple(sum(getattr(s.record, f) for s in spells) for f in fields) == (70, 57, 8, 5, 166, 43)
