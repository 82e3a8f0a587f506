#!/usr/bin/env python3
"""Makes states.csv, zip3.csv and zip_exceptions.csv from shared/data/geo-us.

    python3 derive.py ../../../shared/data/geo-us

The project builds from the CSV files alone; this script records how they
were made.
"""
import collections, csv, pathlib, re, sys

src = pathlib.Path(sys.argv[1])
here = pathlib.Path(__file__).parent
rows = list(csv.DictReader(open(src / "us_zips.csv")))
prefixes = collections.defaultdict(collections.Counter)
for r in rows:
    prefixes[r["zip"][:3]][r["state"]] += 1
majority = {p: c.most_common(1)[0][0] for p, c in prefixes.items()}
with open(here / "zip3.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["prefix", "state", "zips"])
    for p in sorted(prefixes):
        w.writerow([p, majority[p], sum(prefixes[p].values())])
with open(here / "zip_exceptions.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["zip", "state"])
    for r in rows:
        if r["state"] != majority[r["zip"][:3]]:
            w.writerow([r["zip"], r["state"]])
# The state table derive_us.py itself uses (FIPS, USPS code, name).
table = re.findall(r'"(\d\d)": \("([A-Z]{2})", "([^"]+)", (\d+)\)', open(src / "derive_us.py").read())
with open(here / "states.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["fips", "postal", "name"])
    for fips, postal, name, _ in table:
        w.writerow([fips, postal, name])
