"""Date phrases and their ISO 8601 values, resolved against a publication date of Tuesday 2024-05-21."""
from __future__ import annotations

import pytest

from kzdiplo.extract.dates import extract_dates

PUBLISHED = "2024-05-21"

# (phrase, expected [(surface, value)]) — one row per real phrase.
DATES = [
    # full dates, with and without weekday
    ("Selasa, 17 Oktober 2023", [("Selasa, 17 Oktober 2023", "2023-10-17")]),
    ("17 Okt. 2023", [("17 Okt. 2023", "2023-10-17")]),
    ("17 Okt 2023", [("17 Okt 2023", "2023-10-17")]),
    ("17/10/2023", [("17/10/2023", "2023-10-17")]),
    ("17-10-2023", [("17-10-2023", "2023-10-17")]),
    ("2023-10-17", [("2023-10-17", "2023-10-17")]),
    ("Kamis (19/10/2023)", [("Kamis (19/10/2023)", "2023-10-19")]),
    ("pada 1 Januari 2020", [("1 Januari 2020", "2020-01-01")]),
    ("tanggal 5 Agustus 2019", [("tanggal 5 Agustus 2019", "2019-08-05")]),
    ("31 Desember 1991", [("31 Desember 1991", "1991-12-31")]),
    ("Jumat, 3 Mei 2024", [("Jumat, 3 Mei 2024", "2024-05-03")]),
    ("12 Agt 2022", [("12 Agt 2022", "2022-08-12")]),
    ("12 Agu 2022", [("12 Agu 2022", "2022-08-12")]),
    ("9 Sept 2021", [("9 Sept 2021", "2021-09-09")]),
    ("4 Nop 2020", [("4 Nop 2020", "2020-11-04")]),
    ("7 Peb 2018", [("7 Peb 2018", "2018-02-07")]),
    ("2 Mrt 2017", [("2 Mrt 2017", "2017-03-02")]),
    ("25 Des 2016", [("25 Des 2016", "2016-12-25")]),
    ("MINGGU, 5 JUNI 2022", [("MINGGU, 5 JUNI 2022", "2022-06-05")]),
    # weekday with day/month, year from the anchor
    ("Senin (20/5)", [("Senin (20/5)", "2024-05-20")]),
    ("Selasa (21/5)", [("Selasa (21/5)", "2024-05-21")]),
    ("Rabu (3/4)", [("Rabu (3/4)", "2024-04-03")]),
    ("Jumat (15/12)", [("Jumat (15/12)", "2023-12-15")]),
    ("20 Mei", [("20 Mei", "2024-05-20")]),
    # months
    ("bulan Maret tahun 2023", [("bulan Maret tahun 2023", "2023-03")]),
    ("bulan Maret tahun 2023 ini", [("bulan Maret tahun 2023 ini", "2023-03")]),
    ("Oktober 2022", [("Oktober 2022", "2022-10")]),
    ("pada bulan Oktober tahun 2022", [("bulan Oktober tahun 2022", "2022-10")]),
    ("Sept 2021", [("Sept 2021", "2021-09")]),
    ("bulan Mei", [("bulan Mei", "2024-05")]),
    ("pada Februari", [("pada Februari", "2024-02")]),
    ("November lalu", [("November lalu", "2023-11")]),
    ("Juni lalu", [("Juni lalu", "2023-06")]),
    ("Agustus mendatang", [("Agustus mendatang", "2024-08")]),
    ("Maret depan", [("Maret depan", "2025-03")]),
    ("bulan lalu", [("bulan lalu", "2024-04")]),
    ("bulan ini", [("bulan ini", "2024-05")]),
    ("bulan depan", [("bulan depan", "2024-06")]),
    # years
    ("tahun 1995", [("tahun 1995", "1995")]),
    ("pada 2017", [("pada 2017", "2017")]),
    ("sejak 2016", [("sejak 2016", "2016")]),
    ("sekitar tahun 1990", [("sekitar tahun 1990", "1990")]),
    ("pada tahun 2030", [("pada tahun 2030", "2030")]),
    ("hingga 2025", [("hingga 2025", "2025")]),
    ("tahun 2023 ini", [("tahun 2023 ini", "2023")]),
    ("menjelang 2045", [("menjelang 2045", "2045")]),
    # ranges
    ("Januari-Maret 2022", [("Januari-Maret 2022", "2022-01/2022-03")]),
    ("Januari hingga Maret 2022", [("Januari hingga Maret 2022", "2022-01/2022-03")]),
    ("periode 2012-2013", [("periode 2012-2013", "2012/2013")]),
    ("2020-2030", [("2020-2030", "2020/2030")]),
    ("2012-13", [("2012-13", "2012/2013")]),
    ("(29/6/1992-29/6/2023)", [("29/6/1992-29/6/2023", "1992-06-29/2023-06-29")]),
    ("tgl 20 hingga tgl 22 Agustus", [("tgl 20 hingga tgl 22 Agustus", "2024-08-20/2024-08-22")]),
    ("12-14 Juni 2019", [("12-14 Juni 2019", "2019-06-12/2019-06-14")]),
    ("30 Mei - 2 Juni 2024", [("30 Mei - 2 Juni 2024", "2024-05-30/2024-06-02")]),
    ("sejak 2015 hingga 2019", [("sejak 2015 hingga 2019", "2015/2019")]),
    ("dari tahun 2015 sampai tahun 2019", [("dari tahun 2015 sampai tahun 2019", "2015/2019")]),
    # parts of periods
    ("akhir tahun 2023", [("akhir tahun 2023", "2023")]),
    ("awal 2024", [("awal 2024", "2024")]),
    ("pertengahan Mei", [("pertengahan Mei", "2024-05")]),
    ("akhir Oktober 2023", [("akhir Oktober 2023", "2023-10")]),
    ("kuartal I 2024", [("kuartal I 2024", "2024-01/2024-03")]),
    ("kuartal ketiga 2023", [("kuartal ketiga 2023", "2023-07/2023-09")]),
    ("triwulan II 2022", [("triwulan II 2022", "2022-04/2022-06")]),
    ("Q4 2021", [("Q4 2021", "2021-10/2021-12")]),
    ("semester pertama", [("semester pertama", "2024-01/2024-06")]),
    ("semester II 2023", [("semester II 2023", "2023-07/2023-12")]),
    ("lima bulan pertama tahun ini", [("lima bulan pertama tahun ini", "2024-01/2024-05")]),
    ("tiga bulan pertama 2023", [("tiga bulan pertama 2023", "2023-01/2023-03")]),
    ("selama 9 bulan tahun 2019", [("9 bulan tahun 2019", "2019-01/2019-09")]),
    ("dalam 9 bulan terakhir", []),  # a duration
    ("antara tahun 2005 dan 2020", [("antara tahun 2005 dan 2020", "2005/2020")]),
    ("Pada Mei-Juni, produksi turun", [("Mei-Juni", "2024-05/2024-06")]),
    ("pada November-Januari", [("November-Januari", "2024-11/2025-01")]),  # as a lone "November" would be
    ("pra pandemi 2019, omzet naik. 2021, angka perdagangan naik", [("2021", "2021")]),  # a year opening a sentence
    ("Peserta mencapai 2021 orang, naik", []),  # a count, not a year
    ("akhir tahun ini", [("akhir tahun ini", "2024")]),
    ("awal tahun depan", [("awal tahun depan", "2025")]),
    # relative
    ("tahun lalu", [("tahun lalu", "2023")]),
    ("Tahun lalu", [("Tahun lalu", "2023")]),
    ("tahun ini", [("tahun ini", "2024")]),
    ("tahun depan", [("tahun depan", "2025")]),
    ("tahun mendatang", [("tahun mendatang", "2025")]),
    ("pekan lalu", [("pekan lalu", "2024-05-13/2024-05-19")]),
    ("kerangka kerja untuk 2022 dalam tiga minggu", [("untuk 2022", "2022")]),
    ("visi Indonesia Emas menuju 2045", [("menuju 2045", "2045")]),
    # a weekday with "lalu" or "depan", counted from Tuesday 21 May; "Minggu lalu" is last week
    ("diteken Jumat lalu di Moskow", [("Jumat lalu", "2024-05-17")]),
    ("diteken Selasa lalu", [("Selasa lalu", "2024-05-14")]),
    ("tiba Senin depan", [("Senin depan", "2024-05-27")]),
    ("Minggu lalu", [("Minggu lalu", "2024-05-13/2024-05-19")]),
    ("Menteri itu telah menyerahkan rencana kompensasi pada akhir Maret.", [("akhir Maret", "2024-03")]),
    ("dari US$ 215 juta (2021) ke US$ 600 juta (2022)", [("(2021)", "2021"), ("(2022)", "2022")]),
    ("kunjungan pada 11 September. Kunjungan", [("11 September", "2024-09-11")]),
    ("pada 17 Okt. 2023 di Beijing", [("17 Okt. 2023", "2023-10-17")]),
    ("pada Mei tahun lalu", [("Mei tahun lalu", "2023-05")]),
    ("tertinggi sejak Oktober tahun lalu", [("Oktober tahun lalu", "2023-10")]),
    ("APBN 2024 mengasumsikan harga minyak", [("APBN 2024", "2024")]),
    ("akhir pekan lalu", [("akhir pekan lalu", "2024-05-18/2024-05-19")]),
    ("sejak awal tahun", [("awal tahun", "2024")]),
    ("hingga akhir bulan", [("akhir bulan", "2024-05")]),
    ("reaktor itu ditutup pada 1990-an", [("pada 1990-an", "1990/1999")]),
    ("era 2000-an", [("era 2000-an", "2000/2009")]),
    ("minggu depan", [("minggu depan", "2024-05-27/2024-06-02")]),
    # counted from the date just named, not from the publication date
    ("Pada 2023 nilainya naik 30 persen dibanding tahun sebelumnya.", [("Pada 2023", "2023"), ("tahun sebelumnya", "2022")]),
    ("Ia lahir pada 1990. Sebelas tahun kemudian ia pindah.", [("pada 1990", "1990"), ("Sebelas tahun kemudian", "2001")]),
    ("Ibu kota pindah pada 1997, dan setahun kemudian resmi dibuka.", [("pada 1997", "1997"), ("setahun kemudian", "1998")]),
    ("Visa berlaku 18 Januari 2023 setelah rapat sehari sebelumnya.", [("18 Januari 2023", "2023-01-18"), ("sehari sebelumnya", "2023-01-17")]),
    ("Pabrik dibuka Mei 2020 dan dua bulan kemudian diresmikan.", [("Mei 2020", "2020-05"), ("dua bulan kemudian", "2020-07")]),
    ("Rapat digelar 3 Maret 2024; dua pekan kemudian disepakati.", [("3 Maret 2024", "2024-03-03"), ("dua pekan kemudian", "2024-03-17")]),
    ("Pada 2010 sepakat, dan dua tahun sebelumnya dirancang.", [("Pada 2010", "2010"), ("dua tahun sebelumnya", "2008")]),
    ("Merdeka pada 16 - 17 Desember 1991. Setahun kemudian bergabung ke PBB.",
     [("16 - 17 Desember 1991", "1991-12-16/1991-12-17"), ("Setahun kemudian", "1992")]),
    ("Pada 2 Maret 1992 ia bergabung, dan pada Oktober tahun yang sama ia berpidato.",
     [("2 Maret 1992", "1992-03-02"), ("Oktober tahun yang sama", "1992-10")]),
    ("naik 62 persen dibandingkan 2023", [("dibandingkan 2023", "2023")]),
    ("sepanjang 2020-2024", [("sepanjang 2020-2024", "2020/2024")]),
    ("Sejak Juni 2023 forum itu digelar.", [("Juni 2023", "2023-06")]),
    ("pada tahun akademik 2024/2025", [("tahun akademik 2024/2025", "2024/2025")]),
    ("Pertemuan berikutnya akan digelar pada Februari.", [("pada Februari", "2025-02")]),
    ("Pertemuan itu digelar pada Februari.", [("pada Februari", "2024-02")]),
    ("kemarin", [("kemarin", "2024-05-20")]),
    ("hari ini", [("hari ini", "2024-05-21")]),
    ("besok", [("besok", "2024-05-22")]),
    ("31 tahun yang lalu", [("31 tahun yang lalu", "1993")]),
    ("lima tahun lalu", [("lima tahun lalu", "2019")]),
    ("dua bulan lalu", [("dua bulan lalu", "2024-03")]),
    ("Jumat", [("Jumat", "2024-05-17")]),
    ("Senin", [("Senin", "2024-05-20")]),
    ("pada hari Selasa", [("Selasa", "2024-05-21")]),
    ("Senin (20/5) dan pada hari yang sama", [("Senin (20/5)", "2024-05-20"), ("hari yang sama", "2024-05-20")]),
    ("pada 2019 dan tahun yang sama", [("pada 2019", "2019"), ("tahun yang sama", "2019")]),
    ("lima bulan pertama tahun ini dibandingkan dengan kurun waktu yang sama tahun lalu",
     [("lima bulan pertama tahun ini", "2024-01/2024-05"), ("kurun waktu yang sama tahun lalu", "2023-01/2023-05")]),
    ("kuartal I 2024 dibanding periode yang sama tahun lalu",
     [("kuartal I 2024", "2024-01/2024-03"), ("periode yang sama tahun lalu", "2023-01/2023-03")]),
    ("turun dari 2021 yang sebesar 21.819 ton", [("2021", "2021")]),  # after "dari", a year no noun follows
    ("naik dari tahun 2019.", [("tahun 2019", "2019")]),
    # a day without a year takes the year of a dated day just before it; a weekday date is the news's present
    ("berlaku 18 Januari 2023. Mereka bertemu sehari sebelumnya, 17 Januari.",
     [("18 Januari 2023", "2023-01-18"), ("sehari sebelumnya", "2023-01-17"), ("17 Januari", "2023-01-17")]),
    ("Perjanjian diteken 10 Maret 2015. Putin bertemu Tokayev pada Selasa (12/3).",
     [("10 Maret 2015", "2015-03-10"), ("Selasa (12/3)", "2024-03-12")]),
    # "periode tersebut" names again the period stated before it, not the one it was compared with
    ("selama 10 bulan pertama tahun 2023 naik dibandingkan periode yang sama tahun sebelumnya. Pada periode tersebut",
     [("10 bulan pertama tahun 2023", "2023-01/2023-10"), ("periode yang sama tahun sebelumnya", "2022-01/2022-10"),
      ("periode tersebut", "2023-01/2023-10")]),
    # an invitation is a plan: a month more than half a year ahead is this year's, not last year's
    ("Tokayev mengundang Jokowi berkunjung ke Astana pada 10 Desember", [("10 Desember", "2024-12-10")]),
    ("Tokayev berkunjung ke Astana pada 10 Desember", [("10 Desember", "2023-12-10")]),
    ("menghadiri KTT SCO 2024 di Astana", [("2024", "2024")]),  # the year in an event's name, alone
    ("World Expo 2017 di Astana", [("2017", "2017")]),
    ("meraih 11 emas di Pencak Silat Asia 2024", [("2024", "2024")]),  # in any name
    # a day and month with a relative word (published Tuesday 2024-05-21)
    ("ditandatangani 30 November lalu", [("30 November lalu", "2023-11-30")]),
    ("berlaku sejak 1 Januari tahun ini", [("1 Januari tahun ini", "2024-01-01")]),
    ("pada 5 Maret tahun lalu", [("5 Maret tahun lalu", "2023-03-05")]),
    ("digelar 20 Desember mendatang", [("20 Desember mendatang", "2024-12-20")]),
    ("KTT digelar 29-30 Mei mendatang", [("29-30 Mei mendatang", "2024-05-29/2024-05-30")]),
    ("ekspor gandum musim pemasaran 2018/2019 naik", [("musim pemasaran 2018/2019", "2018/2019")]),
    ("berjalan sejak Juli lalu", [("Juli lalu", "2023-07")]),  # the relative month, not "sejak Juli"
    ("tiba Selasa pagi", [("Selasa pagi", "2024-05-21")]),
    ("ia dijadwalkan bertemu Massimov pada Kamis", [("Kamis", "2024-05-23")]),  # a plan: the coming Thursday
    ("ia bertemu Massimov pada Kamis", [("Kamis", "2024-05-16")]),
    ("mahasiswa tampil Sabtu pekan lalu di Surabaya", [("Sabtu pekan lalu", "2024-05-18")]),  # last week's Saturday
    ("ia tiba Senin minggu depan", [("Senin minggu depan", "2024-05-27")]),
    # a relative month gives no year to a month after it; a stated one does (published 2024-05-21)
    ("naik sejak Oktober tahun lalu. Kursi untuk penerbangan akhir Mei hampir habis",
     [("Oktober tahun lalu", "2023-10"), ("akhir Mei", "2024-05")]),
    ("sejak 3 Oktober 2022. Kursi untuk penerbangan 20 Januari habis",
     [("3 Oktober 2022", "2022-10-03"), ("20 Januari", "2022-01-20")]),
    ("11 bulan pertama tahun 2023, dua kali lebih kecil dibandingkan periode yang sama pada tahun 2022",
     [("11 bulan pertama tahun 2023", "2023-01/2023-11"), ("periode yang sama pada tahun 2022", "2022-01/2022-11")]),
]

# Durations, clock times, money, counts, labels: nothing here is a date.
NOT_DATES = [
    "selama 31 tahun ini", "31 tahun", "lebih dari 30 tahun", "lima tahun terakhir", "tujuh tahun lebih cepat dari jadwal",
    "pukul 10.30 WIB", "pukul 23:08", "1,5 miliar USD", "US$174,2 juta", "10.000 pelajar", "26 dari 45 proyek",
    "sebanyak 2.017 orang", "saat ini", "sekarang", "di masa depan", "baru-baru ini", "yang akan datang", "selama ini",
    "Mar", "Jan Mayen", "Tahun Pariwisata Kazakhstan", "G20", "Pasal 2017", "2017 persen", "selama dua hari ini",
    "bertambah dari 2021 perusahaan", "dari 2000 menjadi 2500 orang", "Nomor 2019", "Halaman 2015",
    "amanat UU No. 17 Tahun 2014 tentang MPR", "Perpres Nomor 1 Tahun 2022",  # a law's number and year
]


@pytest.mark.parametrize("phrase, expected", DATES, ids=[d[0] for d in DATES])
def test_date_phrase(phrase, expected):
    found, _ = extract_dates(phrase, [(0, len(phrase))], PUBLISHED)
    assert [(f.text, f.value) for f in found] == expected


@pytest.mark.parametrize("phrase", NOT_DATES)
def test_not_a_date(phrase):
    found, _ = extract_dates(phrase, [(0, len(phrase))], PUBLISHED)
    assert found == []


@pytest.mark.parametrize("phrase, granularity, modifier", [
    ("akhir tahun 2023", "year", "end"), ("awal 2024", "year", "start"), ("pertengahan Mei", "month", "mid"),
    ("kuartal I 2024", "quarter", None), ("Selasa, 17 Oktober 2023", "day", None), ("Oktober 2022", "month", None),
    ("pekan lalu", "week", None), ("semester pertama", "half", None),
])
def test_granularity_and_modifier(phrase, granularity, modifier):
    (found,), _ = extract_dates(phrase, [(0, len(phrase))], PUBLISHED)
    assert (found.granularity, found.modifier) == (granularity, modifier)


def test_relative_dates_without_anchor_stay_null():
    text = "Dia berbicara pada Jumat tentang kerja sama tahun ini."
    found, anchor = extract_dates(text, [(0, len(text))], None)
    assert anchor is None
    assert [(f.text, f.value, f.relative) for f in found] == [("Jumat", None, True), ("tahun ini", None, True)]


def test_a_starting_point_is_never_the_articles_present():
    text = "Hubungan itu berkembang sejak pembentukan hubungan diplomatik pada 3 Januari 1992. Tahun ini diperingati."
    found, anchor = extract_dates(text, [(0, len(text))], None)
    assert anchor is None and [(f.text, f.value) for f in found][-1] == ("Tahun ini", None)


def test_a_goal_year_is_never_the_articles_present():
    """With no publication date, the latest date anchors relative ones; a goal year ("bertujuan ...
    pada tahun 2050", or any year after today) is not a candidate."""
    text = ("Kazakhstan mengumumkan penemuan itu pada Rabu (2/4), dikutip dari AFP, Minggu (6/4/2025). "
            "Uni Eropa, yang bertujuan mencapai netralitas karbon pada tahun 2050, tertarik.")
    cut = text.index("Uni Eropa")  # two sentences: the goal's future cue stays in its own
    found, anchor = extract_dates(text, [(0, cut), (cut, len(text))], None)
    assert anchor.year == 2025
    assert ("Rabu (2/4)", "2025-04-02") in [(f.text, f.value) for f in found]
    far = "Laporan itu terbit Senin (3/3). Proyek itu selesai pada tahun 2090."  # no cue: only today bounds it
    _, anchor = extract_dates(far, [(0, len(far))], None)
    assert anchor is None


def test_anchor_from_the_articles_own_present():
    text = "Pada tahun 2023 ini perdagangan naik. Tahun lalu turun. Target pada tahun 2030 akan tercapai."
    found, anchor = extract_dates(text, [(0, len(text))], None)
    assert anchor.year == 2023 and "2023" in anchor.label
    assert [(f.text, f.value) for f in found][1] == ("Tahun lalu", "2022")


def test_future_dates_are_not_anchors():
    text = "Cina akan mendukung Expo di Astana pada 2017. Hubungan membaik tahun ini."
    found, anchor = extract_dates(text, [(0, len(text))], None, future_at=lambda offset: offset < 45)
    assert anchor is None and found[-1].value is None


def test_relative_dates_name_their_anchor():
    (found,), _ = extract_dates("tahun lalu", [(0, 10)], PUBLISHED)
    assert found.relative and found.anchor == "published 2024-05-21"


def test_a_weekday_date_anchors_even_in_a_sentence_about_a_goal():
    """"menurut duta besar ... pada Selasa (16/2/2021)" dates the report, though its sentence names a goal."""
    text = ("Turki dan Kazakhstan bertujuan mencapai volume perdagangan $ 10 miliar, menurut duta besar pada Selasa "
            "(16/2/2021). Volume itu diharapkan mencapai $ 3 miliar tahun lalu.")
    cut = text.index("Volume")
    found, anchor = extract_dates(text, [(0, cut), (cut, len(text))], None)
    assert anchor.year == 2021 and [(f.text, f.value) for f in found][-1] == ("tahun lalu", "2020")


def test_a_photo_caption_dates_an_article_that_states_no_date():
    """The caption is furniture and yields no date item, but its day anchors the text's weekdays."""
    from kzdiplo import extract, parse

    text = ("Roket Soyuz Angkut Tiga Astronaut\n\nRoket Soyuz lepas landas dari Baikonur di Kazakhstan, 23 Maret 2024. "
            "(Foto: via AP)\n\nRoket Soyuz bertolak ke stasiun luar angkasa pada Sabtu (23/3), setelah peluncuran pada "
            "Kamis dibatalkan.\n")
    article = parse(text, article_id="x")
    assert [f.reason for f in article.furniture] == ["photo caption"]
    found = [(d.text, d.value) for d in extract(article).dates]
    assert found == [("Sabtu (23/3)", "2024-03-23"), ("Kamis", "2024-03-21")]


def test_the_year_in_an_event_name_anchors_an_article_that_states_no_other():
    """"KTT SCO 2024 akan ..." is in the future, so it is not the article's present, but with nothing
    else to go on it tells the year of "2 Juli" and "Tahun ini"."""
    text = "Pada tanggal 2 Juli, Xi Jinping tiba. Tahun ini Belarus akan diterima. Beijing yakin KTT SCO 2024 akan membantu."
    found, anchor = extract_dates(text, [(0, len(text))], None)
    assert (anchor.year, anchor.month) == (2024, None) and "event" in anchor.label
    assert [(f.text, f.value) for f in found] == [("tanggal 2 Juli", "2024-07-02"), ("Tahun ini", "2024"), ("2024", "2024")]


@pytest.mark.parametrize("text, date", [
    ("Blinken tiba Selasa pagi (28 Februari) di Kazakhstan.", "Selasa pagi (28 Februari)"),
    ("Putin datang Senin malam (28/11/2022) ke Astana.", "Senin malam (28/11/2022)"),
    ("Rapat digelar Kamis (5 Maret 2020) di Jakarta.", "Kamis (5 Maret 2020)"),
    ("Jakarta, Senin, 21 November 2022 - Rapat.", "Senin, 21 November 2022"),
    ("Rapat digelar Kamis (5 Maret 2020 di Jakarta.", "5 Maret 2020"),  # no closing bracket: the weekday stays apart
])
def test_a_weekday_and_part_of_day_belong_to_the_date(text, date):
    found, _ = extract_dates(text, [(0, len(text))], PUBLISHED)
    assert date in [f.text for f in found]


def test_a_weekday_alone_fixes_no_year():
    """"Selasa (28 Februari)" fell on a Tuesday in 2023, 2017, 2012 ...: with nothing else to go on
    the tool does not guess which."""
    text = "Blinken tiba Selasa pagi (28 Februari) di Kazakhstan. Ia bertemu Tokayev tahun lalu."
    found, anchor = extract_dates(text, [(0, len(text))], None)
    assert anchor is None and [f.value for f in found] == [None, None]


def test_a_weekday_moves_a_stated_anchor_to_the_year_it_fits():
    """The latest year the text states (2019) is not the article's present when "Minggu (20/11)"
    was no Sunday in 2019: the first year from 2019 on in which it was (2022) is, and the days
    without a weekday follow it."""
    text = ("Pemilu di Kazakhstan itu selesai digelar pada Minggu (20/11). Dalam pidato tanggal 1 September, Tokayev "
            "membatasi masa jabatan. Sebelumnya, pada Pemilu (9/6/2019) ia memperoleh 70,30 persen suara.")
    found, anchor = extract_dates(text, [(0, len(text))], None)
    assert (anchor.year, anchor.month, anchor.day) == (2022, 11, 20)
    assert [(f.text, f.value) for f in found] == [
        ("Minggu (20/11)", "2022-11-20"), ("tanggal 1 September", "2022-09-01"), ("9/6/2019", "2019-06-09")]


def test_a_publication_date_is_trusted_over_a_weekday():
    found, _ = extract_dates("Rapat digelar Minggu (20/11).", [(0, 29)], "2019-11-25")
    assert found[0].value == "2019-11-20"  # a wrong weekday in the text does not move a stated publication year


def test_an_event_year_does_not_outrank_a_stated_date():
    text = "Pada 2 Juli 2023 panitia bertemu. KTT SCO 2024 akan digelar di Astana pada Juli."
    cut = text.index("KTT")
    _, anchor = extract_dates(text, [(0, cut), (cut, len(text))], None)
    assert anchor.year == 2023


@pytest.mark.parametrize("sentence, at, future", [
    ("Pertemuan akan digelar pada Desember.", 26, True),
    ("Pada bulan Juli, pengadilan Rusia mengancam akan menutup pipa CPC.", 0, False),  # when the threat was made
    ("Putin berjanji akan datang pada Desember.", 26, True),  # the date of the promised act
    ("Kerja sama itu telah akan diperluas.", None, False),  # a past cue wins
])
def test_a_reported_threat_or_promise_speaks_of_the_future_only_after_its_cue(sentence, at, future):
    from kzdiplo.extract.dates import speaks_of_future

    assert speaks_of_future(sentence, at) is future
