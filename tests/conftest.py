import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
TEST_ARTICLES = Path(__file__).resolve().parent / "articles"


@pytest.fixture(scope="session")
def seeds_store(tmp_path_factory):
    """A store built once from the bundled corpus (tests must not write to it)."""
    import kg
    path = tmp_path_factory.mktemp("seeds") / "store"
    store = kg.open(path)
    outcomes = store.build()
    assert all(o.status == "added" for o in outcomes), [(o.source, o.status, o.message) for o in outcomes]
    store.store.flush()
    del store
    return path


@pytest.fixture
def fresh_store(tmp_path):
    import kg
    return kg.open(tmp_path / "store")


@pytest.fixture
def runner():
    return CliRunner()


def copy_store(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst)
    return dst
