"""Club identity across the whole corpus: Moldova, the Baltic states, Belarus, Ukraine, the Caucasus and
Kazakhstan (identity round 3).

worldfootball's files name a club as it was called in each season, so a club renamed between seasons (a
sponsor's name, a new city, Soviet names given up) answers to several names that no evidence in the data
joins; ``touchline/data/clubs.toml`` lists them, each with its source. Before the names were listed, each
season below was stored under another id than the club's, so the club's record for it was empty. Each
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
        # FC Banants, renamed FC Urartu on 1 August 2019 (Wikipedia, "FC Urartu")
        ("arm-fc-urartu", "ARM", ["FC Banants", "FC Urartu"]),
        # Dinamo-2000, Dinamo-Zenit (2004), Ulisses (2006) (RSSSF, "Armenia - Name Changes")
        ("arm-ulisses-fc", "ARM", ["Dinamo-2000 Yerevan", "Dinamo-Zenit Yerevan", "Ulisses FC"]),
        # Khazar Universiteti (1999-2004), Inter Baku (2004-2017), Keşlə (2017-2022), Şamaxı (Wikipedia, "Şamaxı FK")
        ("aze-samaxi-fk", "AZE", ["Khazar Universiteti", "Inter Baku", "Keşla FK", "Şamaxı FK"]),
        # Khimik until 1992, Neman, Neman-Belkard 1999-2001 (de.wikipedia, "FK Njoman Hrodna")
        ("blr-neman-grodno", "BLR", ["Khimik Grodno", "Neman-Belkard Grodno", "Neman Grodno"]),
        # Yelimay, FC Semey (2004), Spartak Semey (2008) (de.wikipedia, "Spartak Semei")
        ("kaz-spartak-semey", "KAZ", ["Yelimay Semey", "FK Semey", "Spartak Semey"]),
        # Banga Kaunas until 1993, Žalgiris Kaunas for the rest of 1999 (Wikipedia, "FBK Kaunas")
        ("ltu-fbk-kaunas", "LTU", ["Banga Kaunas", "Zalgiris Kaunas", "FBK Kaunas"]),
        # Granitas, PSK Aras (1993), Atlantas (1996) (Wikipedia, "FK Atlantas")
        ("ltu-fk-atlantas", "LTU", ["Granitas Klaipeda", "Granitas-Aras Klaipeda", "PSK Aras Klaipeda", "FK Atlantas"]),
        # Elektronas (1990), Tauras-Karšuva (1992), Tauras (1995) (Wikipedia, "FK Tauras Tauragė")
        ("ltu-tauras-taurage", "LTU", ["Elektronas Tauragė", "Tauras-Karšuva", "Tauras Tauragė"]),
        # FC Ditton until the end of 2006, then FC Daugava (Wikipedia, "FC Daugava")
        ("lva-fc-daugava", "LVA", ["FC Ditton Daugavpils", "FK Daugava Daugavpils", "FC Daugava"]),
        # RAF Rīga, Universitāte Rīga from July 1996 (football.com, "Jelgava")
        ("lva-universitate-riga", "LVA", ["RAF Rīga", "Universitāte Rīga"]),
        # Olimpia Bălți (1991-2014), Zaria (2014-2019), FC Bălți (2020-) (Wikipedia, "FC Bălți")
        ("mda-fc-balti", "MDA", ["FC Olimpia Bălți", "FC Zaria", "FC Bălţi"]),
        # Metalurh Mariupol, Illichivets (2002-03 winter), FC Mariupol (2017) (Wikipedia, "FC Mariupol")
        ("ukr-fk-mariupol", "UKR", ["Metalurg Mariupol", "FK Illichivets", "FK Mariupol"]),
        # Polihraftekhnika (1990-2003), PFC Oleksandriya (2004-2014) (Wikipedia, "FC Oleksandriya")
        ("ukr-fk-oleksandriya", "UKR", ["Polihraftechnika Oleksandriya", "PFK Oleksandriya", "FK Oleksandriya"]),
    ],
)
def test_a_club_renamed_between_seasons_is_one_club(full: Store, club: str, country: str, names: list[str]) -> None:
    assert {find_club(full, name, country).id for name in names} == {club}


@pytest.mark.parametrize(
    ("club", "competition", "season", "played", "won"),
    [
        # Belarus Minsk (Dinamo-93's name for 1992-93): P32 W20 D6 L6, 3rd (Wikipedia, "FC Dinamo-93 Minsk",
        # league and cup history)
        ("blr-dinamo-93-minsk", "by.1", "1992-93", 32, 20),
        # FC Saburtalo, champions 2018: P36 W24 D7 L5 (Wikipedia, "FC Iberia 1999", season table)
        ("geo-fc-iberia-1999", "ge.1", "2018", 36, 24),
        # Superliga 2003, 17 clubs: "Yelimai Semipalatinsk 32 12 7 13", "Jessil Bogatyr Petropawl 32 10 6 16",
        # "Jessil Kökschetau 32 4 9 19" (de.wikipedia, "Superliga 2003", Tabelle)
        ("kaz-spartak-semey", "kz.1", "2003", 32, 12),
        ("kaz-fk-kyzylzhar", "kz.1", "2003", 32, 10),
        ("kaz-fk-okzhetpes", "kz.1", "2003", 32, 4),
        # Vyshcha Liha 2003-04: Illichivets 30 10 10 10, Vorskla (Vorskla-Naftohaz) 30 6 9 15 (uk.wikipedia,
        # "Чемпіонат України з футболу 2003-04", підсумкова таблиця)
        ("ukr-fk-mariupol", "ua.1", "2003-04", 30, 10),
        ("ukr-vorskla-poltava", "ua.1", "2003-04", 30, 6),
        # Vyshcha Liha 2002-03: "Illichivets Mariupol' 30 8 10 12" (Metalurh Mariupol' until the winter break),
        # "FC Olexandria 30 7 9 14" (Polihraftechnika until the winter break) (RSSSF, "Ukraine 2002/03")
        ("ukr-fk-mariupol", "ua.1", "2002-03", 30, 8),
        ("ukr-fk-oleksandriya", "ua.1", "2002-03", 30, 7),
        # Meistriliiga 2006: Maag (Merkuur) 36 13 9 14, 5th (fa.wikipedia, "لیگ برتر فوتبال استونی ۲۰۰۶"; the
        # same figures in no.wikipedia's table)
        ("est-jk-merkuur-tartu", "ee.1", "2006", 36, 13),
        # A lyga 2015: "FK Trakai 36 27 3 6 92:33" (de.wikipedia, "A lyga 2015", Abschlusstabelle)
        ("ltu-fk-riteriai", "lt.1", "2015", 36, 27),
        # Virslīga 2004: eight clubs meeting four times, 28 league matches each, Ditton among them (de.wikipedia,
        # "Virslīga 2004", Modus)
        ("lva-fc-daugava", "lv.1", "2004", 28, None),
        # Yüksək dəstə 2003-04: Ümid's results annulled, 26 rounds; Dinamo (FC Baku) and Khazar Universiteti
        # among the clubs (it.wikipedia, "Yüksək dəstə 2003-2004", Formula)
        ("aze-fk-baku", "az.1", "2003-04", 26, None),
        ("aze-samaxi-fk", "az.1", "2003-04", 26, None),
        # National Division 2009-10: 12 clubs, 198 matches played, 33 each, Viitorul Orhei promoted (Wikipedia,
        # "2009–10 Moldovan National Division")
        ("mda-fc-milsami", "md.1", "2009-10", 33, None),
    ],
)
def test_a_renamed_clubs_seasons_are_under_one_id(
    full: Store, club: str, competition: str, season: str, played: int, won: int | None
) -> None:
    assert_season(full, club, competition, season, played, won)
