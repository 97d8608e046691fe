"""Extraction golden files and scores.

Golden files (tests/golden/extract/*.json) hold what `kg extract` prints for the bundled
corpus and our own test articles, with IRIs dropped; run with KG_REGENERATE_GOLDEN=1 to
rewrite them after an intended change, and review the diff.
"""
import functools
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.pipeline import extract_file
from kg.build.records import facts_record
from conftest import CORPUS, ROOT, SCORER, TEST_ARTICLES, strict_f1

GOLDEN = Path(__file__).parent / "golden" / "extract"
HELDOUT = Path(__file__).parent / "heldout"
HELDOUT2 = Path(__file__).parent / "heldout2"
HELDOUT3 = Path(__file__).parent / "heldout3"
HELDOUT4 = Path(__file__).parent / "heldout4"
HELDOUT5 = Path(__file__).parent / "heldout5"
HELDOUT6 = Path(__file__).parent / "heldout6"
HELDOUT7 = Path(__file__).parent / "heldout7"
HELDOUT8 = Path(__file__).parent / "heldout8"
HELDOUT9 = Path(__file__).parent / "heldout9"
HELDOUT10 = Path(__file__).parent / "heldout10"
HELDOUT11 = Path(__file__).parent / "heldout11"
HELDOUT12 = Path(__file__).parent / "heldout12"
HELDOUT13 = Path(__file__).parent / "heldout13"
HELDOUT14 = Path(__file__).parent / "heldout14"
HELDOUT15 = Path(__file__).parent / "heldout15"
HELDOUT16 = Path(__file__).parent / "heldout16"
HELDOUT17 = Path(__file__).parent / "heldout17"
HELDOUT18 = Path(__file__).parent / "heldout18"
HELDOUT19 = Path(__file__).parent / "heldout19"
HELDOUT20 = Path(__file__).parent / "heldout20"
HELDOUT21 = Path(__file__).parent / "heldout21"
HELDOUT22 = Path(__file__).parent / "heldout22"
ARTICLES = sorted(CORPUS.glob("*.txt")) + sorted(TEST_ARTICLES.glob("*.txt")) + sorted((HELDOUT / "articles").glob("*.txt"))


def normalised(record: dict) -> dict:
    def strip(value):
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in ("iri", "restates", "range_with", "source")}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value
    return strip(record)


@functools.cache
def record_of(path: Path) -> dict:
    """What `kg extract` prints for the article (read, not changed, by the two tests of every article)."""
    return facts_record(extract_file(path), path.name)


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_extraction_matches_golden_file(path):
    record = normalised(record_of(path))
    golden = GOLDEN / f"{path.stem}.json"
    if os.environ.get("KG_REGENERATE_GOLDEN") or not golden.exists():
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(json.dumps(record, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    assert record == json.loads(golden.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_evidence_offsets_point_into_the_article(path):
    text = path.read_text(encoding="utf-8")
    for fact in record_of(path)["facts"]:
        if "evidence" in fact:
            ev = fact["evidence"]
            assert text[ev["start"]:ev["end"]] == ev["text"]


@pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer is not beside the project")
def test_seed_articles_score_at_least_095():
    """The scorer as its README runs it: it starts `kg extract --format json` as a process and reads its
    output (the other scored sets read that output extracted once a session in this process, conftest.py)."""
    out = subprocess.run([sys.executable, str(SCORER), "--gold", str(ROOT.parent / "shared" / "gold" / "seeds"),
                          "--articles", str(CORPUS), "--cmd", f"{sys.executable} -m kg.cli extract --format json"],
                         capture_output=True, text=True, check=True).stdout
    assert float(out.strip().splitlines()[-1].split(":")[1]) >= 0.95


@pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer is not beside the project")
def test_own_articles_do_not_regress(extracted):
    """Guards the level reached (0.90 strict F1 when written, the issue's bar)."""
    assert strict_f1(Path(__file__).parent / "gold", TEST_ARTICLES, extracted) >= 0.88


@pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer is not beside the project")
def test_articles_written_apart_from_the_extractor_do_not_regress(extracted):
    """tests/heldout was written without looking at the extractor: 0.693 before any change
    prompted by it, 0.82 after fixing the general patterns it showed."""
    assert strict_f1(HELDOUT / "gold", HELDOUT / "articles", extracted) >= 0.78


@pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer is not beside the project")
def test_second_articles_written_apart_do_not_regress(extracted):
    """tests/heldout2 was written without looking at the extractor: 0.815 when written."""
    assert strict_f1(HELDOUT2 / "gold", HELDOUT2 / "articles", extracted) >= 0.79


@pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer is not beside the project")
def test_third_articles_written_apart_do_not_regress(extracted):
    """tests/heldout3 was written without looking at the extractor: 0.932 when written."""
    assert strict_f1(HELDOUT3 / "gold", HELDOUT3 / "articles", extracted) >= 0.91


def part_of(folder: Path, prefix: str, into: Path) -> Path:
    """A copy of `folder`'s articles and gold whose names start with `prefix` (a glob pattern:
    '?0[1357]' is every writer's odd-numbered articles)."""
    for kind in ("articles", "gold"):
        (into / kind).mkdir(parents=True)
        for path in (folder / kind).glob(prefix + "*"):
            (into / kind / path.name).write_bytes(path.read_bytes())
    return into


@pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer is not beside the project")
def test_fourth_articles_written_apart_do_not_regress(tmp_path, extracted):
    """tests/heldout4 was written without looking at the extractor: 0.692 when written (A 0.706,
    B 0.676); A was then used for development (0.938), B held out (0.713 at the end of that round),
    then used for development in session 20 (0.881)."""
    developed, held = part_of(HELDOUT4, "A", tmp_path / "a"), part_of(HELDOUT4, "B", tmp_path / "b")
    assert strict_f1(developed / "gold", developed / "articles", extracted) >= 0.92
    assert strict_f1(held / "gold", held / "articles", extracted) >= 0.85


# tests/heldout5 and tests/heldout6 were written in session 20 without looking at the extractor:
# heldout5 0.619 when written (C 0.676, D 0.555), heldout6 0.593 (E 0.750, F 0.442). C and F were
# then used for development (0.782 and 0.829 at the end of that session), D and E held out (0.604
# and 0.774), all four used for development in session 21 (C 0.897, D 0.865, E 0.861, F 0.860) and
# session 22 (C 0.926, D 0.873, E 0.876, F 0.884): (folder, developed prefix, its floor, held-out prefix, its floor)
WRITTEN_APART_IN_SESSION_20 = [(HELDOUT5, "C", 0.90, "D", 0.85), (HELDOUT6, "F", 0.86, "E", 0.85)]


# tests/heldout7 was written in session 21 the same way: 0.670 when written (G 0.718, H 0.569,
# I 0.649, J 0.739); H and I were used for development (0.828, 0.795 at the end of the session),
# G and J held out (0.882, 0.739), all four used for development in session 22 (G 0.945, H 0.929,
# I 0.961, J 0.984): (folder, developed prefix, its floor, held-out prefix, its floor)
WRITTEN_APART_IN_SESSION_21 = [(HELDOUT7, "H", 0.90, "G", 0.92), (HELDOUT7, "I", 0.93, "J", 0.95)]

# tests/heldout8 was written in session 22 the same way: 0.630 when written (K 0.704, L 0.491, M 0.541,
# N 0.787); L and N were used for development (0.736, 0.822 at the end of the session), K and M held
# out (0.730, 0.717); on the gold as aligned after that scoring with decisions 0036, 0038 and 0039
# (see tests/heldout8/README.md): L 0.722, N 0.909, K 0.739, M 0.717
WRITTEN_APART_IN_SESSION_22 = [(HELDOUT8, "L", 0.70, "K", 0.71), (HELDOUT8, "N", 0.88, "M", 0.69)]

# tests/heldout9 was written in session 23 the same way, by four writers (P Q R S); split by article
# number, pre-registered before any score: 01 03 05 07 developed, 02 04 06 08 held out. 0.712 when
# written (developed half 0.728, held-out half 0.696); end of session 23: 0.885 and 0.711; both halves
# developed in session 24: 0.885 and 0.833 at its end
WRITTEN_APART_IN_SESSION_23 = [(HELDOUT9, "?0[1357]", 0.87, "?0[2468]", 0.81)]

# tests/heldout10 was written in session 24 the same way (T U V W), the whole set held out that session:
# 0.759 when written and 0.759 at the end; by writer pair at the end: T and U 0.654, V and W 0.849;
# developed in session 25: T and U 0.843, V and W 0.916 at its end
WRITTEN_APART_IN_SESSION_24 = [(HELDOUT10, "[TU]", 0.82, "[VW]", 0.89)]

# tests/heldout11 was written in session 25 the same way by two writers (HA regional offices and their
# officials, HB several voices and cited sources), the whole set held out that session: 0.728 when
# written (HA 0.756, HB 0.706) and 0.748 at the end (HA 0.756, HB 0.742)
WRITTEN_APART_IN_SESSION_25 = [(HELDOUT11, "HA", 0.73, "HB", 0.72)]

# tests/heldout12 was written in session 26 the same way by two writers (JA regional pages, JB national
# pages with several voices), the whole set held out that session: 0.759 when written (JA 0.852,
# JB 0.667) and 0.759 at the end (the same)
WRITTEN_APART_IN_SESSION_26 = [(HELDOUT12, "JA", 0.83, "JB", 0.64)]

# tests/heldout13 was written in session 27 the same way by two writers (JA regional pages, JB national
# pages with several voices and a press release), the whole set held out that session: 0.866 when written
# (JA 0.830, JB 0.900) and 0.866 at the end (the same: not one fact changed)
WRITTEN_APART_IN_SESSION_27 = [(HELDOUT13, "JA", 0.81, "JB", 0.88)]

# tests/heldout14 was written in session 28 the same way by two writers (KA regional pages, KB national
# pages with several voices and a press release with a sign-off block), the whole set held out that session:
# 0.877 when written (KA 0.891, KB 0.862) and 0.877 at the end (the same: not one fact changed)
WRITTEN_APART_IN_SESSION_28 = [(HELDOUT14, "KA", 0.87, "KB", 0.84)]

# tests/heldout15 was written in session 29 the same way by two writers (LA regional pages, LB national
# pages with several voices, regulations and a press release), the whole set held out that session: 0.804 when
# written (LA 0.796, LB 0.810) and 0.804 at the end (the same: not one fact changed)
WRITTEN_APART_IN_SESSION_29 = [(HELDOUT15, "LA", 0.77, "LB", 0.78)]

# tests/heldout16 was written in session 30 the same way by two writers (MA regional pages, MB national
# pages with several voices, decrees and a press release), the whole set held out that session: 0.887 when
# written (MA 0.896, MB 0.879) and 0.887 at the end (the same: not one fact changed)
WRITTEN_APART_IN_SESSION_30 = [(HELDOUT16, "MA", 0.87, "MB", 0.85)]

# tests/heldout17 was written in session 31 the same way by two writers (NA regional pages, NB national pages
# with several voices, a press release, decrees), the whole set held out that session: 0.900 when written
# (NA 0.938, NB 0.861) and 0.900 at the end (the same: not one fact changed)
WRITTEN_APART_IN_SESSION_31 = [(HELDOUT17, "NA", 0.92, "NB", 0.84)]

# tests/heldout18 was written in session 32 the same way by two writers (OA regional pages, OB national pages with
# several voices, a press release, decrees), the whole set held out that session: 0.872 when written (OA 0.849, OB
# 0.897) and 0.882 at the end (OA 0.849, OB 0.918: decision 0086, see its README)
WRITTEN_APART_IN_SESSION_32 = [(HELDOUT18, "OA", 0.83, "OB", 0.90)]

# tests/heldout19 was written in session 33 the same way by two writers (PA regional pages, PB national pages with
# several voices, a press release, decrees), the whole set held out that session: 0.912 when written (PA 0.963, PB
# 0.870) and 0.912 at the end (the same: no strict fact changed; see its README)
WRITTEN_APART_IN_SESSION_33 = [(HELDOUT19, "PA", 0.94, "PB", 0.85)]

# tests/heldout20 was written in session 34 the same way by two writers (QA regional pages, QB national pages with
# several voices, a press release, regulations), the whole set held out that session: 0.924 when written (QA 0.938,
# QB 0.910) and 0.927 at the end (QA 0.945, QB 0.910; decision 0090, see its README)
WRITTEN_APART_IN_SESSION_34 = [(HELDOUT20, "QA", 0.93, "QB", 0.89)]

# tests/heldout21 was written in session 35 the same way by two writers (GA regional pages, GB national pages), on
# topics new to the sets, the whole set held out that session: 0.867 when written (GA 0.801, GB 0.935) and 0.867 at
# the end (the same; decision 0092 changed no strict fact of it, see its README)
WRITTEN_APART_IN_SESSION_35 = [(HELDOUT21, "GA", 0.79, "GB", 0.92)]

# tests/heldout22 was written in session 36 the same way by two writers (DA regional pages, DB national pages), on
# topics new to the sets, the whole set held out that session: 0.856 when written (DA 0.794, DB 0.917) and 0.856 at
# the end (the same; decision 0095 changed no strict fact of it, see its README)
WRITTEN_APART_IN_SESSION_36 = [(HELDOUT22, "DA", 0.78, "DB", 0.90)]


@pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer is not beside the project")
@pytest.mark.parametrize("folder, dev, dev_floor, held_out, held_floor",
                         WRITTEN_APART_IN_SESSION_20 + WRITTEN_APART_IN_SESSION_21 + WRITTEN_APART_IN_SESSION_22
                         + WRITTEN_APART_IN_SESSION_23 + WRITTEN_APART_IN_SESSION_24 + WRITTEN_APART_IN_SESSION_25
                         + WRITTEN_APART_IN_SESSION_26 + WRITTEN_APART_IN_SESSION_27 + WRITTEN_APART_IN_SESSION_28
                         + WRITTEN_APART_IN_SESSION_29 + WRITTEN_APART_IN_SESSION_30 + WRITTEN_APART_IN_SESSION_31
                         + WRITTEN_APART_IN_SESSION_32 + WRITTEN_APART_IN_SESSION_33 + WRITTEN_APART_IN_SESSION_34
                         + WRITTEN_APART_IN_SESSION_35 + WRITTEN_APART_IN_SESSION_36,
                         ids=["heldout5", "heldout6", "heldout7-HG", "heldout7-IJ", "heldout8-LK", "heldout8-NM",
                              "heldout9-odd-even", "heldout10-TU-VW", "heldout11-HA-HB", "heldout12-JA-JB", "heldout13-JA-JB", "heldout14-KA-KB",
                              "heldout15-LA-LB", "heldout16-MA-MB", "heldout17-NA-NB", "heldout18-OA-OB",
                              "heldout19-PA-PB", "heldout20-QA-QB", "heldout21-GA-GB", "heldout22-DA-DB"])
def test_articles_written_apart_do_not_regress(folder, dev, dev_floor, held_out, held_floor, tmp_path, extracted):
    developed, held = part_of(folder, dev, tmp_path / "dev"), part_of(folder, held_out, tmp_path / "held")
    assert strict_f1(developed / "gold", developed / "articles", extracted) >= dev_floor
    assert strict_f1(held / "gold", held / "articles", extracted) >= held_floor
