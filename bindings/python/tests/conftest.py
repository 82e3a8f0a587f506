"""Import the generated module from build/bindings/python (bindings/generate.sh)."""

import pathlib
import sys

GENERATED = pathlib.Path(__file__).resolve().parents[3] / "build" / "bindings" / "python"
if not (GENERATED / "amparo.py").exists():
    raise RuntimeError(f"no generated bindings in {GENERATED}: run bindings/generate.sh first")
sys.path.insert(0, str(GENERATED))
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
