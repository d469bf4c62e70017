"""Published records of managers of probe BR (head coaches in Russia's, Ukraine's and Belarus's premier
leagues), against the whole corpus (``full``: all of ../shared/data and the people files of
touchline/data/people).

Each figure is a published one (the source is cited beside it): of a spell's league matches, all of which
the store holds, or of all its official matches, where the domestic cup ties the store lacks are named
one by one from match reports.
"""

from __future__ import annotations

import datetime as dt

from tests.published import spell_of
from touchline.api.managers import Filters, manager_record
from touchline.model import CompetitionKind
from touchline.store import Store

LEAGUE = (CompetitionKind.LEAGUE,)


def test_vernydub_219_premier_league_matches_at_zorya(full: Store) -> None:
    # footclub.com.ua, 14 September 2025, on Zorya's 700th top-flight match: "найчастіше установки на матч
    # гравцям луганського клубу в чемпіонаті робили Юрій Вернидуб (219 ігор)". His matches: caretaker from
    # the sacking of Anatoliy Chantsev after the 0-1 at Oleksandriya on 27 November 2011
    # (sport.bigmir.net), head coach from 2 May 2012 to 31 May 2019 (glavcom.ua).
    spells = manager_record(full, "Yuriy Vernydub", Filters(competitions=("ua.1",))).spells
    assert [str(s.spell.role) for s in spells] == ["caretaker", "head_coach"]
    assert all(s.coverage == "full" for s in spells)
    assert sum(s.record.played for s in spells) == 219


def test_goncharenko_unbeaten_in_his_first_eight_matches_at_cska(full: Store) -> None:
    # 21.by, 26 April 2017, after the 4-0 against Lokomotiv in round 25: "до 8 матчей увеличил беспроигрышную
    # серию со времени прихода белорусского специалиста", "ЦСКА одержал пять побед и трижды сыграл вничью
    # (разница забитых и пропущенных мячей 14-2)". Appointed on 12 December 2016 (sport-express.ru), after
    # CSKA's last match of 2016; all eight were league matches of the spring of 2017.
    filters = Filters(kinds=LEAGUE, date_to=dt.date(2017, 4, 26))
    spell = spell_of(full, "Viktor Goncharenko", "CSKA Moskva", filters)
    record = spell.record
    assert spell.coverage == "full"
    assert (record.played, record.won, record.drawn, record.lost) == (8, 5, 3, 0)
    assert (record.goals_for, record.goals_against) == (14, 2)


def test_kononov_left_spartak_after_four_league_defeats_on_14_points(full: Store) -> None:
    # newsru.com, 29 September 2019: after the 1-2 at home to Orenburg in round 11 "это поражение стало
    # четвертым подряд в первенстве страны, последний раз столичные футболисты не проиграли 25 августа,
    # тогда «Спартак» в гостях победил самарские «Крылья Советов»"; his resignation was accepted straight
    # after the match. champion.com.ua, the same day: "Наразі Спартак набрав 14 очок та займає дев'яте
    # місце". His record in the 2019-20 league, rounds 1 to 11, all under him.
    filters = Filters(kinds=LEAGUE, date_from=dt.date(2019, 7, 1))
    spell = spell_of(full, "Oleg Kononov", "Spartak Moskva", filters)
    assert spell.coverage == "full"
    assert (spell.record.played, 3 * spell.record.won + spell.record.drawn) == (11, 14)
    # from the win at Krylia Sovetov on 25 August: that win, then four defeats
    tail = spell_of(full, "Oleg Kononov", "Spartak Moskva", Filters(kinds=LEAGUE, date_from=dt.date(2019, 8, 25)))
    assert (tail.record.played, tail.record.won, tail.record.lost) == (5, 1, 4)


def test_shalimov_at_krasnodar_66_official_matches_with_four_cup_ties_the_store_lacks(full: Store) -> None:
    # sport-express.ru, 2 April 2018, the day he was sacked: "Под его руководством команда провела 66
    # официальных матчей, в которых одержала 30 побед, 19 раз сыграла вничью и 17 раз уступила" (from 13
    # September 2016, caretaker to 6 October 2016: sport-interfax.ru). The store holds the league and the
    # Europa League; the Russian Cup ties it lacks:
    # - 2016-17 round of 32, Zenit Izhevsk 0-1 Krasnodar (Smolov 68; livetv, the round played 21-22
    #   September 2016: eng.premierliga.ru), while he was caretaker: a win;
    # - 2016-17 round of 16 (26 October 2016), Krasnodar - Orenburg (sovsport.ru's draw): Krasnodar went
    #   through to the quarter-final, so a win (the only result the published total leaves);
    # - 2016-17 quarter-final, Ural 3-3 Krasnodar, lost 4-3 on penalties, played in Krasnodar in March 2017
    #   (sport-express.ru; morning-news.ru): a draw;
    # - 2017-18 round of 32, Tom 2-1 Krasnodar in Tomsk, 20 September 2017 (sport-interfax.ru): a defeat.
    caretaker = spell_of(full, "Igor Shalimov", "FK Krasnodar", start=dt.date(2016, 9, 13))
    head = spell_of(full, "Igor Shalimov", "FK Krasnodar", start=dt.date(2016, 10, 6))
    found = tuple(
        a + b
        for a, b in zip(
            (caretaker.record.played, caretaker.record.won, caretaker.record.drawn, caretaker.record.lost),
            (head.record.played, head.record.won, head.record.drawn, head.record.lost),
            strict=True,
        )
    )
    assert found == (62, 28, 18, 16)
    assert head.coverage == "partial"
    assert {(g.competition, s) for g in head.gaps for s in g.seasons} == {("ru.cup", "2016-17"), ("ru.cup", "2017-18")}
    lacked = (4, 2, 1, 1)
    assert tuple(a + b for a, b in zip(found, lacked, strict=True)) == (66, 30, 19, 17)
    # sport-interfax.ru, 6 October 2016: as caretaker "провел шесть официальных матчей, в которых одержал пять
    # побед и один раз сыграл вничью"; the store holds five of them (the cup tie at Izhevsk is the sixth)
    assert (caretaker.record.played, caretaker.record.won, caretaker.record.drawn) == (5, 4, 1)


def test_karpin_sacked_by_spartak_third_on_40_points_after_21_rounds(full: Store) -> None:
    # tass.ru, 18 March 2014: Karpin sacked by the board; "«Спартак» занимает третье место с 40 очками после 21
    # матча" of 2013-14, the whole season his (head coach since 14 December 2012: newsru.com)
    (spell,) = [
        s
        for s in manager_record(full, "Valeri Karpin", Filters(), positions=True).spells
        if s.start == dt.date(2012, 12, 14)
    ]
    season = spell_of(
        full,
        "Valeri Karpin",
        "Spartak Moskva",
        Filters(kinds=LEAGUE, date_from=dt.date(2013, 7, 1)),
        start=dt.date(2013, 7, 1),  # a spell's start under a date filter is the filter's first day
    )
    assert season.coverage == "full"
    assert (season.record.played, 3 * season.record.won + season.record.drawn) == (21, 40)
    assert spell.positions is not None and spell.positions.departure is not None
    assert spell.positions.departure.position == 3


def test_karpin_spartak_starts_of_2010_and_2011_12(full: Store) -> None:
    # championat.com, 23 August 2025 ("Карпин не стартовал так плохо в РПЛ с 2011 года"): "В сезоне-2010
    # «Спартак» стартовал с поражения в дерби с «Динамо» (0:1), однако в следующих четырёх турах набрал восемь
    # очков"; 2011-12: "В первых пяти турах красно-белые под его руководством набрали всего лишь четыре очка
    # ... Они проиграли все три гостевые встречи"
    def points(date_from: dt.date, date_to: dt.date) -> tuple[int, int, int]:
        filters = Filters(kinds=LEAGUE, date_from=date_from, date_to=date_to)
        spell = spell_of(full, "Valeri Karpin", "Spartak Moskva", filters, start=date_from)
        assert spell.coverage == "full"
        finals = [m.final for m in spell.matches if m.away == "Spartak Moskva"]
        away_lost = sum(1 for f in finals if f is not None and f.home > f.away)
        return spell.record.played, 3 * spell.record.won + spell.record.drawn, away_lost

    assert points(dt.date(2010, 3, 1), dt.date(2010, 4, 10)) == (5, 8, 0)
    assert points(dt.date(2010, 3, 1), dt.date(2010, 3, 14)) == (1, 0, 0)
    assert points(dt.date(2011, 3, 1), dt.date(2011, 4, 17)) == (5, 4, 3)


def test_yermakovich_five_belarusian_titles_with_bate(full: Store) -> None:
    # gp.by after BelTA, 6 January 2018, on his leaving BATE: "Александр Ермакович возглавил БАТЭ осенью 2013-го.
    # За четыре с небольшим года самостоятельной работы он выиграл с клубом 10 трофеев (5 раз становился
    # чемпионом Беларуси ...)": the seasons 2013 (from 12 October, three rounds from the end) to 2017
    (spell,) = manager_record(full, "Aleksandr Yermakovich", Filters(), positions=True).spells
    assert spell.positions is not None
    assert {s.season: s.position for s in spell.positions.season_ends} == {
        "2013": 1,
        "2014": 1,
        "2015": 1,
        "2016": 1,
        "2017": 1,
    }
    # the store holds the league and the European ties; the Belarusian Cup is named as missing, and the
    # Super Cup of each March from 2014 to 2017, which BATE played as champions of the year before (won
    # four times under him, BelTA)
    assert spell.coverage == "partial"
    assert {(g.competition, season) for g in spell.gaps for season in g.seasons} == {
        ("by.cup", "2013"),
        ("by.cup", "2014"),
        ("by.cup", "2015"),
        ("by.cup", "2016"),
        ("by.cup", "2017"),
        ("by.sc", "2014"),
        ("by.sc", "2015"),
        ("by.sc", "2016"),
        ("by.sc", "2017"),
    }


def test_bozovic_left_lokomotiv_seventh_five_league_matches_after_his_last_win(full: Store) -> None:
    # sport-express.ru, 11 May 2015: "После 27 туров «Локо» занимает 7-е место ... железнодорожники не могут
    # победить в премьер-лиге на протяжении пяти матчей - последние три очка команда Божовича заработала в
    # начале апреля в игре с «Торпедо» (2:0)"; ukrfootball.com.ua after sovsport.ru: "«Локомотив» проиграл в
    # четырех из последних пяти матчей". m24.ru, 4 October 2014, on his appointment: "После девяти туров
    # ... «красно-зеленые» занимают 9-е место с 12 очками".
    tail = spell_of(full, "Miodrag Božović", "Lokomotiv Moskva", Filters(kinds=LEAGUE, date_from=dt.date(2015, 4, 9)))
    assert tail.coverage == "full"
    assert (tail.record.played, tail.record.won, tail.record.lost) == (5, 0, 4)
    (spell,) = manager_record(full, "Miodrag Božović", Filters(), positions=True).spells
    assert spell.positions is not None
    assert spell.positions.arrival is not None and spell.positions.arrival.position == 9
    assert spell.positions.departure is not None and spell.positions.departure.position == 7
