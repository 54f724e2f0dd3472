"""An earlier revision's retrieval code, unpacked once into the work folder, so that a benchmark
can run it beside ours in the same run: in a subprocess (both are the package `retrieval`), or
in this process under another package name, question by question beside ours."""

from __future__ import annotations

import importlib
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_REF = "504093c"  # the last release before the answer-quality work (issue 8)


def unpack(ref: str, work: Path) -> Path:
    """The folder holding that revision's `retrieval` package."""
    tree = work / f"baseline-{ref}"
    if not (tree / "retrieval").is_dir():
        tree.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref, "retrieval"], check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    return tree


def run(tree: Path, driver: str, *args: str, stdin: str = "") -> str:
    """Runs a driver script with the revision's package first on sys.path (argv[1])."""
    proc = subprocess.run([sys.executable, "-c", driver, str(tree), *args], input=stdin, capture_output=True,
                          text=True)
    if proc.returncode:
        raise RuntimeError(f"baseline driver failed:\n{proc.stderr[-2000:]}")
    return proc.stdout


def load(tree: Path) -> ModuleType:
    """The revision's package imported in this process as `retrieval_<ref>` (its imports are
    relative, so a copy under another name is the same code)."""
    name = "retrieval_" + tree.name.removeprefix("baseline-")
    home = tree.parent / f"package-{tree.name}"
    if not (home / name).is_dir():
        shutil.copytree(tree / "retrieval", home / name, ignore=shutil.ignore_patterns("__pycache__"))
    if str(home) not in sys.path:
        sys.path.insert(0, str(home))
    return importlib.import_module(name)
