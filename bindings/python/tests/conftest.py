"""Import the Python package: the wheel installed in this environment when
AMPARO_PYTHON_INSTALLED=1 (CI installs it with pip in a fresh virtual
environment), else the package bindings/generate.sh assembled in
build/bindings/python-package (the same files the wheel holds)."""

import os
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[3]
if os.environ.get("AMPARO_PYTHON_INSTALLED") != "1":
    PACKAGE = ROOT / "build" / "bindings" / "python-package"
    if not (PACKAGE / "amparo" / "amparo.py").exists():
        raise RuntimeError(f"no Python package in {PACKAGE}: run bindings/generate.sh first")
    sys.path.insert(0, str(PACKAGE))
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
