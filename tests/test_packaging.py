"""The installed package carries its ontology: a wheel built from the project, installed in a fresh
virtual environment, answers `kg query NAME`, `kg query -f NAME` and `kg validate` from any folder."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SKIP = shutil.ignore_patterns(".git", ".venv", ".eval-data", "build", "dist", "*.egg-info", "__pycache__",
                              ".pytest_cache", ".hypothesis", "kg-data", "demo-output", "node_modules")
ARTICLE = ("Harbour works resume\n\n"
           "Lena Brandt, the director of the port authority, said on Tuesday that the cranes were safe.\n"
           "Oskar Falk denied that the cranes were safe.\n")


def _run(args, cwd, env, timeout=600):
    result = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, f"{args}\nstdout: {result.stdout}\nstderr: {result.stderr}"
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """A wheel of the project installed in a fresh venv; its dependencies come from this environment."""
    base = tmp_path_factory.mktemp("packaging")
    source = base / "source"
    shutil.copytree(ROOT, source, ignore=SKIP)  # build from a copy: no build/ or egg-info in the project
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--disable-pip-version-check",
          "-w", str(base / "dist"), str(source)], base, env)
    wheel = next((base / "dist").glob("kg-*.whl"))
    venv = base / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], base, env)
    python = venv / "bin" / "python"
    _run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--quiet",
          "--disable-pip-version-check", str(wheel)], base, env)
    site = _run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], base, env)
    # rdflib, pyoxigraph, pyshacl, spaCy: reuse this environment's copies instead of downloading them
    # again. A path in a .pth file is only appended to sys.path, so the wheel's kg still comes first.
    Path(site.stdout.strip(), "deps.pth").write_text(
        "\n".join(dict.fromkeys([sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]])) + "\n")
    elsewhere = base / "elsewhere"
    elsewhere.mkdir()
    return {"wheel": wheel, "venv": venv, "python": python, "cwd": elsewhere, "env": env}


def test_the_wheel_contains_the_ontology(installed):
    names = set(zipfile.ZipFile(installed["wheel"]).namelist())
    assert {"kg/ontology/kg.ttl", "kg/ontology/shapes.ttl", "kg/ontology/queries/denials.rq"} <= names
    shipped = {name.rsplit("/", 1)[1] for name in names if name.startswith("kg/ontology/queries/")}
    assert shipped == {p.name for p in (ROOT / "ontology" / "queries").glob("*.rq")}


@pytest.mark.slow
def test_installed_kg_queries_by_name_and_validates_from_another_folder(installed):
    python, cwd, env = installed["python"], installed["cwd"], installed["env"]
    where = _run([str(python), "-c", "import kg; print(kg.__file__)"], cwd, env).stdout.strip()
    assert Path(where).is_relative_to(installed["venv"]), where  # the wheel's kg, not the project's
    kg = [str(installed["venv"] / "bin" / "kg")]
    (cwd / "harbour.txt").write_text(ARTICLE, encoding="utf-8")
    _run(kg + ["ingest", "harbour.txt", "--store", "store"], cwd, env)

    by_name = _run(kg + ["query", "denials", "--store", "store", "--format", "csv"], cwd, env).stdout
    assert by_name.splitlines()[0] == "source,claim,article,sentence"
    assert "Oskar Falk" in by_name and "harbour" in by_name
    by_file_name = _run(kg + ["query", "-f", "denials", "--store", "store", "--format", "csv"], cwd, env).stdout
    assert by_file_name == by_name
    validated = _run(kg + ["validate", "--store", "store"], cwd, env)
    assert "conforms" in validated.stdout
