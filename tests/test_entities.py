"""Entity phrases: titles and names, aliases, hyphenated pairs, misspellings, and words that are not entities."""
from __future__ import annotations

import pytest

from kzdiplo import extract, parse
from kzdiplo.extract.entities import fuzzy_entry
from kzdiplo.gazetteer import entries


def entities_in(text: str):
    found = extract(parse("Judul\n\n" + text + "\n", article_id="x")).entities
    return {(e.type, e.name): e for e in found}


def names(text: str) -> set[tuple[str, str]]:
    return set(entities_in(text))


COUNTRIES = [
    ("Tiongkok", "CN"), ("China", "CN"), ("Cina", "CN"), ("RRT", "CN"), ("Republik Rakyat Tiongkok", "CN"),
    ("RI", "ID"), ("Republik Indonesia", "ID"), ("Indonesia", "ID"), ("AS", "US"), ("Amerika Serikat", "US"),
    ("Rusia", "RU"), ("Federasi Rusia", "RU"), ("Korea Selatan", "KR"), ("Korea Utara", "KP"), ("Uni Soviet", "SU"),
    ("Kazakhstan", "KZ"), ("Republik Kazakhstan", "KZ"), ("Kazakh", "KZ"), ("Uzbekistan", "UZ"), ("Kirgistan", "KG"),
    ("Kyrgyzstan", "KG"), ("Tajikistan", "TJ"), ("Turkmenistan", "TM"), ("Vietnam", "VN"), ("Viet Nam", "VN"),
    ("Jepang", "JP"), ("Inggris", "GB"), ("Britania Raya", "GB"), ("Jerman", "DE"), ("Prancis", "FR"), ("Perancis", "FR"),
    ("Belanda", "NL"), ("Turki", "TR"), ("Arab Saudi", "SA"), ("Uni Emirat Arab", "AE"), ("Singapura", "SG"),
    ("Malaysia", "MY"), ("Filipina", "PH"), ("Ukraina", "UA"), ("Taiwan", "TW"), ("Mesir", "EG"), ("Selandia Baru", "NZ"),
    ("Afganistan", "AF"), ("Azerbaijan", "AZ"), ("Mongolia", "MN"), ("India", "IN"), ("Pakistan", "PK"), ("Iran", "IR"),
    ("KAZAKHSTAN", "KZ"), ("Kazhakstan", "KZ"), ("Kazakstan", "KZ"), ("Kirgizstan", "KG"),
]


@pytest.mark.parametrize("alias, code", COUNTRIES, ids=[c[0] for c in COUNTRIES])
def test_country_aliases(alias, code):
    found = [e for e in entities_in(f"Delegasi dari {alias} tiba kemarin.").values() if e.type == "COUNTRY"]
    assert [e.code for e in found] == [code]
    assert found[0].mentions[0].text == alias


@pytest.mark.parametrize("phrase, codes", [
    ("hubungan Tiongkok-Kazakhstan", {"CN", "KZ"}), ("hubungan Kazakh-Indonesia", {"KZ", "ID"}),
    ("komunitas China-Kazakhstan", {"CN", "KZ"}), ("kemitraan Indonesia-Vietnam", {"ID", "VN"}),
    ("dialog Rusia-Tiongkok", {"RU", "CN"}), ("forum Kazakhstan-Uzbekistan", {"KZ", "UZ"}),
])
def test_hyphenated_pairs_give_two_mentions(phrase, codes):
    assert {e.code for e in entities_in(phrase + " berjalan baik.").values() if e.type == "COUNTRY"} == codes


# (phrase, name, role, country)
PEOPLE = [
    ("Duta Besar Republik Kazakhstan untuk Indonesia Daniyar Sarekenov menyatakan", "Daniyar Sarekenov",
     "Duta Besar Republik Kazakhstan untuk Indonesia", "KZ"),
    ("Presiden Vietnam, Vo Van Thuong, menyambut", "Vo Van Thuong", "Presiden Vietnam", "VN"),
    ("Menteri Luar Negeri Tiongkok, Wang Yi, bertemu", "Wang Yi", "Menteri Luar Negeri Tiongkok", "CN"),
    ("Presiden Republik Kazakhstan, Kassym-Jomart Tokayev sedang", "Kassym-Jomart Tokayev", "Presiden Republik Kazakhstan", "KZ"),
    ("Wakil Perdana Menteri dan Menteri Luar Negeri Kazakhstan, Murat Nurtleu, berkata", "Murat Nurtleu",
     "Wakil Perdana Menteri dan Menteri Luar Negeri Kazakhstan", "KZ"),
    ("Menlu Kazakhstan Erlan Idrissov berkata", "Erlan Idrissov", "Menlu Kazakhstan", "KZ"),
    ("Dubes Kazakhstan di Vietnam, Yerlan Baizhanov menyatakan", "Yerlan Baizhanov", "Dubes Kazakhstan di Vietnam", "KZ"),
    ("Dirjen Imigrasi Silmy Karim hadir", "Silmy Karim", "Dirjen Imigrasi", None),
    ("Sekretaris Pers Presiden Kazakh Ruslan Zheldibai mencatat", "Ruslan Zheldibay", "Sekretaris Pers Presiden Kazakh", "KZ"),
    ("Juru Bicara Presiden Rusia Dmitry Peskov mengatakan", "Dmitry Peskov", "Juru Bicara Presiden Rusia", "RU"),
    ("Menteri Ketenagakerjaan Ida Fauziah hadir", "Ida Fauziah", "Menteri Ketenagakerjaan", None),
    ("Penasihat Presiden Kazakhstan Erlan Karin berkata", "Erlan Karin", "Penasihat Presiden Kazakhstan", "KZ"),
    ("Presiden China Xi Jinping bertemu", "Xi Jinping", "Presiden China", "CN"),
    ("Perdana Menteri Malaysia Anwar Ibrahim hadir", "Anwar Ibrahim", "Perdana Menteri Malaysia", "MY"),
    ("Presiden Rusia Vladimir Putin berkata", "Vladimir Putin", "Presiden Rusia", "RU"),
    ("Menteri Luar Negeri Indonesia Retno Marsudi berkata", "Retno Marsudi", "Menteri Luar Negeri Indonesia", "ID"),
    ("Presiden Uzbekistan Shavkat Mirziyoyev tiba", "Shavkat Mirziyoyev", "Presiden Uzbekistan", "UZ"),
    ("Duta Besar Indonesia untuk Kazakhstan Fadjroel Rachman menyatakan", "Fadjroel Rachman",
     "Duta Besar Indonesia untuk Kazakhstan", "ID"),
    ("Menteri Perdagangan Kazakhstan Arman Shakkaliyev menjelaskan", "Arman Shakkaliyev", "Menteri Perdagangan Kazakhstan", "KZ"),
    ("Wali Kota Almaty Yerzhan Babakumarov hadir", "Yerzhan Babakumarov", "Wali Kota Almaty", "KZ"),
    ("Juru Bicara Kementerian Luar Negeri China Mao Ning", "Mao Ning", None, "CN"),
    ("Presiden Joko Widodo membuka", "Joko Widodo", "Presiden", "ID"),
    ("Presiden Jokowi membuka", "Joko Widodo", "Presiden", "ID"),
    ("Presiden Kazakhstan Kassym Jomart Tokayev tiba", "Kassym-Jomart Tokayev", "Presiden Kazakhstan", "KZ"),
    ("Perdana Menteri Vietnam Pham Minh Chinh berkata", "Pham Minh Chinh", "Perdana Menteri Vietnam", "VN"),
    ("Menko Perekonomian Hatta Rajasa menjelaskan", "Hatta Rajasa", "Menko Perekonomian", None),
    # the title after the name, after a comma
    ("kata Muhammad Husen, Direktur Hulu Pertamina usai rapat", "Muhammad Husen", "Direktur Hulu Pertamina", None),
    ("ujar Bhima Yudhistira, Direktur Eksekutif Celios, kepada wartawan", "Bhima Yudhistira", "Direktur Eksekutif Celios", None),
    # a title, its body, then the person between commas
    ("kata Ketua Umum Kadin Indonesia, Arsjad Rasjid, kepada wartawan", "Arsjad Rasjid", "Ketua Umum Kadin Indonesia", "ID"),
    ("ujar Direktur Utama PT Pertamina (Persero), Nicke Widyawati, di Jakarta", "Nicke Widyawati",
     "Direktur Utama PT Pertamina (Persero)", None),
    ("Direktur Jenderal Asia Pasifik dan Afrika Kemlu, Abdul Kadir Jailani, mengatakan", "Abdul Kadir Jailani",
     "Direktur Jenderal Asia Pasifik dan Afrika Kemlu", None),
    ("Duta Besar Kazakhstan, Yerlan Sadykov, berkata", "Yerlan Sadykov", "Duta Besar Kazakhstan", "KZ"),  # a posting, not a body
    ("membawa kosmonot Rusia Oleg Novitsky ke stasiun", "Oleg Novitsky", "kosmonot Rusia", "RU"),
    ("kata Rektor Universitas Al-Farabi, Zhanseit Tuimebayev, kepada tamu", "Zhanseit Tuimebayev", "Rektor Universitas Al-Farabi", None),
    # an English-style body between the title and the name goes to the role
    ("Ketua Bali Tourism Board Ida Bagus Agung hadir", "Ida Bagus Agung", "Ketua Bali Tourism Board", "ID"),
]


@pytest.mark.parametrize("phrase, name, role, country", PEOPLE, ids=[p[1] for p in PEOPLE])
def test_people_by_title(phrase, name, role, country):
    person = entities_in(phrase + " di sana.")[("PERSON", name)]
    if role:
        assert person.role == role
    assert person.country == country


def test_title_covers_two_names():
    found = entities_in("pertukaran kunjungan Presiden Nazarbayev dan Soeharto menandai dimulainya dialog.")
    assert found[("PERSON", "Nursultan Nazarbayev")].role == "Presiden"
    assert found[("PERSON", "Suharto")].country == "ID"


@pytest.mark.parametrize("text, name, short", [
    ("Duta Besar Kazakhstan Daniyar Sarekenov datang. Kata Sarekenov, hubungan baik.", "Daniyar Sarekenov", "Sarekenov"),
    ("Menteri Luar Negeri Tiongkok Wang Yi tiba. Wang mengatakan hal itu.", "Wang Yi", "Wang"),
    ("Presiden China Xi Jinping berpidato. Xi menyebut Tokayev sahabat.", "Xi Jinping", "Xi"),
    ("Menlu Kazakhstan Erlan Idrissov hadir. Idrissov mengatakan itu.", "Erlan Idrissov", "Idrissov"),
    # a title before the surname alone is the same person, not a new one
    ("Duta Besar Kazakhstan Serzhan Abdykarimov hadir. Dubes Abdykarimov menyampaikan hal itu.", "Serzhan Abdykarimov", "Abdykarimov"),
])
def test_surname_mentions_resolve_to_the_person(text, name, short):
    person = entities_in(text)[("PERSON", name)]
    assert short in [m.text for m in person.mentions]


def test_ambiguous_short_form_needs_a_full_name_first():
    assert ("PERSON", "Wang Yi") not in names("Wang mengatakan perdagangan naik.")


# (phrase, type, canonical name)
NAMED = [
    ("PBB", "ORG", "United Nations"), ("Perserikatan Bangsa-Bangsa", "ORG", "United Nations"), ("ASEAN", "ORG", "ASEAN"),
    ("Organisasi Kerja Sama Shanghai", "ORG", "Shanghai Cooperation Organisation"),
    ("Organisasi Kerjasama Shanghai", "ORG", "Shanghai Cooperation Organisation"), ("SCO", "ORG", "Shanghai Cooperation Organisation"),
    ("Uni Ekonomi Eurasia", "ORG", "Eurasian Economic Union"), ("EAEU", "ORG", "Eurasian Economic Union"),
    ("CICA", "ORG", "Conference on Interaction and Confidence Building Measures in Asia"),
    ("OKI", "ORG", "Organisation of Islamic Cooperation"), ("G20", "ORG", "G20"), ("BRICS", "ORG", "BRICS"),
    ("WTO", "ORG", "World Trade Organization"), ("IMF", "ORG", "International Monetary Fund"), ("Bank Dunia", "ORG", "World Bank"),
    ("ADB", "ORG", "Asian Development Bank"), ("AIIB", "ORG", "Asian Infrastructure Investment Bank"),
    ("ANTARA", "ORG", "ANTARA"), ("Reuters", "ORG", "Reuters"), ("Xinhua", "ORG", "Xinhua"), ("AFP", "ORG", "AFP"),
    ("Bernama", "ORG", "Bernama"), ("TASS", "ORG", "TASS"), ("Kazinform", "ORG", "Kazinform"), ("VOV", "ORG", "VOV"),
    ("CMG", "ORG", "China Media Group"), ("Kompas", "ORG", "Kompas"), ("Tempo", "ORG", "Tempo"),
    ("CNN Indonesia", "ORG", "CNN Indonesia"), ("Liputan6", "ORG", "Liputan6"), ("Kabar24.com", "ORG", "Kabar24.com"),
    ("Kementerian Perencanaan dan Investasi Vietnam", "ORG", "Ministry of Planning and Investment of Vietnam"),
    ("Kementerian Energi Kazakhstan", "ORG", "Kementerian Energi Kazakhstan"),
    ("Komite Investasi", "ORG", "Komite Investasi"), ("Direktorat Jenderal Investasi Asing", "ORG", "Direktorat Jenderal Investasi Asing"),
    ("Badan Pusat Statistik", "ORG", "Statistics Indonesia"), ("Northwestern Polytechnical University", "ORG", "Northwestern Polytechnical University"),
    ("Nazarbayev University", "ORG", "Nazarbayev University"), ("Partai Komunis Tiongkok", "ORG", "Communist Party of China"),
    ("Asia Tengah", "LOC", "Central Asia"), ("Asia Tenggara", "LOC", "Southeast Asia"), ("Eurasia", "LOC", "Eurasia"),
    ("Laut Kaspia", "LOC", "Caspian Sea"), ("Laut Caspian", "LOC", "Caspian Sea"), ("Astana", "LOC", "Astana"),
    ("Nur-Sultan", "LOC", "Astana"), ("Almaty", "LOC", "Almaty"), ("Beijing", "LOC", "Beijing"), ("Hanoi", "LOC", "Hanoi"),
    ("Moskow", "LOC", "Moscow"), ("Tashkent", "LOC", "Tashkent"), ("Jakarta", "LOC", "Jakarta"), ("Xi'an", "LOC", "Xi'an"),
    ("Pelabuhan Aktau", "LOC", "Port of Aktau"), ("Pelabuhan Kuryk", "LOC", "Port of Kuryk"),
    ("Pangkalan Logistik Lianyungang", "LOC", "Lianyungang Logistics Base"), ("Pelabuhan Tanjung Emas", "LOC", "Pelabuhan Tanjung Emas"),
    ("Belt and Road", "INITIATIVE", "Belt and Road Initiative"), ("Sabuk dan Jalan", "INITIATIVE", "Belt and Road Initiative"),
    ("Jalur Sutra Baru", "INITIATIVE", "Belt and Road Initiative"), ("jalur ekonomi sutra", "INITIATIVE", "Belt and Road Initiative"),
    ("Nurly Zhol", "INITIATIVE", "Nurly Zhol"), ("Koridor Tengah", "INITIATIVE", "Trans-Caspian International Transport Route"),
    ("Rute Transportasi Internasional Trans-Kaspia", "INITIATIVE", "Trans-Caspian International Transport Route"),
    ("FTA Vietnam-EAEU", "INITIATIVE", "FTA Vietnam-EAEU"), ("World Expo", "INITIATIVE", "World Expo 2017"),
    ("KTT SCO", "INITIATIVE", "SCO Summit"), ("KTT ASEAN", "INITIATIVE", "ASEAN Summit"),
    ("KTT Kazakhstan-Uzbekistan", "INITIATIVE", "KTT Kazakhstan-Uzbekistan"),
    ("Perjanjian Perdagangan Bebas Indonesia-EAEU", "INITIATIVE", "Perjanjian Perdagangan Bebas Indonesia-EAEU"),
    ("Rencana Koordinasi Aksi", "INITIATIVE", "Rencana Koordinasi Aksi"), ("Inisiatif Keamanan Global", "INITIATIVE", "Global Security Initiative"),
    # a news site named by its domain is an outlet; a name with inner capitals also matches with one capital
    ("Hidayatullah.com", "ORG", "Hidayatullah.com"), ("BeritaNasional.com", "ORG", "BeritaNasional.com"),
    ("Kaztransoil", "ORG", "KazTransOil"), ("KazTransOil", "ORG", "KazTransOil"),
    # a place opening a name that ends in a tail word is part of it; an English name starts at "The"
    ("Banjarmasin Post", "ORG", "Banjarmasin Post"), ("laporan The Jakarta Post", "ORG", "The Jakarta Post"),
    ("KTT China+Central Asia (C+C5)", "INITIATIVE", "China-Central Asia Summit"),
    ("Konferensi Tingkat Tinggi China-Asia Tengah", "INITIATIVE", "China-Central Asia Summit"),  # "KTT" spelled out
    ("kata Kremlin", "ORG", "Kremlin"), ("World Economic Forum", "ORG", "World Economic Forum"),
    # a mission's name goes on to where it is posted
    ("Kedutaan Besar Republik Kazakhstan di Indonesia", "ORG", "Kedutaan Besar Republik Kazakhstan di Indonesia"),
    ("Konsulat Kazakhstan di Bali", "ORG", "Konsulat Kazakhstan di Bali"),
]


@pytest.mark.parametrize("phrase, etype, name", NAMED, ids=[n[0] for n in NAMED])
def test_named_entities(phrase, etype, name):
    assert (etype, name) in names(f"Pihak itu membahas {phrase} bersama mitra.")


def test_flat_names_swallow_nested_places_and_bodies():
    found = names("Mereka bertemu di Organisasi Kerjasama Shanghai dan Konferensi Interaksi di Asia.")
    assert ("LOC", "Shanghai") not in found and ("LOC", "Asia") not in found
    assert ("ORG", "Shanghai Cooperation Organisation") in found


def test_currency_names_are_not_country_mentions():
    found = entities_in("Perdagangan mencapai 41 miliar dolar AS tahun lalu antara Tiongkok dan Kazakhstan.")
    assert "US" not in {e.code for e in found.values()}


NOT_ENTITIES = [
    "Selain itu, kerja sama meningkat.", "Menurut data, perdagangan tumbuh.", "Pada umumnya hubungan baik.",
    "Kedua belah pihak sepakat.", "Hubungan Persahabatan Tradisional yang Mencapai banyak Prestasi Positif",
    "Pemerintah mengundang investor.", "Antara lain pertanian dan energi.", "Duta besar percaya potensi besar.",
    "Presiden mengatakan hal itu.", "Kementerian mengumumkan hasilnya.", "Kazanlak adalah kata lain.",
    "Pembangunan infrastruktur berlanjut.", "Perdagangan bilateral naik.", "Kebijakan baru diterapkan.",
    "Perdagangan Naik 18,4 Persen, Mendag Bidik Rekor Tahun Depan", "Situs www.kemlu.go.id memuatnya.",
    # in a Title Case headline a title is followed by verbs, not names
    "Perdagangan Naik, Presiden Bidik Rekor Tahun Depan", "Ekspor Melonjak, Menteri Minta Pengusaha Waspada",
]


def test_a_missing_space_after_a_full_stop_ends_a_name():
    found = names("Mereka membahas Konferensi Tingkat Tinggi China-Asia Tengah.Pertemuan itu penting. Kunjungi Kabar24.com hari ini.")
    assert not any("Pertemuan" in name for _, name in found)
    assert ("ORG", "Kabar24.com") in found


def test_surname_after_a_title_is_not_a_second_person():
    people = [name for etype, name in names("Duta Besar Kazakhstan Serzhan Abdykarimov hadir. Dubes Abdykarimov pulang.")
              if etype == "PERSON"]
    assert people == ["Serzhan Abdykarimov"]


def test_long_names_after_a_portfolio():
    found = entities_in("Rapat dihadiri Wakil Menteri Perdagangan Dyah Roro Esti Widya Putri.")
    assert found[("PERSON", "Dyah Roro Esti Widya Putri")].role == "Wakil Menteri Perdagangan"


def test_dan_does_not_join_two_bodies():
    found = names("Data Kementerian Pertanian Kazakhstan dan Kementerian Pertanian dan Keterjaminan Makanan Malaysia.")
    assert ("ORG", "Kementerian Pertanian dan Keterjaminan Makanan Malaysia") in found
    assert not any(" dan Kementerian" in name for _, name in found)


@pytest.mark.parametrize("text", NOT_ENTITIES)
def test_words_that_are_not_entities(text):
    assert names(text) == set()


@pytest.mark.parametrize("variant, canonical", [
    ("Kazhakstan", "Kazakhstan"), ("Kazakstann", "Kazakhstan"), ("Uzbekisstan", "Uzbekistan"), ("Turkmenistn", "Turkmenistan"),
    ("Nazarbayv", "Nursultan Nazarbayev"), ("Mirziyoyevv", "Shavkat Mirziyoyev"), ("Tokayevv", "Kassym-Jomart Tokayev"),
])
def test_misspellings_resolve(variant, canonical):
    index = fuzzy_entry(variant)
    assert index is not None and entries()[index].name == canonical


@pytest.mark.parametrize("word", [
    "Kementerian", "Pembangunan", "Perdagangan", "Pemerintah", "Kerjasama", "Indonesiana", "Kazanlak", "Tiongkoknya",
    "Pakistani", "Presiden", "Kedutaan", "Investasi", "Hubungan", "Pertemuan", "Selanjutnya", "Kesepakatan",
])
def test_near_words_do_not_resolve(word):
    assert fuzzy_entry(word) is None


@pytest.mark.parametrize("text, name", [
    ("Kementerian Perdagangan Vietnam menyambut delegasi.", "Kementerian Perdagangan Vietnam"),
    ("Kementerian Perdagangan Uzbekistan menerbitkan data.", "Kementerian Perdagangan Uzbekistan"),
])
def test_a_foreign_body_is_not_the_indonesian_one_plus_a_country(text, name):
    found = names(text)
    assert ("ORG", name) in found and ("ORG", "Ministry of Trade of Indonesia") not in found


def test_an_outlet_name_inside_an_event_name_is_no_mention_of_the_outlet():
    found = names("Pengusaha hadir di Forum Bisnis Indonesia-Kazakhstan di Almaty.")
    assert ("INITIATIVE", "Forum Bisnis Indonesia-Kazakhstan") in found
    assert not any(etype == "ORG" for etype, _ in found)


@pytest.mark.parametrize("text, name, role", [
    ("kata Ketua Dewan Direksi Kazatomprom Meirzhan Yussupov dalam keterangan resmi.", "Meirzhan Yussupov",
     "Ketua Dewan Direksi Kazatomprom"),
    ("ujar Direktur Utama Pertamina Nicke Widyawati di Jakarta.", "Nicke Widyawati", "Direktur Utama Pertamina"),
])
def test_a_body_between_title_and_name_belongs_to_the_role(text, name, role):
    found = entities_in(text)
    assert found[("PERSON", name)].role == role
    assert not any(name in other for _, other in found if other != name)


@pytest.mark.parametrize("text, body", [
    # the body in a role is an entity of its own, ending where the person's name begins ...
    ("kata Kepala Badan Energi Atom Kazakhstan Almasadam Satkaliyev kepada wartawan.", ("ORG", "Badan Energi Atom Kazakhstan")),
    ("Gubernur Wilayah Almaty Marat Sultangaziyev hadir.", ("LOC", "Wilayah Almaty")),
    # ... but an organ of a known body is that body
    ("kata Ketua Dewan Direksi Kazatomprom Meirzhan Yussupov dalam keterangan resmi.", ("ORG", "Kazatomprom")),
])
def test_a_body_in_a_role_is_named_up_to_the_person(text, body):
    found = names(text)
    assert body in found
    assert not any(etype == body[0] and name != body[1] and body[1] in name for etype, name in found)


@pytest.mark.parametrize("text, expected", [
    ("Menurut Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi, jumlah itu naik.",
     {("ORG", "Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi")}),
    ("Kementerian Energi, Kadin, dan BPS hadir.", {("ORG", "Kementerian Energi"), ("ORG", "Kadin Indonesia"),
                                                   ("ORG", "Statistics Indonesia")}),
])
def test_a_ministry_may_list_its_portfolios(text, expected):
    assert names(text) == expected


def test_a_common_word_outlet_counts_after_a_credit_label():
    assert ("ORG", "ANTARA") in names("Kedua negara sepakat.\n\nSumber: Antara")
    assert ("ORG", "ANTARA") not in names("Antara lain pertanian dan energi.")


def test_bersama_continues_a_name():
    assert ("ORG", "Komisi Bersama Kazakhstan-Malaysia") in names("Sidang Komisi Bersama Kazakhstan-Malaysia digelar di Astana.")


def test_a_portfolio_or_an_honorific_after_dan_is_no_second_person():
    found = names("ditandatangani Menteri Energi dan Energi Terbarukan Dr. Hasyim Yamani.")
    assert ("PERSON", "Hasyim Yamani") in found and not any("Energi" in name for kind, name in found if kind == "PERSON")


@pytest.mark.parametrize("text, name, role", [
    ("ditandatangani Perwakilan Tinggi UE untuk Urusan Luar Negeri dan Kebijakan Keamanan, Federica Mogherini, kemarin.",
     "Federica Mogherini", "Perwakilan Tinggi UE untuk Urusan Luar Negeri dan Kebijakan Keamanan"),
    ("Wakil Ketua Umum Kadin Bidang Hubungan Internasional Shinta Widjaja Kamdani mengatakan hal itu.",
     "Shinta Widjaja Kamdani", "Wakil Ketua Umum Kadin Bidang Hubungan Internasional"),  # a portfolio after the body
    ("disaksikan Presiden Nursultan Nazarbayev di Astana.", "Nursultan Nazarbayev", "Presiden"),  # no city in the role
    ("Menteri Perindustrian dan Perdagangan Vietnam Vu Huy Hoang memperkirakan ekspor naik.", "Vu Huy Hoang",
     "Menteri Perindustrian dan Perdagangan Vietnam"),  # two portfolios joined by "dan"
])
def test_long_roles_end_where_the_name_begins(text, name, role):
    found = entities_in(text)
    assert found[("PERSON", name)].role == role
    assert not [key for key in found if key[0] == "PERSON" and key[1] != name]  # no portfolio words as people


def test_middle_initials_and_full_mentions():
    found = entities_in("Salah satunya dengan Menlu Kazakhstan, Erlan A. Idrissov.")
    person = found[("PERSON", "Erlan Idrissov")]
    assert person.role == "Menlu Kazakhstan" and [m.text for m in person.mentions] == ["Erlan A. Idrissov"]


def test_former_office_holders_keep_mantan_in_their_role():
    found = entities_in("Mantan presiden Indonesia, Susilo Bambang Yudhoyono, dan Mantan Presiden Kazakhstan "
                        "Nursultan Nazarbayev pernah bertemu.")
    assert found[("PERSON", "Susilo Bambang Yudhoyono")].role == "Mantan presiden Indonesia"
    assert found[("PERSON", "Nursultan Nazarbayev")].role == "Mantan Presiden Kazakhstan"


def test_a_leading_initial_is_part_of_the_name():
    found = entities_in("Duta Besar RI untuk Kazakhstan M Fadjroel Rachman memaparkan rencana itu.")
    assert found[("PERSON", "Fadjroel Rachman")].role == "Duta Besar RI untuk Kazakhstan"


def test_a_capitalised_verb_in_a_headline_lends_no_role():
    found = entities_in("Presiden Kazakhstan Undang Jokowi ke Astana\n\nPresiden Joko Widodo hadir.")
    assert found[("PERSON", "Joko Widodo")].role == "Presiden"


def test_an_acronym_in_parentheses_names_the_body():
    assert ("ORG", "Ministry of Foreign Affairs of Indonesia") in names("jelas Kementerian Luar Negeri (Kemlu) kemarin.")
    # "(PBB)" explains the nested "Perserikatan Bangsa-Bangsa", not the whole assembly
    found = names("Majelis Umum Perserikatan Bangsa-Bangsa (PBB) bersidang.")
    assert ("ORG", "UN General Assembly") in found


def test_a_known_person_after_a_body_in_a_title():
    found = entities_in("kata Ketua Senat Parlemen Republik Kassym-Jomart Tokayev saat bertemu.")
    assert found[("PERSON", "Kassym-Jomart Tokayev")].role == "Ketua Senat Parlemen Republik"


@pytest.mark.parametrize("phrase", [
    "Menurut Bank Sentral Kazakhstan, Gubernur menaikkan suku bunga.",  # a body before the comma
    "Di Astana Raya, Presiden menerima tamu.",  # a place
])
def test_a_title_after_a_comma_needs_a_person_before_it(phrase):
    assert not [key for key in entities_in(phrase) if key[0] == "PERSON"]


@pytest.mark.parametrize("text, name", [
    ("dalam pertemuan Komisi Gabungan Kerjasama Ekonomi Pertama antara kedua negara", ("ORG", "Komisi Gabungan Kerjasama Ekonomi")),
    ("Forum Bisnis Kazakhstan Kedua digelar di Almaty.", ("INITIATIVE", "Forum Bisnis Kazakhstan")),
])
def test_an_ordinal_after_a_name_counts_the_meeting_not_the_body(text, name):
    assert name in names(text)


@pytest.mark.parametrize("text, name", [
    ("bertemu di Istana Kepresidenan Ak-Orda, Astana.", ("LOC", "Akorda")),
    ("Presiden menerima tamu di Istana Kepresidenan Bishkek Baru.", ("LOC", "Istana Kepresidenan Bishkek Baru")),  # a head word
    ("pelabuhan Ceyhan di Mediterania Turki", ("LOC", "Mediterranean Sea")),
])
def test_palaces_and_seas(text, name):
    assert name in names(text)


@pytest.mark.parametrize("text, expected, absent", [
    ("hadir di St. Petersburg International Economic Forum (SPIEF) pada Juni.",
     ("INITIATIVE", "St. Petersburg International Economic Forum"), ("INITIATIVE", "Forum")),
    ("kata Ketua Kazakhstan Halal Industry Association (AHIK), kepada wartawan.",
     ("ORG", "Kazakhstan Halal Industry Association"), ("PERSON", "Halal Industry Association")),
    ("Tokayev menunjuk Alikhan Smailov sebagai Perdana Menteri Baru.", ("PERSON", "Alikhan Smailov"), ("PERSON", "Baru")),
])
def test_english_names_titles_and_title_words(text, expected, absent):
    found = names(text)
    assert expected in found and absent not in found


def test_a_new_name_in_a_title_case_headline_must_come_again_in_the_text():
    article = parse("Kazakhstan Ingin Alihkan Rute Ekspor Migas Akibat Pemblokiran Rusia\n\n"
                    "Jakarta (ANTARA) - Kazakhstan ingin mengalihkan rute ekspor migasnya.\n", article_id="x")
    assert not [e for e in extract(article).entities if e.type == "INITIATIVE"]
    article = parse("Forum Bisnis Astana Digelar di Almaty\n\nJakarta (ANTARA) - Forum Bisnis Astana digelar di Almaty.\n",
                    article_id="x")
    assert ("INITIATIVE", "Forum Bisnis Astana") in {(e.type, e.name) for e in extract(article).entities}


def test_a_sentence_case_headline_keeps_its_names():
    article = parse("Organisasi Kerja Sama Shanghai adopsi deklarasi pada KTT Astana\n\n"
                    "Astana (ANTARA) - Para pemimpin berkumpul di ibu kota.\n", article_id="x")
    names_found = {e.name for e in extract(article).entities}
    assert any("Astana" in name and name != "Astana" for name in names_found), names_found


@pytest.mark.parametrize("text, expected, absent", [
    ("meresmikan bank uranium di Oskemen, Kazakhstan timur.", ("COUNTRY", "Kazakhstan"), ("LOC", "East Kazakhstan Region")),
    ("ujar Rektor UNY di Kabupaten Sleman, Yogyakarta.", ("LOC", "Sleman Regency"), ("LOC", "Kabupaten Sleman")),
    ("perusahaan migas negara, KazMunaiGaz, mengerjakan proyek itu.", ("ORG", "KazMunayGas"), ("ORG", "KazMunaiGaz")),
])
def test_regions_regencies_and_spellings(text, expected, absent):
    found = names(text)
    assert expected in found and absent not in found


@pytest.mark.parametrize("text, absent", [
    ("Presiden Joko Widodo, Iriana Widodo, dan para menteri hadir.", ("PERSON", "Iriana Widodo")),  # no body: two people
    ("ujar Direktur Utama PT Pertamina (Persero) kepada wartawan.", ("PERSON", "Utama")),  # "Utama" continues the title
    ("kata Ketua Umum Kamar Dagang dan Industri (Kadin), Arsjad Rasjid, kemarin.", ("PERSON", "Kamar Dagang")),
])
def test_words_of_titles_and_bodies_are_no_people(text, absent):
    assert absent not in names(text)


@pytest.mark.parametrize("text, name", [
    ("membawa astronaut NASA, yaitu Tracy Dyson dan dua rekannya.", "Tracy Dyson"),  # given name
    ("Oleg Novitsky dari Rusia ikut dalam misi itu.", "Oleg Novitsky"),  # given name, sentence-initial
    ("pidato Zhanseit Tuimebayev di depan mahasiswa.", "Zhanseit Tuimebayev"),  # surname ending
    ("Junaidi Firdaus mengatakan kampus itu terbuka.", "Junaidi Firdaus"),  # speech verb after
    ("\u201cKami siap,\u201d ujar Tran Hong Ha.", "Tran Hong Ha"),  # speaker cue before
    ("Kunjungan itu disambut Drs. H. Amidhan dengan baik.", "Amidhan"),  # honorifics: one word is enough
    ("Menurut Dr. Hasyim Yamani, kerja sama itu penting.", "Hasyim Yamani"),
    ("Hal itu disampaikan Prof. Ir. Sutrisno Wibowo kemarin.", "Sutrisno Wibowo"),
])
def test_people_without_a_title(text, name):
    person = entities_in(text).get(("PERSON", name))
    assert person is not None and person.role is None


@pytest.mark.parametrize("text, absent", [
    ("Kementerian Energi Kazakhstan mengatakan pasokan aman.", "Kementerian Energi Kazakhstan"),  # a body speaks
    ("Bank Dunia menyatakan pertumbuhan melambat.", "Bank Dunia"),
    ("Menurut Reuters, Astana Times mengatakan hal itu.", "Astana Times"),  # tail word: an outlet
    ("kata Sergey di Almaty Kazakhstan.", "Almaty Kazakhstan"),  # places are no person
    ("Pesawat Antonov mendarat. Maskapai itu menyewa pesawat kargo.", "Pesawat Antonov"),  # "pesawat" is a common word
    ("Kota Kirov dan Kiev Barat menjadi tujuan.", "Kota Kirov"),  # too short before the ending: a place
    ("Ia dirawat di Rumah Sakit Dr. Soetomo di Surabaya.", "Soetomo"),  # a body named after a person
])
def test_bodies_and_places_are_not_bare_names(text, absent):
    assert ("PERSON", absent) not in names(text)


@pytest.mark.parametrize("text, expected", [
    ("Saat itulah Tehran dan Nursultan memulai hubungan diplomatik.", ("LOC", "Astana")),  # the capital's old name
    ("Presiden Nursultan Nazarbayev tiba. Nursultan berkata kerja sama penting.", ("PERSON", "Nursultan Nazarbayev")),
])
def test_nursultan_is_the_capital_unless_the_article_names_the_president(text, expected):
    found = entities_in(text)
    assert [m.text for m in found[expected].mentions][-1] == "Nursultan"


def test_an_event_word_is_no_part_of_the_english_body_holding_it():
    found = names("Karen hadir dalam Konferensi Indonesian Petroleum Association di Jakarta.")
    assert ("ORG", "Indonesian Petroleum Association") in found


@pytest.mark.parametrize("text, body, person", [
    ("Ketua Umum Asosiasi Logistik Indonesia (ALI) Mahendra Rianto menilai pengiriman lancar.",
     ("ORG", "Asosiasi Logistik Indonesia"), ("PERSON", "Mahendra Rianto")),
    ("Kepala Dinas Pariwisata (Dispar) Provinsi Bali Tjokorda Bagus Pemayun menyebut wisatawan royal.",
     ("ORG", "Dinas Pariwisata Provinsi Bali"), ("PERSON", "Tjokorda Bagus Pemayun")),
])
def test_a_body_ends_where_the_person_after_it_begins(text, body, person):
    found = names(text)
    assert body in found and person in found


@pytest.mark.parametrize("text, name", [
    ("diwakili Menteri Negara Urusan Luar Negeri Soltan bin Saad Al-Muraikhi kemarin.", "Soltan bin Saad Al-Muraikhi"),
    ("Pengamat dari Universitas Udayana, Prof. Dr. I Made Sudarsana, M.Par., menilai Bali perlu.", "I Made Sudarsana"),
    ("Dalam sesi tertutup, Menlu Palestina Riyad al-Maliki meminta dukungan.", "Riyad al-Maliki"),
    ("Menurut Irawan Kusumadewi, pengajar hubungan internasional, Tokayev berutang.", "Irawan Kusumadewi"),
])
def test_arabic_and_balinese_names_are_whole(text, name):
    assert ("PERSON", name) in names(text)


def test_a_company_named_with_its_legal_suffix_is_named_without_it_too():
    found = entities_in("Menurut data UxC, harga naik. Kata Jonathan Hinze, presiden UxC LLC, perusahaan riset.")
    assert [m.text for m in found[("ORG", "UxC LLC")].mentions] == ["UxC", "UxC LLC"]


@pytest.mark.parametrize("text, expected", [
    ("seperti jika Saudi memiliki masalah dalam minyak", ("COUNTRY", "Saudi Arabia")),
    ("Direktur Pelaksana perusahaan konsultan AERC LLP berkata", ("ORG", "AERC LLP")),
    ("Kazakhstan melanggar kuota OPEC+ dan melapor kepada OPEC.", ("ORG", "OPEC+")),
    ("rumah di wilayah Akmola, Atyrau, dan Kazakhstan Utara masih terendam", ("LOC", "North Kazakhstan Region")),
    ("dukungan pemerintah pusat, Persilat, IPSI, serta kampus", ("ORG", "IPSI")),
    ("bersama Otabek Rimbaev, Sales Director Ziyarah Travel LLC, pemandu kami", ("ORG", "Ziyarah Travel LLC")),
    ("Yerasyl Saipash, seorang perwira senior, mengatakan hal itu.", ("PERSON", "Yerasyl Saipash")),
    ("Kementerian Dalam Negeri Kazakhstan menyatakan situasi terkendali.", ("ORG", "Kementerian Dalam Negeri Kazakhstan")),
    ("Delegasi meninjau Paviliun Indonesia di arena pameran.", ("LOC", "Paviliun Indonesia")),
    ("Krisis kemanusiaan di Tanduk Afrika meluas.", ("LOC", "Horn of Africa")),
    ("Pihaknya bertemu manajemen PT Angkasa Pura II pekan lalu.", ("ORG", "PT Angkasa Pura II")),
    ("Ketua Umum Gabungan Pengusaha Kelapa Sawit Indonesia (GAPKI) Eddy Martono menilai.", ("PERSON", "Eddy Martono")),
])
def test_more_names(text, expected):
    assert expected in names(text)


def test_capitals_after_a_new_name_are_its_initials_not_a_country():
    found = names("Abdul Ghofur AS resmi dilantik. Menlu AS Antony Blinken tiba.")
    assert ("PERSON", "Abdul Ghofur AS") in found and ("COUNTRY", "United States") in found  # the second "AS"


def test_a_body_named_after_a_person_keeps_the_honorific():
    assert ("ORG", "Rumah Sakit Dr. Soetomo") in names("Ia dirawat di Rumah Sakit Dr. Soetomo di Surabaya.")


def test_the_first_words_of_a_bare_name_are_the_same_person():
    found = entities_in("yakni Muhammad Zulfi Annur dan Junaidi Firdaus. Muhammad Zulfi sebagai ketua.")
    person = found[("PERSON", "Muhammad Zulfi Annur")]
    assert [m.text for m in person.mentions] == ["Muhammad Zulfi Annur", "Muhammad Zulfi"]
    assert ("PERSON", "Muhammad Zulfi") not in found


@pytest.mark.parametrize("text, expected", [
    ("PARBOABOA, Jakarta \u2013 Pemilihan umum di Kazakhstan telah selesai.", ("ORG", "PARBOABOA")),  # dateline outlet
    ("di kota-kota barat, seperti Atyrau, Aktobe dan Oral.", ("LOC", "Oral")),
])
def test_outlets_and_cities_in_datelines_and_lists(text, expected):
    assert expected in names(text)


def test_a_given_name_ends_a_new_body_between_title_and_person():
    found = entities_in("Rektor Universitas Al-Farabi Zhanseit Tuimebayev menyambut tamu.")
    assert found[("PERSON", "Zhanseit Tuimebayev")].role == "Rektor Universitas Al-Farabi"
    assert ("ORG", "Universitas Al-Farabi") in found


@pytest.mark.parametrize("text, name, role, country", [
    ("Kepala badan antariksa Rusia, Yuri Borisov, mengatakan itu.", "Yuri Borisov", "Kepala badan antariksa Rusia", "RU"),
    ("\u201cSah,\u201d ujar ketua komisi pemilihan Nurlan Abdirov.", "Nurlan Abdirov", "ketua komisi pemilihan", None),
    ("Menurut Oleg Novitsky, misi itu aman.", "Oleg Novitsky", None, None),
])
def test_a_role_in_small_letters_before_an_untitled_name(text, name, role, country):
    person = entities_in(text)[("PERSON", name)]
    assert (person.role, person.country) == (role, country)


@pytest.mark.parametrize("text, names_found", [
    ("beasiswa dari UNY, seperti Gulmira Tassygozhina dan Bagdaulet Zhylzhas.", ["Gulmira Tassygozhina", "Bagdaulet Zhylzhas"]),
    ("Kandidat lain: Sultanat Tursynbekova, Meyram Qazhyken, Nurlan Auesbayev.",
     ["Sultanat Tursynbekova", "Meyram Qazhyken", "Nurlan Auesbayev"]),
    ("Mahasiswa asal Tajikistan, Azhurzoda Shahboz, lulus kuliah.", ["Azhurzoda Shahboz"]),  # surname first
])
def test_names_listed_beside_a_person_are_people(text, names_found):
    found = names(text)
    assert all(("PERSON", name) in found for name in names_found)


def test_a_title_after_a_listed_name_is_no_person():
    found = entities_in("\u201cKami puas,\u201d ucap Harmen Saputra, Manajer Tim Kadet, kepada wartawan.")
    assert ("PERSON", "Manajer Tim Kadet") not in found and ("PERSON", "Tim Kadet") not in found
    assert found[("PERSON", "Harmen Saputra")].role == "Manajer Tim Kadet"


@pytest.mark.parametrize("text, name", [
    ("seperti Resor Ski Shymbulak dan danau.", "Resor Ski Shymbulak"),
    ("ke Taman Nasional Burabay di utara.", "Taman Nasional Burabay"),
    ("dan Cagar Alam Negara Korgalzhyn.", "Cagar Alam Negara Korgalzhyn"),
])
def test_resorts_parks_and_reserves_are_places(text, name):
    assert ("LOC", name) in names(text)


def test_a_common_word_opening_the_sentence_is_not_part_of_an_english_name():
    found = names("Saham Kazakh Mining Corp naik. Harga saham lain turun.")
    assert ("ORG", "Kazakh Mining Corp") in found and ("ORG", "Saham Kazakh Mining Corp") not in found


def test_a_known_company_before_its_legal_suffix_is_that_company():
    found = names("Saham Cameco Corp Kanada turun 3,7 persen.")
    assert ("ORG", "Cameco") in found and not any("Saham" in name for _, name in found)


def test_a_title_inside_a_longer_word_is_no_title():
    """"Sultan" opens "Sultanat": the name before it is listed, not titled."""
    found = entities_in("Mereka adalah Currant Abden, Sultanat Tursynbekova, dan Nurlan Auesbayev.")
    assert found[("PERSON", "Currant Abden")].role is None


@pytest.mark.parametrize("text, name, country", [
    ("Wakil Menteri Energi Kazakhstan, Yerlan Akbarov, mengatakan hal itu.", "Yerlan Akbarov", "KZ"),
    ("Gubernur Wilayah Almaty Marat Sultangaziyev hadir.", "Marat Sultangaziyev", "KZ"),  # a place of the country
    ("kata Duta Besar Uni Eropa untuk Indonesia Denis Chaibi.", "Denis Chaibi", None),  # posted, not served
])
def test_a_role_naming_a_country_tells_whom_the_person_serves(text, name, country):
    assert entities_in(text)[("PERSON", name)].country == country


def test_a_title_before_a_full_name_is_not_shared_with_the_next_person():
    found = entities_in("Presiden Joko Widodo dan Oleg Novitsky hadir di Istana.")
    assert found[("PERSON", "Joko Widodo")].role == "Presiden" and found[("PERSON", "Oleg Novitsky")].role is None
