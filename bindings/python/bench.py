"""What a call costs from Python through the generated bindings (ctypes).

Run after `bindings/generate.sh --release`:
    python3 bindings/python/bench.py
Prints figures; it asserts nothing (speed is measured, never tested).
"""

import pathlib
import sys
import timeit

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "build" / "bindings" / "python"))
import amparo  # noqa: E402

app = amparo.Amparo(["es-MX"])
cases = {
    "rights_card('at-home', 'en')": lambda: app.rights_card("at-home", "en"),
    "topics()": app.topics,
    "topic('at-home')": lambda: app.topic("at-home"),
    "find_help(GPS, Los Angeles)": lambda: app.find_help(
        amparo.HelpQuery(
            place=amparo.Place.COORDINATES(latitude=34.0537, longitude=-118.2428),
            services=[], speaks=None, limit=None, at=None, include_low_confidence=False,
        )
    ),
    "find_help(ZIP 90012)": lambda: app.find_help(
        amparo.HelpQuery(
            place=amparo.Place.ZIP(code="90012"),
            services=[], speaks=None, limit=None, at=None, include_low_confidence=False,
        )
    ),
    "Amparo(['es-MX'])": lambda: amparo.Amparo(["es-MX"]),
}
for name, call in cases.items():
    number = 2_000
    rounds = timeit.repeat(call, number=number, repeat=5)
    per_call = sorted(r / number * 1e6 for r in rounds)
    print(f"{name:34} median {per_call[2]:8.2f} µs/call (min {per_call[0]:.2f}, max {per_call[-1]:.2f}; 5 rounds of {number})")
