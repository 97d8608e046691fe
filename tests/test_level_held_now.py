"""A level held said as of now (kg/extract/frame.py `level_held_now`, `level_now_frame`; decision 0062), on
sentences written for these tests: a stock or reserve 'saat ini' / 'kini' / 'sekarang' / 'per hari ini' in a dated
text stood on the publication day; the breakdown told after it, before any period is named, is of that day too.
Counts of things that stand ('saat ini terdapat 40 eksportir'), undated text and flows keep no period as before."""
import pytest

from kg.extract import extract
from kg.extract.lexicon import Lexicon
from kg.extract.read import parse_article

LEXICON = Lexicon.default()
HEAD = "Judul Berita Pangan Untuk Pengujian\n\nKoran Uji, KUPANG — "
DAY = ("2026-03-12", "2026-03-12")


def figures(body: str, published: str | None = "2026-03-12"):
    meta = f"---\npublished: {published}\n---\n" if published else ""
    return extract(parse_article(f"{meta}{HEAD}{body}\n", lexicon=LEXICON), LEXICON).figures


def period_of(figs, value: str):
    figure = next(f for f in figs if str(f.value) == value)
    return (figure.period.start.isoformat(), figure.period.end.isoformat()) if figure.period else None


@pytest.mark.parametrize("sentence, value", [
    ("Kepala gudang itu, Markus Ledo, mengatakan stok jagung di gudang koperasi saat ini sebanyak 4.200 ton.", "4200"),
    ("Persediaan gula pasir milik distributor kini mencapai 860 ton, cukup untuk dua bulan.", "860"),
    ("Menurut Rini Astuti, cadangan beras daerah yang tersimpan di lumbung desa sekarang berjumlah 73 ton.", "73"),
    ("Saat ini stok minyak goreng di pasar induk tercatat 12.500 liter, kata pengelola pasar.", "12500"),
    ("Stok bawang merah yang dikuasai pedagang besar per hari ini sekitar 310 ton.", "310"),
    ("Cadangan pangan pemerintah kabupaten pada saat ini mencapai 95 ton beras.", "95"),
])
def test_a_level_held_now_stood_on_the_publication_day(sentence, value):
    figs = figures(sentence)
    assert period_of(figs, value) == DAY
    assert next(f for f in figs if str(f.value) == value).why["period"].startswith("a level held now")


@pytest.mark.parametrize("body, values", [
    ("Kepala cabang koperasi, Yoseph Bere, mengatakan stok gabah di gudang koperasi saat ini 5.600 ton.\n\n"
     "Adapun di lumbung desa tersimpan 1.300 ton.\n\n"
     "Untuk benih, persediaannya 2.100 ton, dan stok untuk penjualan eceran 900 ton.", ("5600", "1300", "2100", "900")),
    ("Persediaan garam di pelabuhan itu sekarang sekitar 7.400 ton. Gudang milik petambak menyimpan 2.250 ton, "
     "sisanya 5.150 ton di gudang pengepul.", ("7400", "2250", "5150")),
    ("Cadangan gula daerah kini mencapai 640 ton.\n\nPorsi stok terbesar, 35 persen, ada di Sikka.",
     ("640", "35")),
])
def test_the_breakdown_after_a_level_held_now_is_of_that_day(body, values):
    figs = figures(body)
    for value in values:
        assert period_of(figs, value) == DAY, value


def test_a_value_of_another_time_under_the_day_of_a_level_is_not_of_that_day():
    figs = figures("Stok kedelai di gudang importir saat ini 8.000 ton.\n\n"
                   "Lazimnya cuma 3.500 ton menjelang Lebaran.\n\n"
                   "Dulu gudang itu sempat menampung 10.000 ton.")
    assert period_of(figs, "8000") == DAY
    assert period_of(figs, "3500") is None
    assert period_of(figs, "10000") is None


# --- counter-sentences: the same surface, another meaning -----------------------------------------------------

def test_a_count_of_what_stands_now_keeps_no_period():
    figs = figures("Ia menyebut saat ini terdapat 57 eksportir kopi yang aktif di provinsi itu.")
    assert period_of(figs, "57") is None


def test_a_level_held_now_in_undated_text_has_no_period():
    figs = figures("Stok jagung di gudang koperasi saat ini sebanyak 4.200 ton.", published=None)
    assert period_of(figs, "4200") is None


def test_a_flow_into_a_level_said_so_far_is_no_level():
    # the stock is where the purchases go: a flow, not the level that stands now
    figs = figures("Penyerapan gabah untuk stok cadangan pemerintah hingga saat ini mencapai 4.200 ton.")
    assert period_of(figs, "4200") is None


def test_a_stock_sold_now_is_a_flow_not_a_level():
    figs = figures("Stok beras yang terjual di pasar murah kini mencapai 640 ton.")
    assert period_of(figs, "640") is None


def test_a_level_said_as_of_a_named_period_keeps_that_period():
    figs = figures("Stok beras di gudang itu pada akhir Februari 2026 sebanyak 7.300 ton, dan kini sudah 6.100 ton.")
    assert period_of(figs, "7300") == ("2026-02-01", "2026-02-28")


def test_the_frame_of_a_period_named_before_is_not_replaced_by_a_level_now():
    figs = figures("Ekspor kopi daerah itu sepanjang 2025 mencapai 9.000 ton.\n\n"
                   "Stok kopi di gudang eksportir saat ini 400 ton.\n\n"
                   "Volume itu dikirim ke 12 negara.")
    assert period_of(figs, "9000") == ("2025-01-01", "2025-12-31")
    assert period_of(figs, "400") == DAY
    assert period_of(figs, "12") == ("2025-01-01", "2025-12-31")  # the year's frame, as before


def test_a_share_held_now_is_no_level_day_of_its_own():
    figs = figures("Saat ini porsi stok beras premium sekitar 70 persen.")
    assert period_of(figs, "70") is None


# --- review_nowday26 findings 3 and 4: what stands beside a level held now is not its breakdown -----------------

@pytest.mark.parametrize("body, value", [
    # a change of the level (a growth, not the level on one day)
    ("Persediaan jagung di gudang koperasi kini menyusut 700 ton dibanding pekan lalu.", "-700"),
    ("Stok gula di gudang distributor saat ini bertambah 120 ton dari awal bulan.", "120"),
    # an addition or an import into the level
    ("Cadangan beras daerah sekarang ditambah 450 ton untuk menghadapi kemarau.", "450"),
    ("Stok kedelai nasional saat ini ditambah impor 90.000 ton dari Brasil.", "90000"),
    ("Persediaan minyak goreng kini ditambahkan 2.000 liter dari pabrik di Dumai.", "2000"),
    # a plan to change the level
    ("Koperasi itu kini berencana menambah stok gabah menjadi 6.000 ton.", "6000"),
    ("Pemerintah kabupaten sekarang merencanakan cadangan pangan naik menjadi 210 ton.", "210"),
    # another measure under the level word
    ("Kini koperasi harus mengurus stok pupuk dengan anggaran Rp 3 miliar dari APBD.", "3000000000"),
    ("Stok bawang putih di pasar saat ini cukup, dengan kebutuhan 380 ton per bulan.", "380"),
    # what was before
    ("Stok jagung yang dikuasai koperasi saat ini pernah mencapai 9.000 ton.", "9000"),
    ("Persediaan gula milik pedagang kini sempat menyentuh 1.100 ton sebelum Ramadan.", "1100"),
])
def test_a_change_an_addition_a_plan_or_another_measure_under_a_level_said_now_has_no_day(body, value):
    figs = figures(body)
    assert period_of(figs, value) is None


def test_flows_prices_and_counts_after_a_level_held_now_are_not_of_its_day():
    figs = figures("Persediaan gabah di lumbung koperasi sekarang 3.400 ton.\n\n"
                   "Koperasi menjual 260 ton beras ke pasar dan membeli 75 ton gabah dari petani.\n\n"
                   "Harga gabah kering panen di tingkat petani Rp 6.200 per kg.\n\n"
                   "Koperasi itu punya 14 gudang dan 3 unit pengering.")
    assert period_of(figs, "3400") == DAY
    for value in ("260", "75", "6200", "14", "3"):
        assert period_of(figs, value) is None, value


def test_a_flow_said_after_a_level_held_now_in_its_unit_is_no_breakdown():
    figs = figures("Cadangan beras pemerintah kota kini 820 ton.\n\n"
                   "Sepekan terakhir dinas menyalurkan 60 ton untuk bantuan, dan menyerap 45 ton dari penggilingan.")
    assert period_of(figs, "820") == DAY
    assert period_of(figs, "60") is None
    assert period_of(figs, "45") is None
