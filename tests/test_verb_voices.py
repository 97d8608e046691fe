"""Verbs a lexicon list names once ({verb: stem}) and the voice forms the reader knows from it:
the active meN- form with its nasal, the passive di- form, the bare object-focus stem."""
from decimal import Decimal

import pytest

from kg.extract import extract
from kg.extract.lexicon import Lexicon, active_form, voice_forms
from kg.extract.read import parse_article

LEXICON = Lexicon.default()
HEAD = "Judul Berita Ekspor Untuk Pengujian\n\nBisnis.com, JAKARTA — "


def figures(body: str, published="2025-03-12"):
    text = f"---\npublished: {published}\n---\n{HEAD}{body}\n"
    return extract(parse_article(text, lexicon=LEXICON), LEXICON).figures


def kinds(body: str, published="2025-03-12"):
    return [(f.type, f.kind, f.value, f.unit, f.period.start.year if f.period else None)
            for f in figures(body, published)]


@pytest.mark.parametrize("stem, active", [
    ("targetkan", "menargetkan"), ("tetapkan", "menetapkan"),      # t dropped: men-
    ("patok", "mematok"), ("pasang", "memasang"),                  # p dropped: mem-
    ("bidik", "membidik"), ("fasilitasi", "memfasilitasi"),        # b, f: mem-
    ("incar", "mengincar"), ("usulkan", "mengusulkan"), ("ajukan", "mengajukan"),  # a vowel: meng-
    ("kejar", "mengejar"), ("gandakan", "menggandakan"), ("hitung", "menghitung"),  # k dropped; g, h kept
    ("sasar", "menyasar"), ("syaratkan", "mensyaratkan"),          # s: meny- (dropped), sy kept
    ("capai", "mencapai"), ("dorong", "mendorong"), ("jual", "menjual"),
    ("ramalkan", "meramalkan"), ("naikkan", "menaikkan"), ("laporkan", "melaporkan"),  # l, m, n, r, w, y: me-
    ("proyeksikan", "memproyeksikan"), ("prediksi", "memprediksi"), ("klaim", "mengklaim"),  # clusters keep it
    ("perkirakan", "memperkirakan"), ("periksa", "memeriksa"),     # the prefix per- keeps its p
])
def test_the_active_form_takes_the_nasal_of_the_stems_first_sound(stem, active):
    assert active_form(stem) == active


def test_a_verb_entry_gives_its_three_voices_and_an_entry_may_correct_or_restrict_them():
    assert voice_forms({"verb": "patok"}) == ["mematok", "dipatok", "patok"]
    assert voice_forms({"verb": "kaji", "active": "mengkaji"}) == ["mengkaji", "dikaji", "kaji"]
    assert voice_forms({"verb": "pasang", "forms": ["passive"]}) == ["dipasang"]


def test_a_list_reads_a_verb_entry_as_its_forms_beside_the_words_written_out():
    lex = Lexicon({**LEXICON.raw, "lexicon": {"target_words": ["target", {"verb": "bidik"}]}})
    assert lex.list("target_words") == ["target", "membidik", "dibidik", "bidik"]


@pytest.mark.parametrize("body", [
    "Dinas Perdagangan memprediksikan ekspor kopi pada 2026 mencapai US$ 40 juta.",
    "Ekspor kopi pada 2026 diprediksikan mencapai US$ 40 juta.",
    "Asosiasi mengestimasikan ekspor kopi pada 2026 mencapai US$ 40 juta.",
])
def test_a_projection_verb_in_a_voice_nobody_wrote_out_projects(body):
    assert kinds(body) == [("figure", "projection", Decimal("40000000"), "USD", 2026)]


# --- a value proposed or placed as a target (kg/extract/facts.py proposed_target) -----------------

@pytest.mark.parametrize("body, expected", [
    ('"Kita usulkan Rp 870 miliar untuk 2027 karena dermaga baru belum rampung," ujar Sekretaris Daerah '
     'Kabupaten Ranumerta, Dodi Marhaen.', ("target", Decimal("870000000000"), "IDR", 2027)),
    ("Tahun depan Pemkab Sukamaju mengusulkan Rp 800 miliar untuk realisasi investasi.",
     ("target", Decimal("800000000000"), "IDR", 2026)),
    ('"Untuk pameran mebel Milan tahun ini kita ajukan 35 perajin rotan," ujar Yusra Hanum.',
     ("target", Decimal("35"), "perajin", 2025)),
    ("Untuk tahun 2026 diusulkan sebesar Rp 2 triliun bagi penanaman modal di kabupaten itu.",
     ("target", Decimal("2000000000000"), "IDR", 2026)),
])
def test_a_value_proposed_for_a_period_not_over_yet_is_a_target(body, expected):
    assert [(t, v, u, y) for t, _, v, u, y in kinds(body)] == [expected]


@pytest.mark.parametrize("body, expected", [
    ('"Yang kita usulkan bagi 2027 Rp 640 miliar," kata Dodi Marhaen.', ("target", Decimal("640000000000"), "IDR", 2027)),
    ("Pemkab Sukamaju juga mengusulkan kepada pemerintah pusat Rp 2 triliun untuk 2026.",
     ("target", Decimal("2000000000000"), "IDR", 2026)),
    ('"Usulan kami untuk 2026 sebesar Rp 6 triliun," ujar Dodi Marhaen.', ("target", Decimal("6000000000000"), "IDR", 2026)),
    ("Usulannya tahun depan 400 IKM ikut kurasi ekspor.", ("target", Decimal("400"), "IKM", 2026)),
])
def test_a_period_a_pronoun_or_whom_it_goes_to_may_stand_between_the_proposal_and_its_value(body, expected):
    assert [(t, v, u, y) for t, _, v, u, y in kinds(body)] == [expected]


def test_a_value_placed_in_answer_to_a_question_about_a_target_is_that_targets():
    body = ("Lalu sasaran penjualan kayu olahan untuk 2027?\n\nKita pasang Rp 95 miliar saja, sebab permintaan "
            "dari Jepang turun.")
    assert [(t, v, u, y) for t, _, v, u, y in kinds(body)] == [("target", Decimal("95000000000"), "IDR", 2027)]


@pytest.mark.parametrize("body", [
    "Koperasi Maju Bersama mengajukan kredit Rp 5 miliar ke bank daerah tahun ini.",   # a loan applied for
    "Tahun ini kami ajukan pinjaman Rp 2 miliar untuk membeli mesin.",                 # a loan, in a period ahead
    "Dinas Koperasi mengusulkan anggaran Rp 3 miliar untuk pameran tahun depan.",      # a budget
    "Anggaran pameran tahun depan kami usulkan Rp 3 miliar.",                          # a budget, the verb before the value
    "Tahun ini perusahaan itu memasang 40 unit mesin pengering baru.",                 # placing things, no target word
    "Tahun depan kami pasang 25 unit panel surya di pabrik.",
    "Pada 2023 kita ajukan 90 perajin ke program itu.",                                # a proposal of a year gone by
    "Siapa saja yang ikut?\n\nKita ajukan 300 perajin ke kurasi.",                      # a question with no target
    "Tahun depan kami ajukan ke bank Rp 2 miliar untuk gudang baru.",                 # a lender applied to
    "Pada 2023 pemkab mengusulkan kepada pemerintah pusat Rp 2 triliun.",             # a year gone by
    "Tahun ini kami usulkan perbaikan 40 unit rumah nelayan.",                        # a thing, no link to the value
    "Tahun ini dinas sudah mengajukan 60 koperasi ke program kurasi.",                    # done this year
    "Hingga Maret tahun ini baru diusulkan 12 IKM.",                                  # so far this year
])
def test_a_proposal_that_is_no_target_stays_a_figure(body):
    assert all(t == "figure" for t, *_ in kinds(body)), kinds(body)


@pytest.mark.parametrize("body", [
    "Untuk 2026, HET beras medium ditetapkan Rp 12.500 per kilogram.",             # a price set
    "Tarif retribusi pasar untuk tahun depan ditetapkan sebesar 5 persen.",         # a tariff
    "Upah minimum kabupaten 2026 ditetapkan sebesar Rp 3,1 juta.",                 # a wage
    "Pada 2023 gubernur menetapkan cadangan pangan daerah sebesar 800 ton.",       # a year gone by
])
def test_a_price_a_tariff_or_a_past_setting_is_no_target(body):
    assert all(t == "figure" for t, *_ in kinds(body)), kinds(body)


@pytest.mark.parametrize("key, forms, not_forms", [
    ("target_words", ["menargetkan", "ditargetkan", "targetkan", "mematok", "dipatok", "patok", "bidik", "incar"], []),
    ("projection_words", ["memperkirakan", "diperkirakan", "perkirakan", "memprediksikan", "estimasikan"], []),
    ("effort_words", ["mengupayakan", "diupayakan", "upayakan", "mengejar", "dikejar"], ["kejar"]),  # kejar paket: a class
    ("target_revising_verbs", ["naikkan", "dinaikkan", "menaikkan", "direvisi", "dipasang"], ["pasang"]),
    ("proposal_verbs", ["mengusulkan", "diusulkan", "usulkan", "mengajukan", "diajukan", "ajukan"], []),
    ("plan_words", ["merencanakan", "direncanakan", "rencanakan", "jadwalkan"], []),
    ("flow_count_verbs", ["menyalurkan", "disalurkan", "salurkan", "mengirim", "dikirim", "menerbitkan"], ["ekspor", "kirim"]),
    ("target_revising_verbs", ["merevisi", "direvisi"], ["revisi"]),                 # bare 'revisi' is the noun
    ("programme_verbs", ["membina", "dibina"], ["bina"]),                            # 'Bina Marga': a name
    ("shipment_release_words", ["melepas", "dilepas"], ["lepas"]),   # bare 'lepas' is 'loose'
])
def test_the_packaged_lists_know_each_voice_of_their_verbs(key, forms, not_forms):
    listed = LEXICON.list(key)
    assert set(forms) <= set(listed) and not set(not_forms) & set(listed)


def test_a_target_answering_a_question_about_a_target_takes_the_period_the_question_names():
    body = ("Apa hasil panen musim lalu?\n\nPada 2024 panen garam rakyat naik ke 41.000 ton.\n\n"
            "Sasaran produksi garam 2025 seperti apa?\n\nKita patok 48.000 ton. Cuaca masih bersahabat.\n\n"
            "Lalu target petambak binaan untuk 2026?\n\nKami bidik 650 petani.")
    assert [(t, v, y) for t, _, v, _, y in kinds(body)] == [
        ("figure", Decimal("41000"), 2024), ("target", Decimal("48000"), 2025), ("target", Decimal("650"), 2026)]


def test_a_question_with_no_target_word_dates_no_answer_and_a_period_the_answer_names_wins():
    body = ("Bagaimana produksi garam musim depan?\n\nKita patok 52.000 ton.\n\n"
            "Sasaran produksi garam 2025 seperti apa?\n\nUntuk 2026 kita patok 57.000 ton.")
    assert [(t, v, y) for t, _, v, _, y in kinds(body)] == [
        ("target", Decimal("52000"), None), ("target", Decimal("57000"), 2026)]


# --- a count a programme will serve (proposed_target -> programme_to_come) ---------------------------

@pytest.mark.parametrize("body, expected", [
    ("Dinas peternakan berencana mendampingi 150 koperasi susu di lereng gunung itu.", ("target", Decimal("150"), "koperasi")),
    ("Mulai 2026 dinas pariwisata akan melatih 75 peserta pemandu selam.", ("target", Decimal("75"), "peserta")),
    ('"Kita sediakan pendampingan bagi 90 koperasi nelayan tahun ini," kata Galih Purbasari.', None),  # no programme verb
    ('"Tahun ini kita fasilitasi 90 koperasi nelayan supaya bisa menjual ke hotel," kata Galih Purbasari.',
     ("target", Decimal("90"), "koperasi")),
    ("Pada 2026 kementerian direncanakan membina 500 IKM di kawasan itu.", ("target", Decimal("500"), "IKM")),
])
def test_a_count_a_programme_will_serve_is_a_target(body, expected):
    got = [(t, v, u) for t, _, v, u, _ in kinds(body)]
    assert got == [expected] if expected else all(t == "figure" for t, *_ in got)


@pytest.mark.parametrize("body", [
    "Selama 2024 balai itu mendampingi 830 petani kakao di sembilan kecamatan.",  # a service done
    "Tahun ini dinas sudah melatih 40 IKM batik.",                             # done this year so far
    "Hingga Februari, balai telah membina 35 koperasi.",                       # done
    "Dinas akan memfasilitasi pameran senilai Rp 2 miliar tahun depan.",       # money, no count served
    "Tahun lalu kita fasilitasi 80 nelayan.",                                   # a year gone by
])
def test_a_service_done_stays_a_result(body):
    assert all(t == "figure" for t, *_ in kinds(body)), kinds(body)


@pytest.mark.parametrize("body", [
    "Tahun ini pemerintah menetapkan 10 KEK baru di luar Jawa.",                # the setting done this year
    "Tahun ini gubernur menetapkan 12 desa sebagai sentra kopi.",
])
def test_a_setting_done_this_year_is_no_target(body):
    assert all(t == "figure" for t, *_ in kinds(body)), kinds(body)


@pytest.mark.parametrize("body, expected", [
    ("Nilai investasi yang diusulkan untuk 2026 mencapai Rp 3 triliun.", ("target", Decimal("3000000000000"), 2026)),
    ('"Angka Rp 7 triliun yang kami usulkan untuk 2026 itu terlalu tinggi," ujar Dodi Marhaen.',
     ("target", Decimal("7000000000000"), 2026)),
    ("Sebanyak 80 IKM yang diajukan dinas tahun ini akan ikut pameran di Dubai.", ("target", Decimal("80"), 2025)),
])
def test_a_proposal_told_after_its_value_or_joined_to_it_by_a_verb_of_reaching(body, expected):
    assert [(t, v, y) for t, _, v, _, y in kinds(body)] == [expected]


@pytest.mark.parametrize("body", [
    "Sebanyak 70 IKM yang diajukan dinas tahun lalu lolos kurasi.",                  # a year gone by
    "Sebanyak 300 perajin yang diusulkan tahun ini sudah lolos kurasi.",               # done
    "Rp 2 miliar yang kami ajukan ke bank tahun ini belum cair.",                   # a loan
    "Sebanyak 40 unit mesin yang dipasang tahun ini berasal dari Jepang.",          # placed things
])
def test_a_proposal_told_after_its_value_that_is_no_target(body):
    assert all(t == "figure" for t, *_ in kinds(body)), kinds(body)


# --- stems whose bare form is mostly another word: only their active and passive voices are listed ------

@pytest.mark.parametrize("body, expected", [
    # 'jasa kirim' is a noun compound: no flow verb, so the count stands at the day named
    ("Per 28 Februari 2025, jumlah kurir jasa kirim di Kota Ranumerta sebanyak 3.400 orang.",
     ("figure", Decimal("3400"), "orang", "2025-02-28")),
    ("Per 31 Januari 2025, jumlah agen jasa kirim di provinsi itu tercatat 640 orang.",
     ("figure", Decimal("640"), "orang", "2025-01-31")),
])
def test_a_noun_compound_with_kirim_makes_no_flow(body, expected):
    assert [(f.type, f.value, f.unit, str(f.period.start)) for f in figures(body)] == [expected]


@pytest.mark.parametrize("body", [
    "Demi mengejar sasaran tanpa revisi itu, utilisasi pabrik yang kini baru 58 persen harus dinaikkan.",  # the noun 'revisi'
    "Lulusan program kejar paket B tahun ini mencapai 900 orang.",                 # 'kejar paket': a class
    "Peserta kejar paket C di kecamatan itu tahun lalu berjumlah 240 orang.",
    "Tahun ini Balai Bina Marga membangun 14 unit jembatan desa.",                 # 'Bina' in a name
    "Tahun depan Lembaga Bina Usaha Tani menyalurkan 260 unit traktor kepada kelompok tani.",
])
def test_a_bare_stem_that_is_a_noun_or_a_name_makes_no_target(body):
    assert all(t == "figure" for t, *_ in kinds(body)), kinds(body)
