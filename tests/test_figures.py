"""Number, money, percent, multiplier and count phrases with their exact value, unit and qualifier."""
from __future__ import annotations

from decimal import Decimal

import pytest

from kzdiplo.extract.figures import find_quantities, link_conversions, parse_amount, qualify
from kzdiplo.extract.numbers import parse_numeral, parse_words


def figures_in(text: str):
    found = [qualify(text, q, 0) for q in find_quantities(text, 0, len(text), [])]
    return [(q.kind, q.value, q.unit, q.qualifier) for q in link_conversions(text, found)]


D = Decimal
MONEY = [
    ("US$174,2 juta", D("174200000"), "USD"), ("US$ 320 juta", D("320000000"), "USD"), ("600 juta USD", D("600000000"), "USD"),
    ("USD7,5 miliar", D("7500000000"), "USD"), ("41 miliar dolar AS", D("41000000000"), "USD"),
    ("2,7 juta dollar AS", D("2700000"), "USD"), ("$18 miliar", D("18000000000"), "USD"), ("Rp1,2 triliun", D("1200000000000"), "IDR"),
    ("Rp 45,3 Triliun", D("45300000000000"), "IDR"), ("657 triliun rupiah", D("657000000000000"), "IDR"),
    ("US$ 2.5 Juta", D("2500000"), "USD"), ("US$118 juta", D("118000000"), "USD"), ("1,5 miliar USD", D("1500000000"), "USD"),
    ("satu miliar USD", D("1000000000"), "USD"), ("satu miliar dolar AS", D("1000000000"), "USD"),
    ("Rp46,5 triliun", D("46500000000000"), "IDR"), ("USD3 miliar", D("3000000000"), "USD"), ("5 miliar yuan", D("5000000000"), "CNY"),
    ("10 juta renminbi", D("10000000"), "CNY"), ("200 miliar tenge", D("200000000000"), "KZT"), ("3 juta rubel", D("3000000"), "RUB"),
    ("€2,5 miliar", D("2500000000"), "EUR"), ("4 juta euro", D("4000000"), "EUR"), ("RM500 juta", D("500000000"), "MYR"),
    ("700 juta ringgit", D("700000000"), "MYR"), ("Rp 1.550.000", D("1550000"), "IDR"), ("Rp10.000", D("10000"), "IDR"),
    ("US$1.234,5 juta", D("1234500000"), "USD"), ("12,345 juta dolar AS", D("12345000"), "USD"), ("Rp1,2 T", D("1200000000000"), "IDR"),
    ("US$3 M", D("3000000000"), "USD"), ("USD 1 milyar", D("1000000000"), "USD"), ("dua miliar dolar", D("2000000000"), "USD"),
    ("setengah miliar dolar AS", D("500000000"), "USD"), ("100 ribu dolar AS", D("100000"), "USD"), ("50 rb rupiah", D("50000"), "IDR"),
    ("Rp 5 jt", D("5000000"), "IDR"), ("1 triliun won", D("1000000000000"), "KRW"), ("300 juta yen", D("300000000"), "JPY"),
    ("US$ 15 miliar", D("15000000000"), "USD"), ("US$15 billion", D("15000000000"), "USD"), ("8 juta dolar Singapura", D("8000000"), "SGD"),
    ("dua puluh juta rupiah", D("20000000"), "IDR"), ("seratus juta dolar AS", D("100000000"), "USD"),
    ("US$0,5 miliar", D("500000000"), "USD"), ("Rp 2,75 triliun", D("2750000000000"), "IDR"), ("4,25 miliar USD", D("4250000000"), "USD"),
    ("VND 20 triliun", D("20000000000000"), "VND"), ("1.000 dolar AS", D("1000"), "USD"),
    ("1 Milliar USD", D("1000000000"), "USD"), ("satu milliar dolar", D("1000000000"), "USD"),  # a common misspelling
]
PERCENT = [
    ("210 persen", D("210")), ("45%", D("45")), ("12,5 persen", D("12.5")), ("0,8%", D("0.8")), ("100 persen", D("100")),
    ("lima persen", D("5")), ("dua puluh persen", D("20")), ("3,25 persen", D("3.25")), ("45 %", D("45")), ("7 per sen", D("7")),
    ("setengah persen", D("0.5")), ("1.000 persen", D("1000")),
]
MULTIPLIER = [
    ("dua kali lipat", D("2")), ("tiga kali lipat", D("3")), ("empat kali lipat", D("4")), ("10 kali lipat", D("10")),
    ("sepuluh kali lipat", D("10")), ("1,5 kali lipat", D("1.5")), ("lima kali lipat", D("5")),
    ("naik 14 kali", D("14")), ("melonjak tiga kali", D("3")),  # "kali" alone after a word of change
]
COUNTS = [
    ("10.000 pelajar", D("10000"), "pelajar"), ("lima Institut Konfusius", D("5"), "Institut Konfusius"),
    ("satu rombongan", D("1"), "rombongan"), ("250.000 ton", D("250000"), "ton"), ("lima institusi", D("5"), "institusi"),
    ("26 pasang provinsi", D("26"), "pasang provinsi"), ("45 proyek", D("45"), "proyek"), ("1.000 pelajar", D("1000"), "pelajar"),
    ("tiga perjanjian", D("3"), "perjanjian"), ("12 dokumen", D("12"), "dokumen"), ("500 perusahaan", D("500"), "perusahaan"),
    ("dua belas delegasi", D("12"), "delegasi"), ("seratus mahasiswa", D("100"), "mahasiswa"), ("1,2 juta wisatawan", D("1200000"), "wisatawan"),
    ("3 ribu ton", D("3000"), "ton"),
    ("20 negara", D("20"), "negara"), ("tujuh nota kesepahaman", D("7"), "nota"), ("15 unit lokomotif", D("15"), "unit lokomotif"),
]
QUALIFIED = [
    ("lebih dari 100 persen", "percent", D("100"), "more_than"), ("hampir 600 juta USD", "money", D("600000000"), "almost"),
    ("1,5 miliar USD lebih pada tahun 2030", "money", D("1500000000"), "more_than"), ("sekitar 657 triliun rupiah", "money", D("657000000000000"), "approx"),
    ("kira-kira 20 persen", "percent", D("20"), "approx"), ("lebih kurang 300 ton", "count", D("300"), "approx"),
    ("± 45%", "percent", D("45"), "approx"), ("nyaris 2 juta wisatawan", "count", D("2000000"), "almost"),
    ("setidaknya 5 proyek", "count", D("5"), "at_least"), ("minimal 10 persen", "percent", D("10"), "at_least"),
    ("sedikitnya 30 orang", "count", D("30"), "at_least"), ("kurang dari 5 persen", "percent", D("5"), "less_than"),
    ("di bawah 2 persen", "percent", D("2"), "less_than"), ("di atas US$ 5 miliar", "money", D("5000000000"), "more_than"),
    ("lebih dari 10.000 pelajar", "count", D("10000"), "more_than"), ("Sebanyak 26 pasang provinsi", "count", D("26"), None),
    ("mencapai taraf satu miliar USD", "money", D("1000000000"), None), ("sekitar tahun lalu 5 persen", "percent", D("5"), None),
    # the suffix -an makes a round number approximate
    ("turun menjadi 2000 an orang", "count", D("2000"), "approx"), ("sekitar 300-an peserta", "count", D("300"), "approx"),
    ("jumlah kunjungan wisatawan rata-rata mencapai angka 10 ribuan setiap tahunnya", "count", D("10000"), "approx"),
    ("300 orang lebih hadir", "count", D("300"), "more_than"),
]
NOT_FIGURES = [
    "masuk tiga besar", "lima teratas dunia", "pertumbuhan dua digit", "ekspor mencapai 5 juta.", "kedua negara", "kedua belah pihak", "dua negara", "antara dua negara", "salah satu mitra utama", "satu sama lain",
    "prinsip Satu-Tiongkok", "KTT G20", "Forum Pangan Dunia ke-2", "jalur kereta api ketiga", "untuk pertama kalinya",
    "31 tahun", "lebih dari 30 tahun", "tujuh tahun lebih cepat", "pukul 10.30 WIB", "lima bulan pertama", "ke-2",
    "Kedua kunjungan tersebut", "beberapa dokumen", "sebuah Negara Republik", "satu per satu", "menjadi satu kesatuan",
    "dua pemimpin", "nomor 5", "Pasal 33", "3 jam", "12 menit", "pertemuan empat mata", "bertemu 14 kali",
    # vague plurals state no quantity, and no figure hides inside them
    "puluhan proyek", "ratusan pengusaha", "ratusan ribu wisatawan", "puluhan ribu ton", "jutaan dolar AS",
    "KTT ke 5 negara Turkic",  # "ke" before a bare number is an ordinal
    "kerangka kerja untuk 2022 dalam waktu tiga minggu",  # a year, and "dalam" counts nothing
    "selama satu milenium", "dua dasawarsa",  # durations
    "walau pun 2020 tidak berbuah manis", "2019 belum pulih", "5 bisa dicapai",  # a verb or a negation names nothing counted
]


@pytest.mark.parametrize("phrase, value, unit", MONEY, ids=[m[0] for m in MONEY])
def test_money(phrase, value, unit):
    assert figures_in(phrase) == [("money", value, unit, None)]


@pytest.mark.parametrize("phrase, value", PERCENT, ids=[p[0] for p in PERCENT])
def test_percent(phrase, value):
    assert figures_in(phrase) == [("percent", value, "percent", None)]


@pytest.mark.parametrize("phrase, value", MULTIPLIER, ids=[m[0] for m in MULTIPLIER])
def test_multiplier(phrase, value):
    assert figures_in(phrase) == [("multiplier", value, "x", None)]


@pytest.mark.parametrize("phrase, value, unit", COUNTS, ids=[c[0] for c in COUNTS])
def test_count(phrase, value, unit):
    kind, got_value, got_unit, _ = figures_in(phrase)[0]
    assert (kind, got_value, got_unit) == ("count", value, unit)


@pytest.mark.parametrize("phrase, kind, value, qualifier", QUALIFIED, ids=[q[0] for q in QUALIFIED])
def test_qualifier(phrase, kind, value, qualifier):
    found = [f for f in figures_in(phrase) if f[0] == kind]
    assert found and (found[0][1], found[0][3]) == (value, qualifier)


@pytest.mark.parametrize("phrase", NOT_FIGURES)
def test_not_a_figure(phrase):
    assert figures_in(phrase) == []


@pytest.mark.parametrize("phrase, expected", [
    ("naik satu setengah kali lipat", [("multiplier", D("1.5"), "x")]),
    ("biaya hidup bisa empat kali lebih murah", [("multiplier", 4, "x")]),  # a comparison
    ("tumbuh dua setengah kali lipat", [("multiplier", D("2.5"), "x")]),
    ("porsi 20-30 persen dari ekspor", [("percent", 20, "percent"), ("percent", 30, "percent")]),
    ("porsi 70 sampai 80 persen dari ekspor", [("percent", 70, "percent"), ("percent", 80, "percent")]),
    ("porsi 10 hingga 15 persen", [("percent", 10, "percent"), ("percent", 15, "percent")]),
    ("menguasai seperempat produksi dunia", [("percent", 25, "percent")]),
    ("hampir setengah produksi minyak", [("percent", 50, "percent")]),
    ("naik dari US$ 215 juta ke US$ 600 juta", [("money", 215000000, "USD"), ("money", 600000000, "USD")]),
    ("China menyumbang seperlima dari total perdagangan", [("percent", 20, "percent")]),
    # a bare number counts the noun "jumlah" names before it
    ("jumlah wisatawan domestik menjadi 11 juta dan jumlah wisatawan asing menjadi 4 juta pada 2030",
     [("count", 11000000, "wisatawan domestik"), ("count", 4000000, "wisatawan asing")]),
    ("jumlah pekerja pariwisata menjadi 800.000.", [("count", 800000, "pekerja pariwisata")]),
    # a count's noun does not swallow the next count; "X dari (setiap) Y noun" in words too
    ("meraih dua perak dan satu perunggu", [("count", 2, "perak"), ("count", 1, "perunggu")]),
    ("dua mahasiswa S1 dan dua mahasiswa S2", [("count", 2, "mahasiswa"), ("count", 2, "mahasiswa")]),
    ("menyampaikan satu dari enam laporan", [("count", 1, "laporan"), ("count", 6, "laporan")]),
    ("1 dari setiap 8 perusahaan asing", [("count", 1, "perusahaan"), ("count", 8, "perusahaan")]),
    # the low end of a range takes the currency, magnitude and unit of the high end
    ("biaya US$14–15 miliar", [("money", 14000000000, "USD"), ("money", 15000000000, "USD")]),
    ("US$ 1 hingga 2 miliar", [("money", 1000000000, "USD"), ("money", 2000000000, "USD")]),
    ("nilai 2-3 miliar dolar AS", [("money", 2000000000, "USD"), ("money", 3000000000, "USD")]),
    ("ekspor 10 sampai 12 juta ton", [("count", 10000000, "ton"), ("count", 12000000, "ton")]),
    ("menggarap dua hingga lima aset", [("count", 2, "aset"), ("count", 5, "aset")]),  # in words too
    ("mengalirkan 1,3-1,4 juta bpd", [("count", 1300000, "bpd"), ("count", 1400000, "bpd")]),
    ("naik 2-3 kali lipat", [("multiplier", 2, "x"), ("multiplier", 3, "x")]),
    # a falling pair is no range; a currency before the number makes it money, never a count
    ("antara 12-10 juta ton", []),
    # the start of a change takes the unit of its end, rising or falling
    ("harga naik dari 60 menjadi 120 tenge", [("money", 60, "KZT"), ("money", 120, "KZT")]),
    ("turun dari 120 menjadi 60 tenge", [("money", 120, "KZT"), ("money", 60, "KZT")]),
    ("naik dari 20 menjadi 30 persen", [("percent", 20, "percent"), ("percent", 30, "percent")]),
    ("meningkat 5 menjadi 10 proyek", [("count", 10, "proyek")]),  # no "dari": 5 is not the start
    # "ke" before a figure with its unit after it is "to", not an ordinal
    ("naik dari 34 juta dolar AS ke 64 juta dolar AS", [("money", 34000000, "USD"), ("money", 64000000, "USD")]),
    ("pangsanya naik ke 20 persen", [("percent", 20, "percent")]),
    ("sebanyak 80% atau Rp 42,24 triliun digunakan", [("percent", 80, "percent"), ("money", 42240000000000, "IDR")]),
])
def test_halves_ranges_and_shares(phrase, expected):
    assert [(k, v, u) for k, v, u, _ in figures_in(phrase)] == expected


def test_count_of_gives_both_counts():
    assert [(k, v, u) for k, v, u, _ in figures_in("26 dari 45 proyek")] == [("count", 26, "proyek"), ("count", 45, "proyek")]


def test_conversion_is_linked():
    text = "41 miliar dolar AS (sekitar 657 triliun rupiah)"
    found = link_conversions(text, [qualify(text, q, 0) for q in find_quantities(text, 0, len(text), [])])
    assert [(q.unit, q.qualifier, q.converts) for q in found] == [("USD", None, None), ("IDR", "approx", 0)]
    text = "USD3 miliar atau setara Rp46,5 triliun"
    found = link_conversions(text, find_quantities(text, 0, len(text), []))
    assert found[1].converts == 0


def test_values_are_exact():
    assert parse_amount("174,2", "juta") == Decimal("174200000")
    assert isinstance(parse_amount("174,2", "juta"), Decimal)


@pytest.mark.parametrize("text, value", [
    ("10.000", 10000), ("174,2", Decimal("174.2")), ("1.234,5", Decimal("1234.5")), ("12,345", Decimal("12.345")),
    ("1.000.000", 1000000), ("0,5", Decimal("0.5")),
    # a comma before "000" groups is an English thousands comma: no one writes a decimal ",000"
    ("1,000", 1000), ("25,000", 25000), ("1,000,000", 1000000), ("1,500", Decimal("1.5")),
])
def test_indonesian_numerals(text, value):
    assert parse_numeral(text) == value


@pytest.mark.parametrize("text, value", [
    ("nol", 0), ("satu", 1), ("sembilan", 9), ("sepuluh", 10), ("sebelas", 11), ("dua belas", 12), ("dua puluh", 20),
    ("dua puluh lima", 25), ("seratus", 100), ("seratus dua puluh", 120), ("tiga ratus", 300), ("seribu", 1000),
    ("dua ribu", 2000), ("dua ribu lima ratus", 2500),
])
def test_number_words(text, value):
    assert parse_words(text) == value
