"""The installed `kg` is the whole package.

CI installs the project as a wheel, and the `kg` console script imports that copy, not the
source tree. A file the wheel leaves out (an ignore pattern such as `build/` once dropped the
whole `kg.build` package) breaks every command while in-process tests, which import the source
tree, still pass. So: from a folder outside the repository, every module of the source tree
must import, and the console script must start.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def source_modules() -> list[str]:
    names = []
    for path in sorted((ROOT / "kg").rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if "_resources" in parts or parts[-1] == "__main__":  # __main__ runs the CLI
            continue
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def test_every_source_module_imports_from_the_installed_package(tmp_path):
    modules = source_modules()
    assert "kg.build.graph" in modules and "kg.cli" in modules
    code = ("import importlib, sys\n"
            "missing = []\n"
            "for name in sys.argv[1:]:\n"
            "    try:\n"
            "        importlib.import_module(name)\n"
            "    except ModuleNotFoundError as error:\n"
            "        missing.append(f'{name}: {error}')\n"
            "print('\\n'.join(missing))\n")
    done = subprocess.run([sys.executable, "-c", code, *modules], cwd=tmp_path, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "", f"missing from the installed package:\n{done.stdout}"


def test_the_console_script_starts(tmp_path):
    script = Path(sys.executable).parent / "kg"
    done = subprocess.run([str(script), "--help"], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "ingest" in done.stdout
