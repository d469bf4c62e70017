"""Club identity across the whole corpus: the lower divisions of western Europe (identity round 5).

worldfootball's files name a club as it was called in each season, so a club renamed between seasons (a
sponsor's name, a move to another town, a name taken back) answers to several names that no evidence in the
data joins; ``touchline/data/clubs.toml`` lists them, each with its source. Before the names were listed,
each season below was stored under another id than the club's, so the club's record for it was empty. Each
figure is the store's, checked against the published season named in its comment.
"""

from __future__ import annotations

import pytest

from tests.test_club_identity_corpus_c import assert_season
from touchline.store import Store
from touchline.store.read import find_club


@pytest.mark.parametrize(
    ("club", "country", "names"),
    [
        # PEC Zwolle '82 (1982), bankrupt in 1990 and founded again as FC Zwolle, PEC Zwolle again from 14 April
        # 2012 (Wikipedia, "PEC Zwolle")
        ("ned-pec-zwolle", "NED", ["PEC Zwolle '82", "FC Zwolle", "PEC Zwolle"]),
        # Stormvogels Telstar from 2001 to 2008 (de.wikipedia, "Telstar (Fußballklub)")
        ("ned-telstar", "NED", ["Stormvogels Telstar", "Telstar"]),
        # FC Oss from 2009 to 2018 (nu.nl, November 2017)
        ("ned-top-oss", "NED", ["FC Oss", "TOP Oss"]),
        # KVSK United (2003), Lommel United (2010), Lommel SK (Wikipedia, "Lommel S.K.")
        ("bel-lommel-united", "BEL", ["KVSK United", "Lommel United", "Lommel SK"]),
        # KV Red Star Waasland (matricule 4068) moved to Beveren in 2010 (Knack Sport, 20 May 2020)
        ("bel-waasland-beveren", "BEL", ["KV Red Star Waasland", "Waasland-Beveren"]),
        # La España Industrial, renamed CD Condal in 1956 (Wikipedia, "CD Condal")
        ("esp-cd-condal", "ESP", ["SD España Industrial", "CD Condal"]),
        # CD Malacitano, renamed CD Málaga in 1941 (Wikipedia, "CD Málaga")
        ("esp-cd-malaga", "ESP", ["CD Málacitano", "CD Málaga"]),
        # Ciudad de Murcia, moved to Granada as Granada 74 in 2007 (Wikipedia, "Ciudad de Murcia")
        ("esp-granada-74-cf", "ESP", ["Ciudad de Murcia", "Granada 74 CF"]),
        # Reggio Audace FC (2018), AC Reggiana 1919 from July 2020 (goal.com, July 2020)
        ("ita-ac-reggiana-1919", "ITA", ["Reggio Audace FC", "AC Reggiana 1919"]),
        # UD Vilafranquense's SAD, AVS from 5 May 2023 (Wikipedia, "AVS Futebol SAD")
        ("por-avs", "POR", ["UD Vilafranquense", "AVS"]),
        # Belenenses SAD, B-SAD after 2021-22 (Wikipedia, "B-SAD")
        ("por-b-sad", "POR", ["Belenenses SAD", "B-SAD"]),
        # SV Wehen - Taunusstein until 2007 (de.wikipedia, "SV Wehen Wiesbaden")
        ("ger-sv-wehen-wiesbaden", "GER", ["SV Wehen-Taunusstein", "SV Wehen Wiesbaden"]),
        # TuS Paderborn-Neuhaus (1985), SC Paderborn 07 from 1997 (scp07.de, "Über Fusionen zur Einheit")
        ("ger-sc-paderborn-07", "GER", ["TuS Paderborn-Neuhaus", "SC Paderborn 07"]),
        # FC Berlin from 1990 to 1999 (Wikipedia, "Berliner FC Dynamo")
        ("ger-bfc-dynamo", "GER", ["FC Berlin", "BFC Dynamo"]),
        # SC Wismut Karl-Marx-Stadt (1954-1963), BSG Wismut Aue, FC Wismut Aue (1990), FC Erzgebirge Aue (1993)
        # (Wikipedia, "FC Erzgebirge Aue")
        (
            "ger-erzgebirge-aue",
            "GER",
            ["SC Wismut Karl-Marx-Stadt", "BSG Wismut Aue", "FC Wismut Aue", "Erzgebirge Aue"],
        ),
        # Hyde FC from 2010 to 2015 (Wikipedia, "Hyde United F.C.")
        ("eng-hyde-united", "ENG", ["Hyde FC", "Hyde United"]),
        # Bournemouth and Boscombe Athletic, AFC Bournemouth from 1972 (soccerhistory.co.uk); Scunthorpe &
        # Lindsey United, Scunthorpe United from 1958 (When Saturday Comes)
        ("eng-afc-bournemouth", "ENG", ["Bournemouth and Boscombe Athletic", "AFC Bournemouth"]),
        ("eng-scunthorpe-united", "ENG", ["Scunthorpe & Lindsey", "Scunthorpe United"]),
    ],
)
def test_a_club_renamed_between_seasons_is_one_club(full: Store, club: str, country: str, names: list[str]) -> None:
    assert {find_club(full, name, country).id for name in names} == {club}


@pytest.mark.parametrize(
    ("name", "country", "other"),
    [
        # KSK Beveren (matricule 2300) stopped in 2010 and is not Red Star Waasland's club (Knack Sport, 20 May
        # 2020); CF Os Belenenses is not its former SAD (Wikipedia, "B-SAD"); the AC Reggiana of 1919-2018,
        # excluded in 2018, is not the Reggio Audace founded after it (Wikipedia, "A.C. Reggiana 1919")
        ("KSK Beveren", "BEL", "bel-waasland-beveren"),
        ("Os Belenenses", "POR", "por-b-sad"),
        ("AC Reggiana", "ITA", "ita-ac-reggiana-1919"),
    ],
)
def test_a_club_that_went_on_elsewhere_stays_apart(full: Store, name: str, country: str, other: str) -> None:
    assert find_club(full, name, country).id != other


@pytest.mark.parametrize(
    ("club", "competition", "season", "played", "won"),
    [
        # Eredivisie 1988-89: "16. PEC Zwolle'82 34 8 9 17 048:70" (de.wikipedia, "Eredivisie 1988/89")
        ("ned-pec-zwolle", "nl.1", "1988-89", 34, 8),
        # Eerste Divisie 2011-12: 18 clubs, FC Zwolle champions (Wikipedia, "2011–12 Eerste Divisie")
        ("ned-pec-zwolle", "nl.2", "2011-12", 34, None),
        # Eerste Divisie 2007-08: the 20 clubs of 2008-09 came from places 2 to 20 of it, "Stormvogels Telstar"
        # renamed "SC Telstar 1963" in 2008 (de.wikipedia, "Eerste Divisie 2008/09"): 38 matches each
        ("ned-telstar", "nl.2", "2007-08", 38, None),
        # Eerste Divisie 2017-18: "jede Mannschaft 38 Spiele" (de.wikipedia, "Eerste Divisie 2017/18")
        ("ned-top-oss", "nl.2", "2017-18", 38, None),
        # Second Division 2009-10: "2. Lommel United 36 20 10 6 055:27", "6. Waasland-Beveren 36 13 13 10 046:49",
        # the seasons' later names for KVSK United and Red Star Waasland (de.wikipedia, "2. Division (Belgien)
        # 2009/10")
        ("bel-lommel-united", "be.2", "2009-10", 36, 20),
        ("bel-waasland-beveren", "be.2", "2009-10", 36, 13),
        # Segunda División 1955-56, Group II: "3. CD Condal 36 30 14 8 8 54 39" (it.wikipedia, "Segunda División
        # spagnola 1955-1956"; the club played it as La España Industrial)
        ("esp-cd-condal", "es.2", "1955-56", 30, 14),
        # Segunda División 1946-47: "9 Málaga 26 8 7 11 38 44" (Wikipedia, "1946–47 Segunda División")
        ("esp-cd-malaga", "es.2", "1946-47", 26, 8),
        # Segunda División 2006-07: "4 Ciudad de Murcia 42 18 9 15 52 44 +8 63" (Wikipedia, "2006–07 Segunda
        # División")
        ("esp-granada-74-cf", "es.2", "2006-07", 42, 18),
        # Conference National 2012-13: "Les vingt-quatre clubs ... sont confrontés à deux reprises aux vingt-trois
        # autres" (fr.wikipedia, "Championnat d'Angleterre de football de cinquième division 2012-2013"); Hyde
        # played it as Hyde FC
        ("eng-hyde-united", "eng.5", "2012-13", 46, None),
        # Liga Portugal 2 2022-23: 18 clubs (Wikipedia, "2022–23 Liga Portugal 2")
        ("por-avs", "pt.2", "2022-23", 34, None),
        # Primeira Liga 2018-19: "9. Belenenses SAD 34 10 13 11 042:51" (de.wikipedia, "Primeira Liga 2018/19")
        ("por-b-sad", "pt.1", "2018-19", 34, 10),
        # FA Cup 1956-57: "Bournemouth and Boscombe Athletic (as they were then) ... began their Cup campaign by
        # beating Burton Albion 8-0, Swindon Town 1-0 and Accrington Stanley 2-0", then 1-0 at Wolves, 3-1 v
        # Tottenham, and lost the quarter-final to Manchester United (BBC, March 2025, via quikreader.com).
        # Before, the cup run was another club's: AFC Bournemouth had no FA Cup match before 1972
        ("eng-afc-bournemouth", "eng.cup", "1956-57", 6, 5),
    ],
)
def test_a_renamed_clubs_seasons_are_under_one_id(
    full: Store, club: str, competition: str, season: str, played: int, won: int | None
) -> None:
    assert_season(full, club, competition, season, played, won)
