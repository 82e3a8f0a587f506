#!/usr/bin/env python3
"""Makes Connecticut's geography for the pack from shared/data/geo-us (2023
county equivalents: the nine planning regions) and the former-county
aliases from derive_aliases.mjs's output.

    node derive_aliases.mjs > former_counties.json   # needs npm: us-atlas@3.0.1 topojson-client@3 d3-geo@1
    python3 derive.py ../../../../../shared/data/geo-us former_counties.json

Writes counties.csv, counties.geojson, zips.csv and aliases.toml here. The
project builds from those files alone; this script only records how they
were made.
"""
import csv, json, sys, pathlib

here = pathlib.Path(__file__).parent
src = pathlib.Path(sys.argv[1])
old = json.load(open(sys.argv[2]))["map"]

with open(src / "us_counties.csv") as f:
    counties = [r for r in csv.DictReader(f) if r["state"] == "CT"]
with open(here / "counties.csv", "w", newline="") as f:
    cols = ["fips", "name", "name_full", "seat", "centroid_lat", "centroid_lon", "interior_lat",
            "interior_lon", "bbox_min_lon", "bbox_min_lat", "bbox_max_lon", "bbox_max_lat", "area_km2", "zip_count"]
    w = csv.DictWriter(f, cols)
    w.writeheader()
    for r in counties:
        # Planning regions have no county seat.
        w.writerow({c: ("" if c == "seat" else r[c]) for c in cols})

geo = json.load(open(src / "us_counties.geojson"))
features = [ft for ft in geo["features"] if str(ft["id"]).startswith("09")]
for ft in features:
    ft["properties"] = {"fips": ft["id"], "name": ft["properties"].get("name", "")}
json.dump({"type": "FeatureCollection", "features": features}, open(here / "counties.geojson", "w"),
          separators=(",", ":"))

with open(src / "us_zips.csv") as f:
    zips = [r for r in csv.DictReader(f) if r["state"] == "CT"]
with open(here / "zips.csv", "w", newline="") as f:
    cols = ["zip", "lat", "lon", "county_fips", "city", "is_zcta", "county_basis", "pip_county_fips",
            "other_county_fips"]
    w = csv.DictWriter(f, cols)
    w.writeheader()
    for r in zips:
        # The 2010 multi-county data cannot be translated to the planning
        # regions (geo-us README), so no other counties are named.
        w.writerow({c: r[c] for c in cols})

names = {r["fips"]: r["name"] for r in counties}
lines = [
    "# Names people use for Connecticut's places, with the 2023 county equivalents",
    "# (the nine planning regions) they mean. People still name the former counties",
    "# (the Census county units until 2022); a former county that spans several",
    "# regions names all of them, the region with most of its ZIPs first (counts of",
    "# 2023 ZCTA points inside each former county's 2017 Census boundary, from",
    "# derive_aliases.mjs).",
    "[aliases]",
]
for key, regions in sorted(old.items(), key=lambda kv: kv[0].split(" ", 1)[1]):
    name = key.split(" ", 1)[1]
    ordered = [fips for fips, _ in sorted(regions.items(), key=lambda kv: -kv[1])]
    counts = ", ".join(f"{names[f]} {regions[f]}" for f in ordered)
    lines.append(f"# {name} County: {counts}")
    value = "[" + ", ".join(f'"{f}"' for f in ordered) + "]"
    lines.append(f'"{name} County" = {value}')
    lines.append(f'"{name}" = {value}')
open(here / "aliases.toml", "w").write("\n".join(lines) + "\n")
print(len(counties), "regions,", len(zips), "ZIPs,", len(old), "former counties")
