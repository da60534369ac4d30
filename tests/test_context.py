"""What a figure is about: metric, period, status and countries, read from real sentences."""
from __future__ import annotations

import pytest

from kzdiplo.extract import extract
from kzdiplo.loader import load_bytes

HEADER = "Kerja Sama Indonesia dan Kazakhstan Terus Tumbuh\n\nSelasa, 21 Mei 2024 11:17 WIB\n\nJakarta (ANTARA) - "
LEAD = "Indonesia dan Kazakhstan sepakat memperluas kerja sama ekonomi kedua negara tahun ini.\n\n"


def figure(paragraph: str, text: str) -> dict:
    article = load_bytes((HEADER + LEAD + paragraph + "\n").encode("utf-8"), "x.txt")
    found = [f for f in extract(article).figures if f.text == text]
    assert found, f"{text!r} not found in {[f.text for f in extract(article).figures]}"
    f = found[0]
    return {"metric": f.metric, "period": f.period, "status": f.status, "countries": list(f.countries)}


@pytest.mark.parametrize("paragraph, text, expected", [
    # tonnes shipped are trade; a count of companies investing is investment; other counts are other
    ("Sepanjang 2023, Kazakhstan mengekspor sekitar 210 ribu ton gandum ke Indonesia.", "210 ribu ton", {"metric": "trade"}),
    # transit through a country is not trade between two countries; supplying a partner is
    ("Volume kargo transit melalui pelabuhan itu mencapai 4,5 juta ton pada 2023.", "4,5 juta ton", {"metric": "other"}),
    ("Rusia memasok 8,4 miliar meter kubik gas ke Kazakhstan pada 2024.", "8,4 miliar meter", {"metric": "trade"}),
    ("Sedikitnya enam perusahaan Kazakhstan tengah menjajaki investasi di Indonesia.", "enam perusahaan", {"metric": "investment"}),
    ("Sebanyak 12.000 wisatawan Kazakhstan berkunjung ke Bali pada 2023.", "12.000 wisatawan", {"metric": "other"}),
    # a sentence pointing back at a value takes its metric from the sentence before
    ("Perdagangan kedua negara pada 2023 mencapai US$412 juta. Nilai itu naik 18,4 persen dibandingkan tahun sebelumnya.",
     "18,4 persen", {"metric": "trade_growth", "period": "2023"}),
    # the compared date is not the figure's period
    ("Volume kargo tahun lalu mencapai 4,5 juta ton, naik 62 persen dibandingkan 2022.", "62 persen", {"period": "2023"}),
    ("Pada kuartal pertama 2024, volume ekspor naik dua kali lipat dibandingkan periode yang sama tahun lalu.",
     "dua kali lipat", {"period": "2024-01/2024-03", "metric": "trade_growth"}),
    # "naik 94 persen dari tahun 2011": 2011 is the baseline too
    ("Perdagangan pada 2012 mencapai 75 juta dolar AS atau naik sekitar 94 persen dari tahun 2011.", "94 persen",
     {"period": "2012"}),
    # ... but the amount the compared year reached is that year's own figure
    ("Perdagangan pada 2012 mencapai 63,1 juta dolar AS, naik dibandingkan tahun 2011 yang mencapai 33,1 juta dolar AS.",
     "33,1 juta dolar AS", {"period": "2011"}),
    ("Perdagangan pada 2012 mencapai 63,1 juta dolar AS, naik dibandingkan tahun 2011 yang mencapai 33,1 juta dolar AS.",
     "63,1 juta dolar AS", {"period": "2012"}),
    # plans and pledges are targets; "diperkirakan" is a forecast
    ("Kazakhstan berencana menginvestasikan US$1,25 miliar untuk memperluas pelabuhan Aktau.", "US$1,25 miliar", {"status": "target"}),
    ("Perdagangan bilateral diperkirakan mencapai US$600 juta pada 2025.", "US$600 juta", {"status": "forecast"}),
    ("Perdagangan bilateral mencapai US$412 juta pada 2023.", "US$412 juta", {"status": "actual"}),
    # a goal set outranks the words that hedge it; expectations are forecasts
    ("Ia mentargetkan volume perdagangan bisa mencapai satu miliar dolar AS.", "satu miliar dolar AS", {"status": "target"}),
    ("Kazakhstan akan mencadangkan 1,2 juta ton kapasitas pipa pada 2023.", "1,2 juta ton", {"status": "target"}),
    ("Para peserta KTT diharapkan menandatangani 24 dokumen bersama.", "24 dokumen", {"status": "forecast"}),
    # one country of the pair with a directional trade word concerns the pair; "dolar AS" is no country
    ("Impor dari Kazakhstan senilai US$136,3 juta pada 2023.", "US$136,3 juta", {"countries": ["ID", "KZ"]}),
    ("Untuk mengurangi ketergantungan pada dolar AS, Tiongkok dan Kazakhstan memakai yuan senilai 35 miliar yuan.",
     "35 miliar yuan", {"countries": ["CN", "KZ"]}),
    # each clause of a list has its own country
    ("Sepanjang 2023, Tiongkok menyerap 56 persen ekspor uranium Kazakhstan, disusul Prancis sekitar 19 persen.",
     "19 persen", {"countries": ["FR"], "metric": "trade"}),
    # a person who represents a country makes it a country of the figure
    ("Presiden Kazakhstan Kassym-Jomart Tokayev hadir. Tokayev kejar dagang US$10 miliar dengan Turki.",
     "US$10 miliar", {"countries": ["KZ", "TR"]}),
    # a share is no growth; a rise is
    ("Perdagangan dengan Rusia mencapai 40 persen dari total perdagangan Kazakhstan.", "40 persen", {"metric": "trade"}),
    ("Perdagangan Kazakhstan dengan Rusia naik 40 persen pada 2023.", "40 persen", {"metric": "trade_growth"}),
    # forecasts in the speaker's words
    ("Analis memperkirakan ekspor gandum Kazakhstan ke Indonesia mencapai 500.000 ton pada 2025.", "500.000 ton",
     {"status": "forecast"}),
    # a total counted since a year runs to the article's year (published 2024-05-21)
    ("Investasi langsung Tiongkok di Kazakhstan sejak 2005 telah mencapai lebih dari US$25 miliar.", "US$25 miliar",
     {"period": "2005/2024"}),
    # the starting point of a planned change is where things stand
    ("Kapasitas jalur kereta itu akan ditingkatkan dari 1 juta ton menjadi 5 juta ton pada 2027.", "1 juta ton",
     {"status": "actual"}),
    ("Kapasitas jalur kereta itu akan ditingkatkan dari 1 juta ton menjadi 5 juta ton pada 2027.", "5 juta ton",
     {"status": "target"}),
    ("Kazakhstan berencana menginvestasikan US$1,25 miliar untuk pelabuhan Aktau.", "US$1,25 miliar", {"metric": "investment"}),
    ("Kalau FTA ini selesai, tarif untuk lebih dari 90 persen pos tarif akan dihapus.", "90 persen", {"status": "forecast"}),
    # "akan" before the figure speaks of what will be; "Akan tetapi" is only "however"
    ("Produksi minyak kini 1,6 juta barel per hari dan akan naik menjadi 2 juta BPH tahun depan.", "2 juta BPH",
     {"status": "forecast"}),
    ("Akan tetapi, sejauh ini baru 40 ribu ton minyak yang dipasok.", "40 ribu ton", {"status": "actual"}),
    # trading as a verb; a comparison after a percentage makes it a change
    ("Kedua negara memperdagangkan US$5,3 miliar pada tahun 2021, 58 persen lebih tinggi dari tahun sebelumnya.",
     "US$5,3 miliar", {"metric": "trade"}),
    ("Kedua negara memperdagangkan US$5,3 miliar pada tahun 2021, 58 persen lebih tinggi dari tahun sebelumnya.",
     "58 persen", {"metric": "trade_growth"}),
    # over a stated span, the two ends of a change take its first and last year; "dari 37 proyek" is no change
    ("Sejak 2008 sampai 2012 perdagangan naik dari USD 34 juta menjadi USD 64 juta.", "USD 34 juta", {"period": "2008"}),
    ("Sejak 2008 sampai 2012 perdagangan naik dari USD 34 juta menjadi USD 64 juta.", "USD 64 juta", {"period": "2012"}),
    ("Perdagangan 2008-2012 naik dari 34 juta dolar AS ke 64 juta dolar AS.", "64 juta dolar AS", {"period": "2012"}),
    ("Investasi sepanjang 2020-2024 baru mencapai US$12,8 juta dari 37 proyek.", "37 proyek", {"period": "2020/2024"}),
    # buying a company is an investment
    ("Pertamina mengakuisisi blok migas Kazakhstan senilai US$ 1 miliar pada 2012.", "US$ 1 miliar", {"metric": "investment"}),
    # a purpose is a goal
    ("Untuk meningkatkan omzet perdagangan hingga US$ 1 miliar, ragam produk harus ditambah.", "US$ 1 miliar",
     {"status": "target"}),
    # a full stop with no space after it still ends the sentence, and its "akan" with it
    ("Para menteri akan membahas kerja sama, kata Mao.Pada tahun 2020, investasi China di Kazakhstan mencapai "
     "40 miliar dolar AS.", "40 miliar dolar AS", {"status": "actual", "period": "2020"}),
    ("Gazprom memasok 8,4 miliar meter kubik gas ke Kazakhstan pada 2024.", "8,4 miliar meter", {"metric": "trade"}),
    # no country in sight: a figure that is not trade belongs to the country the article is about
    ("Perusahaan pelayaran negara kini mengoperasikan dua puluh lima kapal.\n\nKazakhstan dan Kazakhstan",
     "dua puluh lima kapal", {"countries": ["KZ"]}),
    # a world market price concerns no country
    ("Di pasar, harga minyak Brent ditutup di US$89,35 per barel pada perdagangan kemarin.", "US$89,35",
     {"countries": [], "metric": "other"}),
    # a region or bloc named in the sentence stands for its members; "negara Asia Tengah" is one country
    ("Perdagangan China dengan negara-negara Asia Tengah mencapai 70 miliar dolar AS pada 2022.", "70 miliar dolar AS",
     {"countries": ["CN", "KG", "KZ", "TJ", "TM", "UZ"]}),
    ("Ekspor Indonesia ke negara di Asia Tengah tersebut naik menjadi US$31,2 juta pada 2024.", "US$31,2 juta",
     {"countries": ["ID", "KZ"]}),
    ("Enam menteri luar negeri bertemu untuk merancang KTT China-Asia Tengah pada Mei.", "Enam menteri",
     {"countries": ["CN", "KG", "KZ", "TJ", "TM", "UZ"]}),
    # a bloc named with its acronym in parentheses is still the bloc, with its members
    ("Perdagangan Indonesia dengan Uni Ekonomi Eurasia (EAEU) mencapai US$ 5 miliar pada 2024.", "US$ 5 miliar",
     {"countries": ["AM", "BY", "ID", "KG", "KZ", "RU"]}),
    # ... but only a bloc in the figure's own sentence, even when that sentence opens the paragraph
    ("Kereta itu membawa barang senilai 1,7 juta dolar AS. Kereta dari China tiba di Almaty, Asia Tengah, dalam tujuh hari.",
     "1,7 juta dolar AS", {"countries": ["CN"]}),
    # either side of an exchange rate concerns no country
    ("Barang senilai 1,7 juta dolar AS (1 dolar AS = Rp14.345) dikirim dari China ke Kazakhstan.", "Rp14.345",
     {"countries": [], "metric": "other"}),
    # "negara pecahan Uni Soviet itu" is Kazakhstan: the Soviet Union is no party
    ("Perdagangan Indonesia dengan negara pecahan Uni Soviet itu ditargetkan mencapai USD 100 juta.", "USD 100 juta",
     {"countries": ["ID", "KZ"]}),
    # a figure with no date of its own takes the event dated just before in its paragraph ...
    ("Forum bisnis digelar pada Rabu (3/7/2024) di Astana. Forum itu menghasilkan kesepakatan senilai US$4 miliar.",
     "US$4 miliar", {"period": "2024-07-03"}),
    # ... but a state of things ("telah dibentuk", "kini") has no date
    ("Forum bisnis digelar pada Rabu (3/7/2024) di Astana. Sebanyak 26 pasang kota kembar telah dibentuk.",
     "26 pasang kota", {"period": None}),
    # in a list of three or more figures, each belongs to the country named just before it ...
    ("Upah di Kazakhstan turun. Kyrgyzstan tumbuh 10,9 persen, Belarus 10 persen, Rusia 4,5 persen, dan Armenia 1,9 persen.",
     "4,5 persen", {"countries": ["RU"]}),
    # ... but two figures are no list: "Kazakhstan ... dan Tiongkok" share both
    ("Kazakhstan telah mendirikan lima Institut Konfusius, dan Tiongkok memiliki lima institusi bahasa.",
     "lima institusi", {"countries": ["CN", "KZ"]}),
])
def test_figure_context(paragraph, text, expected):
    got = figure(paragraph, text)
    assert {key: got[key] for key in expected} == expected


@pytest.mark.parametrize("lo, hi, expected", [
    (0, 100, ["ID", "KZ", "CN", "KZ"]),  # in text order, whatever order they were given in
    (10, 40, ["KZ", "CN"]),  # a start at lo counts, a start at hi does not
    (11, 40, ["CN"]),
    (41, 100, []),
    (0, 0, []),
])
def test_placed_items_within_a_stretch(lo, hi, expected):
    from kzdiplo.extract.context import Placed

    placed = Placed([(40, "KZ"), (3, "ID"), (25, "CN"), (10, "KZ")])
    assert placed.within(lo, hi) == expected
