"""The loader: metadata, paragraphs, quotes and furniture for each seed article; text handling."""
from __future__ import annotations

import pytest

from kzdiplo import load_bytes, open_corpus, parse
from kzdiplo.errors import InputFileError
from kzdiplo.loader import load_file

SEEDS = {
    "antara-2022-sarekenov-interview": dict(
        title="Kazakhstan Ingin Intensifkan Kerja Sama Bilateral dengan RI: Dubes", outlet="ANTARA", author=None,
        published=None, dateline="Jakarta", sources=(), paragraphs=14,
        furniture=["0", "Berita Terkait: Kantor Imigrasi Papua Deportasi 61 WNA", "Leave A Reply",
                   "Your email address will not be published."]),
    "vovworld-2023-tokayev-visit-vietnam": dict(
        title="Halaman Baru dalam Kerja Sama antara Vietnam dan Kazakhstan", outlet="VOVWORLD", author=None,
        published=None, dateline=None, sources=(), paragraphs=15, furniture=["Komentar", "Yang lain"]),
    "bharata-2024-wang-yi-nurtleu-astana": dict(
        title="Tiongkok sangat menghargai bahwa Kazakhstan telah menegaskan kembali ketaatannya pada prinsip Satu-Tiongkok",
        outlet="Radio Bharata Online", author="Eko Satrio Wibowo", published="2024-05-21", dateline="Astana",
        sources=(), paragraphs=19,
        furniture=["International", "banner", "Komentar", "Berita Lainnya", "Selasa, 18 Oktober 2022 23:8:41 WIB",
                   "Giorgia Meloni International"]),
    "kabar24-wang-yi-idrissov-astana": dict(
        title="China dan Kazakhstan Tingkatkan Kerja Sama", outlet="Kabar24.com", author=None, published=None,
        dateline="Astana", sources=("Xinhua",), paragraphs=15,
        furniture=["Nyaman tanpa iklan. Langganan BisnisPro", "Menlu China Wang Yi/Reuters", "Konten Premium",
                   "Cek Berita dan Artikel yang lain di Google News dan WA Channel", "# Hot Topic",
                   "Scan QR Code Bisnis Indonesia e-paper"]),
    "xi-tokayev-beijing-2023": dict(
        title="Makin Mesra dengan Kazakhstan, China Siap Perluas Impor Produk Pertanian", outlet=None,
        author="Distika Safara Setianda", published=None, dateline="Jakarta", sources=("Reuters",), paragraphs=9,
        furniture=["Ilustrasi produk agrikultur dari Kazakhstan. (The Qazaq Times).", "Dunia", "Author"]),
}


@pytest.fixture(scope="module")
def articles():
    return {a.id: a for a in open_corpus("corpus.yaml").articles()}


@pytest.mark.parametrize("article_id", SEEDS)
def test_seed_metadata(articles, article_id):
    want, meta = SEEDS[article_id], articles[article_id].meta
    got = dict(title=meta.title, outlet=meta.outlet, author=meta.author, published=meta.published,
               dateline=meta.dateline, sources=meta.sources)
    assert got == {k: want[k] for k in got}


@pytest.mark.parametrize("article_id", SEEDS)
def test_seed_paragraphs_and_furniture(articles, article_id):
    article = articles[article_id]
    assert len(article.paragraphs) == SEEDS[article_id]["paragraphs"]
    set_aside = {f.text for f in article.furniture}
    kept = {p.text for p in article.paragraphs}
    for line in SEEDS[article_id]["furniture"]:
        assert line in set_aside and line not in kept


@pytest.mark.parametrize("article_id", SEEDS)
def test_offsets_round_trip(articles, article_id):
    article = articles[article_id]
    for item in (*article.paragraphs, *article.quotes, *article.furniture):
        assert article.text[item.start:item.end] == item.text


def test_quotes_and_speakers(articles):
    quotes = articles["antara-2022-sarekenov-interview"].quotes
    assert [q.speaker for q in quotes] == ["Sarekenov", "Sarekenov", "Sarekenov", "Sarekenov", "duta besar"]
    assert quotes[0].text.startswith("Kazakhstan menganggap Indonesia")
    nurtleu = articles["bharata-2024-wang-yi-nurtleu-astana"].quotes[-1]
    assert nurtleu.speaker == "Nurtleu" and nurtleu.text.startswith("Pemerintah Kazakhstan siap")


def test_teaser_before_dateline_is_set_aside(articles):
    article = articles["xi-tokayev-beijing-2023"]
    assert article.paragraphs[1].kind == "lead" and article.paragraphs[1].text.startswith("JAKARTA--")
    assert any(f.text.startswith("• Presiden China") for f in article.furniture)


@pytest.mark.parametrize("raw", [
    "\ufeffJudul Berita\r\n\r\nJakarta (ANTARA) \u2013 Presiden\u00a0Joko Widodo menerima \u201ctamu\u201d dari Kazakhstan hari ini di Istana.\r\n",
    "Judul Berita\n\nJakarta (ANTARA) - Presiden Joko Widodo menerima tamu dari Kazakhstan hari ini di Istana Merdeka.\n",
])
def test_bom_crlf_nbsp_curly_quotes_keep_offsets(raw):
    article = load_bytes(raw.encode("utf-8"), "x.txt")
    assert article.meta.title == "Judul Berita"
    assert article.meta.outlet == "ANTARA" and article.meta.dateline == "Jakarta"
    for para in article.paragraphs:
        assert article.text[para.start:para.end] == para.text


def test_cp1252_text_is_read_with_a_warning():
    article = load_bytes("Judul\n\nJakarta (ANTARA) - Kerja sama caf\u00e9 dengan Kazakhstan terus tumbuh pesat tahun ini.\n".encode("cp1252"), "old.txt")
    assert "caf\u00e9" in article.text
    assert any("cp1252" in w for w in article.warnings)


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"   \n\n", "empty"),
    (b"\x00\x01\x02binary", "binary"),
])
def test_unusable_bytes_are_errors(content, message):
    with pytest.raises(InputFileError, match=message):
        load_bytes(content, "bad.txt")


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputFileError, match="no such file"):
        load_file(tmp_path / "nope.txt")
    with pytest.raises(InputFileError, match="directory"):
        load_file(tmp_path)


def test_corpus_overrides_replace_text_metadata(make_corpus):
    from tests.conftest import ARTICLE

    manifest = make_corpus({"a.txt": ARTICLE}, manifest=(
        "articles:\n  - id: a\n    file: data/a.txt\n    meta: {published: '2024-01-02', author: Budi, sources: [AFP]}\n"))
    article = open_corpus(manifest).load("a")
    assert (article.meta.published, article.meta.author, article.meta.sources) == ("2024-01-02", "Budi", ("AFP",))
    assert article.meta.outlet == "ANTARA"


def test_parse_without_dateline_takes_first_long_paragraph():
    text = "Judul\n\nSebuah paragraf panjang yang menjelaskan kunjungan resmi Presiden Kazakhstan ke Indonesia minggu ini.\n"
    article = parse(text, article_id="x")
    assert [p.kind for p in article.paragraphs] == ["title", "lead"]
    assert article.meta.dateline is None and article.meta.outlet is None


@pytest.mark.parametrize("stamp, published", [
    ("Selasa, 21 Mei 2024 11:17:36 WIB", "2024-05-21"), ("Senin, 87 Mei 2024 10:00 WIB", None), ("31 Februari 2023 08.00", None),
])
def test_publication_stamp_must_be_a_real_date(stamp, published):
    article = parse(f"{stamp}\n\nJudul\n\nJakarta (ANTARA) - Kazakhstan dan Indonesia bertemu lagi pada Senin untuk kerja sama.\n",
                    article_id="x")
    assert article.meta.published == published


def test_corpus_published_override_must_be_a_date(make_corpus):
    from kzdiplo.errors import CorpusError
    from tests.conftest import ARTICLE

    manifest = make_corpus({"a.txt": ARTICLE}, manifest="articles:\n  - id: a\n    file: data/a.txt\n    meta: {published: 'May 2024'}\n")
    with pytest.raises(CorpusError, match="meta.published must be a date"):
        open_corpus(manifest)


BODY = "Pemerintah Indonesia dan Kazakhstan sepakat mempercepat perundingan dagang tahun ini."


@pytest.mark.parametrize("header, expected", [
    # masthead and breadcrumb above the title; outlet spelled as the masthead spells it
    ("Kompas.com\nMoney › Ekonomi\n\nBaca berita tanpa iklan. Gabung Kompas.com+\n\nPerdagangan RI-Kazakhstan Naik Tajam\n\n"
     "Kompas.com - 14/03/2025, 10:15 WIB\n\nPenulis: Nadia Kusuma | Editor: Hendra Saputra\n\nLihat Foto\n\nJAKARTA, KOMPAS.com - ",
     dict(title="Perdagangan RI-Kazakhstan Naik Tajam", outlet="Kompas.com", author="Nadia Kusuma",
          published="2025-03-14", dateline="Jakarta")),
    # the dateline on a line of its own above the lead
    ("CNN Indonesia\nRabu, 12 Mar 2025 14:30 WIB\n\nPutin-Tokayev Sepakat Tambah Pasokan Gas\n\nBagikan :\n\nJakarta, CNN Indonesia --\n\n",
     dict(title="Putin-Tokayev Sepakat Tambah Pasokan Gas", outlet="CNN Indonesia", author=None,
          published="2025-03-12", dateline="Jakarta")),
    # "Oleh", and a publication stamp beside an update stamp
    ("Liputan6.com\n\nGlobal\n\nXi Jinping dan Tokayev Sepakat Perluas Jalur\n\nOleh Rizky Putri\n\n"
     "Diperbarui 05 Jul 2024, 15:30 WIB\nDiterbitkan 04 Jul 2024, 12:05 WIB\n\nLiputan6.com, Jakarta - ",
     dict(title="Xi Jinping dan Tokayev Sepakat Perluas Jalur", outlet="Liputan6.com", author="Rizky Putri",
          published="2024-07-04", dateline="Jakarta")),
    # "Rep: X/ Red: Y" and an upper-case domain in the dateline
    ("REPUBLIKA.CO.ID\n\nInternasional\n\nKazakhstan Incar Pasar Gandum Malaysia\n\nJumat 14 Jun 2024 19:45 WIB\n\n"
     "Rep: Nadia Kusumawardani/ Red: Arif Nugroho\n\nREPUBLIKA.CO.ID, KUALA LUMPUR -- ",
     dict(title="Kazakhstan Incar Pasar Gandum Malaysia", outlet="REPUBLIKA.CO.ID", author="Nadia Kusumawardani",
          published="2024-06-14", dateline="Kuala Lumpur")),
    # a dateline naming the country after the city
    ("ANTARA News\nDunia\n\nAsia Tengah dan Uni Eropa sepakati kemitraan\n\nJumat, 4 April 2025 19:42 WIB\n\n"
     "Samarkand, Uzbekistan (ANTARA) - ",
     dict(title="Asia Tengah dan Uni Eropa sepakati kemitraan", outlet="ANTARA", author=None,
          published="2025-04-04", dateline="Samarkand")),
    # "Section | Subsection" above the title, "Writer - Outlet" byline
    ("Bisnis.com\nEkonomi | Energi & Tambang\n\nKazakhstan Pasok 43 Persen Uranium Dunia\n\nDwi Rachmawati Putri - Bisnis.com\n"
     "Senin, 4 November 2024 | 09:12\n\nBisnis.com, JAKARTA — ",
     dict(title="Kazakhstan Pasok 43 Persen Uranium Dunia", outlet="Bisnis.com", author="Dwi Rachmawati Putri",
          published="2024-11-04", dateline="Jakarta")),
    # detik: "Place - " with no outlet, a team credit is no author
    ("detikNews\nInternasional\n\nKamis, 10 Okt 2024 14:05 WIB\n\nKazakhstan Tambah Beasiswa untuk Mahasiswa RI\n\n"
     "Tim detikcom - detikNews\nBagikan\n0 komentar\n\nJakarta - ",
     dict(title="Kazakhstan Tambah Beasiswa untuk Mahasiswa RI", outlet="detikNews", author=None,
          published="2024-10-10", dateline="Jakarta")),
    # a Hijri date before the Gregorian one; "Rep: X / Red: Y"
    ("REPUBLIKA.CO.ID\nInternasional\n\nIndonesia-Kazakhstan Perluas Kerja Sama Halal\n\n"
     "Selasa 06 Dzulqaidah 1445 / 14 Mei 2024 17:45 WIB\n\nRep: Nadia Putri Lestari / Red: Muhammad Nasution\n\n"
     "REPUBLIKA.CO.ID, JAKARTA -- ",
     dict(title="Indonesia-Kazakhstan Perluas Kerja Sama Halal", author="Nadia Putri Lestari", published="2024-05-14",
          dateline="Jakarta")),
    # "Writer, Outlet" and "Writer, Jurnalis · date" bylines
    ("CNBC Indonesia\nMarket\n\nKazakhstan Janji Kompensasi Kelebihan Produksi\n\nFadhila Rahmawati, CNBC Indonesia\n"
     "04 April 2024 10:35\n\nJakarta, CNBC Indonesia - ",
     dict(author="Fadhila Rahmawati", published="2024-04-04", dateline="Jakarta", outlet="CNBC Indonesia")),
    ("Okezone.com\nInternasional\n\nKazakhstan Tegaskan Netral soal Perang\n\n"
     "Dimas Prasetyo, Jurnalis · Kamis 13 Maret 2025 16:42 WIB\n\nASTANA - ",
     dict(author="Dimas Prasetyo", published="2025-03-13", dateline="Astana")),
    # a hyphen inside a headline is no dateline
    ("SINDOnews.com\nInternasional\nJum'at, 05 Juli 2024 - 18:45 WIB\n\n"
     "Xi Jinping ke Kazakhstan, Khorgos dan Kereta China-Eropa Jadi Andalan Sabuk dan Jalan\n\nFahri Ramadhan\n\nASTANA - ",
     dict(title="Xi Jinping ke Kazakhstan, Khorgos dan Kereta China-Eropa Jadi Andalan Sabuk dan Jalan",
          author="Fahri Ramadhan", published="2024-07-05", dateline="Astana")),
    # a comma before the agency in parentheses
    ("Jakarta, (Antara) - ", dict(title=None, outlet="Antara", dateline="Jakarta")),
    # a city in capitals with a comma or full stop and no dash (kontan, Xinhua translations)
    ("Akuisisi perusahaan minyak Kazakhstan dibahas Mei\n\nJAKARTA. ",
     dict(title="Akuisisi perusahaan minyak Kazakhstan dibahas Mei", dateline="Jakarta")),
    ("GUANGZHOU, ", dict(title=None, dateline="Guangzhou")),
    # "By X" above a text with no headline, and an outlet-only dateline with an upper-case domain
    ("By Zahra Amanda\n\nSOLARENERGI.ID \u2013 ", dict(title=None, author="Zahra Amanda", outlet="SOLARENERGI.ID")),
    # English page stamps: an update stamp, then the publication stamp
    ("Presiden Kazakhstan di Tehran untuk Perluasan Hubungan\n\n(last modified Wed, 22 Jun 2022 04:30:50 GMT )\n\n"
     "Jun 21, 2022 11:30 Asia/Jakarta\n\nTEHRAN - ", dict(title="Presiden Kazakhstan di Tehran untuk Perluasan Hubungan",
                                              published="2022-06-21")),
    # the date inside the dateline, after a Hijri one
    ("Jakarta,17 Ramadhan 1434/25 Juli 2013 (MINA) \u2013 ", dict(outlet="MINA", dateline="Jakarta", published="2013-07-25")),
    # a writer's initials after the byline; a web domain glued to the dateline's dash
    ("Jumat, 7 Januari 2022 | 12:06 WIB\n\nOleh : Unggul Wirawan / WIR\n\nNursultan, Beritasatu.com- ",
     dict(author="Unggul Wirawan", outlet="Beritasatu.com", dateline="Nursultan", published="2022-01-07")),
    # an outlet-only dateline with a hyphenated domain
    ("Intisari-online.com - ", dict(title=None, outlet="Intisari-online.com", dateline=None)),
    # a slash before the clock time; an outlet, then the city in capitals and a full stop
    ("KONTAN.CO.ID\n\nKamis, 07 November 2019 / 14:25 WIB\n\nKONTAN.CO.ID - JAKARTA. ",
     dict(outlet="KONTAN.CO.ID", dateline="Jakarta", published="2019-11-07")),
    # a line of section names is no title; "writer - outlet" names both
    ("detikFinance\nBerita Ekonomi Bisnis\nTrade\nKamis, 14 Mar 2024 16:05 WIB\n"
     "RI-Kazakhstan Kejar Dagang US$1 Miliar, Gandum hingga Pupuk Jadi Andalan\nAnisa Rahmadhani - detikFinance\nBagikan\nJakarta - ",
     dict(title="RI-Kazakhstan Kejar Dagang US$1 Miliar, Gandum hingga Pupuk Jadi Andalan", outlet="detikFinance",
          author="Anisa Rahmadhani", published="2024-03-14", dateline="Jakarta")),
    # a row of share buttons does not push the dateline out of reach; a five-word name
    ("IDN Times\nNews\nBali\nKota Denpasar\nAir Astana Tambah Penerbangan ke Bali, Turis Naik 48 Persen\n"
     "Ni Luh Putu Ayu Lestari\nEditor: Dimas Prasetyo\n09 Des 2024, 14:20 WIB\nShare to Facebook\nShare to X\n"
     "Share to Whatsapp\nShare to Telegram\nCopy link\nFoto: Air Astana (Dok. Istimewa)\nIntinya sih...\n"
     "Air Astana menambah jadwal Almaty-Denpasar menjadi lima kali sepekan\nWisman Kazakhstan ke Bali naik tajam\n"
     "Dispar Bali dan KBRI Astana siapkan promosi bersama\nDenpasar, IDN Times - ",
     dict(author="Ni Luh Putu Ayu Lestari", outlet="IDN Times", dateline="Denpasar", published="2024-12-09")),
    # a site bar names the outlet and is no title; an en dash before the clock time
    ("JPNN.com | Jaringan Berita Terluas di Indonesia\n\nHome > Politik > Parlemen\n\n"
     "GKSB DPR Dorong Penerbangan Langsung Jakarta-Almaty\n\nJumat, 21 Juli 2017 \u2013 07:15 WIB\n\n"
     "Penulis: Friederich Batari\n\njpnn.com, ASTANA - ",
     dict(title="GKSB DPR Dorong Penerbangan Langsung Jakarta-Almaty", author="Friederich Batari",
          published="2017-07-21", dateline="Astana")),
    ("ANTARA JATIM - Portal Berita Jawa Timur\n\nMahasiswa Kazakhstan Pentaskan Tari Remo di Unesa\n\n"
     "Kamis, 16 Oktober 2014 10:12 WIB\n\nSurabaya (Antara Jatim) - ",
     dict(title="Mahasiswa Kazakhstan Pentaskan Tari Remo di Unesa", dateline="Surabaya")),
    # a menu of many sections; "writer \u2022 date"; a colon dateline
    ("Medcom.id  |  News  |  Internasional  |  Asia\n\nTokayev dan Anwar Sepakat Genjot Perdagangan\n\n"
     "Fajar Nugraha  \u2022  21 Mei 2025 18:40\n\nKuala Lumpur: ",
     dict(title="Tokayev dan Anwar Sepakat Genjot Perdagangan", outlet="Medcom.id", author="Fajar Nugraha",
          published="2025-05-21", dateline="Kuala Lumpur")),
    ("MEDIAINDONESIA.COM | Selamat Datang, Pengunjung | Masuk\n\nMarket | News | Entrepreneur | Syariah | Tech | Lifestyle | Opini\n\n"
     "Kazakhstan Pimpin Dewan Menlu OKI\n\nSelasa, 28 Juni 2011 22:15 WIB\n\nASTANA - ",
     dict(title="Kazakhstan Pimpin Dewan Menlu OKI", published="2011-06-28", dateline="Astana")),
    # a section label alone above a year-first page date is no title
    ("Kebijakan\n\n2024.06.12\n\n", dict(title=None, published="2024-06-12")),
])
def test_common_page_headers(header, expected):
    article = load_bytes((header + BODY + "\n").encode("utf-8"), "page.txt")
    got = {key: getattr(article.meta, key) for key in expected}
    assert got == expected
    assert article.lead is not None and article.lead.text.endswith(BODY)


def test_byline_followed_by_an_update_stamp():
    text = ("Bertemu Menlu Kazakhstan, RI Bahas Migas\n\noleh Tanti Yulianingsih diperbarui 01 Okt 2015, 18:16 WIB\n"
            f"Diterbitkan 01 Okt 2015, 18:16 WIB\n\nLiputan6.com, New York - {BODY}\n")
    meta = load_bytes(text.encode("utf-8"), "x.txt").meta
    assert (meta.author, meta.published, meta.dateline) == ("Tanti Yulianingsih", "2015-10-01", "New York")


def test_stamp_and_reporter_on_one_line_and_a_net_photo_credit():
    text = ("Berita\n\nMenteri Luar Negeri China Wang Yi/Net\n\nDunia\n\n"
            "Telepon Menlu Kazakhstan, Wang Yi: China Bersedia Membantu\n\n"
            "SENIN, 10 JANUARI 2022 | 18:12 WIB | LAPORAN: SARAH MEILIANA GUNAWAN\n\n"
            "China dengan tegas menentang infiltrasi kekuatan asing yang diduga memicu kerusuhan di Kazakhstan pekan lalu.\n")
    meta = load_bytes(text.encode("utf-8"), "x.txt").meta
    assert (meta.title, meta.published, meta.author) == (
        "Telepon Menlu Kazakhstan, Wang Yi: China Bersedia Membantu", "2022-01-10", "Sarah Meiliana Gunawan")


def test_writer_credited_below_the_article():
    text = f"Judul Berita Yang Cukup Panjang\n\nJakarta (ANTARA) - {BODY}\n\nPewarta: Raka Adiwijaya\nEditor: Yuni Sekarwati\n"
    assert load_bytes(text.encode("utf-8"), "x.txt").meta.author == "Raka Adiwijaya"


def test_related_links_inside_the_article_are_set_aside_and_the_article_goes_on():
    text = (f"Judul Berita Yang Cukup Panjang\n\nJakarta (ANTARA) - {BODY}\n\nBaca Juga\n\n"
            "Kazakhstan Dilanda Banjir Terparah dalam 80 Tahun\n\nMengenal Astana, Ibu Kota Kazakhstan\n\n"
            "Kedua negara juga sepakat memperluas kerja sama energi hingga 2030.\n\nKomentar\n\nBerita lama yang lain.\n")
    article = load_bytes(text.encode("utf-8"), "x.txt")
    assert [p.text for p in article.paragraphs if p.kind == "body"] == [
        "Kedua negara juga sepakat memperluas kerja sama energi hingga 2030."]
    assert [f.reason for f in article.furniture][:3] == ["related links"] * 3


def test_a_date_in_the_dateline_dates_the_page_and_is_no_date_of_the_story():
    from kzdiplo import extract

    text = ("Jakarta,17 Ramadhan 1434/25 Juli 2013 (MINA) \u2013 Direktur Jenderal Asosiasi Industri Halal Kazakhstan "
            "mengatakan pasar halal besar, seperti dikutip situs Halal MUI, Kamis (25/7).\n")
    article = parse(text, article_id="x")
    assert article.meta.published == "2013-07-25" and article.meta.outlet == "MINA"
    assert [f.reason for f in article.furniture] == ["dateline date"]
    assert [(d.text, d.value) for d in extract(article).dates] == [("Kamis (25/7)", "2013-07-25")]


@pytest.mark.parametrize("heading", ["Populer", "Terpopuler", "Berita Terkini", "Baca Lainnya", "Simak Video Pilihan Ini:"])
def test_a_list_of_other_stories_ends_the_article(heading):
    text = (f"Judul Berita Yang Cukup Panjang\n\nJakarta (ANTARA) - {BODY}\n\n{heading}\n\n"
            "Menanti Nyali KPK Panggil Jokowi di Kasus Kuota Haji\n\nMinggu, 11 Januari 2026 | 08:46\n")
    article = load_bytes(text.encode("utf-8"), "x.txt")
    assert [p.kind for p in article.paragraphs] == ["title", "lead"]


@pytest.mark.parametrize("sentence, sources", [
    ("Seperti dilansir Reuters, harga minyak naik.", ("Reuters",)),
    ("Hal itu dikutip dari Xinhua pada Senin.", ("Xinhua",)),
    ("Dilansir dari AFP, pertemuan berlangsung tertutup.", ("AFP",)),
    ("Laporan itu mengutip Bloomberg soal ekspor gandum.", ("Bloomberg",)),
    ("Mengutip Anadolu, kedua menteri bertemu di Astana.", ("Anadolu",)),
    ("Data diolah dari Kompas.com menunjukkan kenaikan.", ("Kompas.com",)),
    ("Dilansir RFE/RL, perjanjian itu diteken kemarin.", ("RFE/RL",)),
    ("Menurut laporan Euronews, kesepakatan itu penting.", ("Euronews",)),
    ("Seperti dilaporkan Xinhua, pertemuan berlangsung hangat.", ("Xinhua",)),
    ("Laporan Reuters menyebutkan ekspor naik.", ("Reuters",)),
    ("Menurut Tokayev, kerja sama itu penting.", ()),  # a person, not an outlet
    ("Pemerintah yang dilansir warga itu bukan kantor berita.", ()),  # not an outlet
    ("Kata sudilansir Reuters bukan kata kerja.", ()),  # inside a word: no phrase
    ("Ia bertolak ke Bishkek. (Reuters/AFP)", ("Reuters", "AFP")),  # a closing credit
    ("Sumber: Badan Pusat Statistik | Katadata", ()),  # a chart's credit, not the story's
    ("Hal itu seperti dilansir kantor berita Kazinform, Senin.", ("Kazinform",)),
    ("Sidang itu ditutup Kamis (30/6) dengan pengesahan Deklarasi Astana. (AFP/OL-5)", ("AFP",)),  # an editor's code
])
def test_sources_named_in_the_text(sentence, sources):
    text = "Judul Berita Kazakhstan Hari Ini\n\nJakarta (ANTARA) - Paragraf pembuka yang cukup panjang untuk jadi lead berita.\n\n" + sentence
    assert parse(text, article_id="x").meta.sources == sources


@pytest.mark.parametrize("line, reason", [
    ("Yuk Ngaji Hari Ini", "subscription prompt"), ("Yuk Simak Videonya!", "subscription prompt"),
    ("Baca juga: Kazakhstan dan RI", "read also"), ("Komentar", "comment box"),
    # wire photo captions end with the agency and the photographer
    ("Pasukan terlihat di alun-alun utama di Almaty, Kazakhstan 6 Januari 2022. REUTERS/Mariya Gordeyeva", "photo credit"),
    ("Presiden Tokayev berbicara di Astana, 3 Juli 2024. (ANTARA FOTO/Wahyu Putro A)", "photo credit"),
    ("Harga minyak naik menurut data Reuters/Refinitiv pekan ini dan analis memperkirakan kenaikan berlanjut.", None),
    ("Copyright \u00a9 ANTARA 2009", "copyright"), ("\u00a9 2024 Kompas.com", "copyright"),
    ("Tulis komentarmu dengan tagar #JernihBerkomentar dan menangkan e-voucher untuk 90 pemenang!", "comment box"),
    ("Bagikan   Facebook   Twitter   Email   Cetak", "share button"), ("Bagikan  \u00b7  Simpan  \u00b7  Dengarkan", "share button"),
    ("Facebook resmi meluncurkan fitur baru untuk pengguna di Kazakhstan.", None),
    ("Beranda / Dunia / Asia Tengah", "breadcrumb"), ("NEWS \u00b7 BISNIS \u00b7 TEKNO \u00b7 BOLA", "breadcrumb"),
    ("#kazakhstan #uzbekistan #asia-tengah", "tags"), ("Tag Terkait: Kazakhstan | GCC", "tags"),
    # a paragraph that signs off with its agencies is text, not a wire photo caption
    ("Mogherini juga dijadwalkan bertemu Perdana Menteri Karim Massimov sebelum bertolak ke Bishkek. (Reuters/AFP)", None),
    ("Baca berita dengan sedikit iklan, klik di sini", "subscription prompt"), ("Perbesar", "photo link"),
])
def test_promotion_and_prompt_lines_are_furniture(line, reason):
    from kzdiplo.layout import furniture_reason

    assert furniture_reason(line) == reason


def test_a_sentence_that_starts_with_yuk_is_still_text():
    from kzdiplo.layout import furniture_reason

    assert furniture_reason("Yuk, kata Menteri, kita perkuat perdagangan dengan Kazakhstan yang terus tumbuh pesat.") is None


def test_translator_is_the_author_when_no_writer_is_credited():
    text = ("Tokayev resmi menang dalam pemilihan presiden Kazakhstan\n\n"
            "Nur-Sultan (ANTARA/Xinhua-OANA) - Presiden Kassym-Jomart Tokayev memenangkan pemilihan dengan suara terbanyak.\n\n"
            "Baca juga: Survei: Tokayev menang pemilihan presiden Kazakhstan\n\n"
            "Penerjemah: Tia Mutiasari\nEditor: Chaidar Abdullah\nCOPYRIGHT © ANTARA 2019\n")
    assert parse(text, article_id="x").meta.author == "Tia Mutiasari"


def test_a_credit_line_ends_a_list_of_related_links():
    text = ("Tokayev resmi menang dalam pemilihan presiden Kazakhstan\n\n"
            "Nur-Sultan (ANTARA) - Presiden Kassym-Jomart Tokayev memenangkan pemilihan dengan suara terbanyak.\n\n"
            "Baca Juga\n\nSurvei Tokayev menang pemilihan presiden\n\nPenerjemah: Tia Mutiasari\n")
    article = parse(text, article_id="x")
    assert article.meta.author == "Tia Mutiasari"
    assert [f.reason for f in article.furniture if f.text.startswith("Penerjemah")] == ["byline label"]


def test_a_page_that_starts_with_its_text_has_no_title_and_keeps_its_short_paragraphs():
    first = ("Perputaran perdagangan antara negara-negara Asia Tengah dan China tumbuh sebesar 31,9 persen sepanjang "
             "tahun dan melebihi 32 miliar dolar AS pada tahun 2022, kata Wakil Perdana Menteri Kazakhstan dalam "
             "pertemuan daring untuk membahas KTT mendatang di kota Xi'an.")
    short = "Menteri dari Kirgistan, Tajikistan, Turkmenistan, dan Uzbekistan menghadiri pertemuan tersebut."
    article = parse(f"{first}\n\n{short}\n\nPertemuan berikutnya digelar bulan depan di Astana.\n", article_id="x")
    assert article.meta.title is None
    assert short in [p.text for p in article.paragraphs]


@pytest.mark.parametrize("opening", [
    "KAZAKHSTAN, Mitra Dagang Terbesar Indonesia di Asia Tengah",  # a country in capitals opens a headline
    "PBB. Sidang umum membahas kerja sama kawasan",  # not a known place
])
def test_a_word_in_capitals_without_a_dash_is_no_dateline_unless_it_is_a_known_city(opening):
    article = parse(f"{opening}\n\n{BODY} Pertemuan itu digelar di Astana dan dihadiri kedua menteri.\n", article_id="x")
    assert article.meta.dateline is None


def test_a_first_line_that_ends_in_a_full_stop_is_the_first_paragraph():
    first = "Pemerintah akan terus mempererat kerja sama dengan Kazakhstan dalam bidang ekonomi."
    article = parse(f"{first}\n\n{BODY}\n", article_id="x")
    assert article.meta.title is None
    assert article.lead is not None and article.lead.text == first
    # a short headline, or one that trails off, is still a headline
    for headline in ("Kazakhstan Siap Pasok Gandum...", "Dubes: Kerja sama naik."):
        assert parse(f"{headline}\n\n{BODY}\n", article_id="x").meta.title == headline


def test_an_outlet_citing_its_own_reporting_is_no_source():
    text = ("Okezone.com\n\nKazakhstan Tegaskan Netral\n\nASTANA - Presiden Kazakhstan menegaskan sikap netral negaranya.\n\n"
            "Sebagaimana diberitakan Okezone sebelumnya, Kazakhstan menjaga dialog dengan Barat. "
            "Seperti dilansir Reuters, pipa itu tetap beroperasi.\n")
    article = parse(text, article_id="x")
    assert article.meta.outlet == "Okezone.com"
    assert article.meta.sources == ("Reuters",)


def test_a_page_header_stored_after_the_body_gives_title_and_date_and_its_pull_quote_is_furniture():
    body = ("Jakarta, (Antara) - Senat Parlemen Kazakhstan menyampaikan undangan kepada Presiden Joko Widodo.\n\n"
            "\"Kami ingin mengundang Presiden Joko Widodo melakukan kunjungan resmi ke Astana pada 10 Oktober,\" ujar Tokayev.\n\n"
            "Jokowi Diundang Senat Parlemen Kazakhstan\n\nSelasa, 13 Maret 2018 11:11 WIB\n\n"
            "Kami ingin mengundang Presiden Joko Widodo melakukan kunjungan resmi ke Astana pada 10 Oktober\n")
    article = load_bytes(body.encode("utf-8"), "x.txt")
    assert article.meta.published == "2018-03-13" and article.meta.title == "Jokowi Diundang Senat Parlemen Kazakhstan"
    assert [f.reason for f in article.furniture] == ["page date", "repeated text"]
