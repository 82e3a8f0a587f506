#!/usr/bin/env python3
"""What every state's counties and ZIPs would add to the pack, measured.

Builds, in a temporary folder, a copy of this project's content with a
geography-only folder for every other state made from shared/data/geo-us
the way ../states/ct/geo/derive.py makes Connecticut's, compiles it with
`amparo check --pack-out`, and compares it with the default pack (California
and Connecticut), raw and compressed (gzip -9, xz -9, zstd -19).

    cargo build -p amparo-cli
    python3 content/us/size_report.py ../shared/data/geo-us [target/debug/amparo]

A report tool for the packs issue; the build never runs it. Only
geography is added: no other state has laws, lines or organizations here
beyond the national table, so the difference is what the data would cost.
"""
import csv
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile

REPO = pathlib.Path(__file__).resolve().parents[2]
GEO_US = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else REPO / "../shared/data/geo-us").resolve()
AMPARO = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else REPO / "target/debug/amparo").resolve()
COUNTY_COLUMNS = ["fips", "name", "name_full", "seat", "centroid_lat", "centroid_lon", "interior_lat",
                  "interior_lon", "bbox_min_lon", "bbox_min_lat", "bbox_max_lon", "bbox_max_lat",
                  "area_km2", "zip_count"]
ZIP_COLUMNS = ["zip", "lat", "lon", "county_fips", "city", "is_zcta", "county_basis", "pip_county_fips",
               "other_county_fips"]


def write_state(states_dir, code, name, counties, features, zips):
    folder = states_dir / code.lower()
    geo = folder / "geo"
    geo.mkdir(parents=True)
    # The time zone does not change the size; the model knows two zones.
    (folder / "state.toml").write_text(
        f'id = "us-{code.lower()}"\nname = "{name}"\ntime_zone = "America/New_York"\n'
        'sources = ["geo-us-2023"]\nchecked = "2026-12-01"\n')
    with open(geo / "counties.csv", "w", newline="") as f:
        w = csv.DictWriter(f, COUNTY_COLUMNS)
        w.writeheader()
        for r in counties:
            w.writerow({c: ("" if c == "seat" else r[c]) for c in COUNTY_COLUMNS})
    for ft in features:
        ft["properties"] = {"fips": ft["id"], "name": ft["properties"].get("name", "")}
    json.dump({"type": "FeatureCollection", "features": features}, open(geo / "counties.geojson", "w"),
              separators=(",", ":"))
    fips = {r["fips"] for r in counties}
    with open(geo / "zips.csv", "w", newline="") as f:
        w = csv.DictWriter(f, ZIP_COLUMNS)
        w.writeheader()
        for r in zips:
            row = {c: r[c] for c in ZIP_COLUMNS}
            # Only counties of this state: a ZIP's other counties across a
            # state line are not this folder's.
            row["other_county_fips"] = ";".join(
                x for x in r["other_county_fips"].split(";") if x in fips)
            w.writerow(row)


def check(root, pack):
    out = subprocess.run([str(AMPARO), "check", str(root / "content"), str(root / "locales"),
                          "--pack-out", str(pack), "--json"], capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"amparo check failed:\n{out.stdout[-3000:]}\n{out.stderr[-3000:]}")
    return json.loads(out.stdout)["check"]


def compressed(path):
    sizes = {"raw": path.stat().st_size}
    for name, cmd in [("gzip -9", ["gzip", "-9", "-c"]), ("xz -9", ["xz", "-9", "-c"]),
                      ("zstd -19", ["zstd", "-19", "-c", "-q"])]:
        if shutil.which(cmd[0]):
            sizes[name] = len(subprocess.run(cmd + [str(path)], capture_output=True, check=True).stdout)
    return sizes


def main():
    counties = list(csv.DictReader(open(GEO_US / "us_counties.csv")))
    zips = list(csv.DictReader(open(GEO_US / "us_zips.csv")))
    features = json.load(open(GEO_US / "us_counties.geojson"))["features"]
    names = {r["postal"]: r["name"] for r in csv.DictReader(open(REPO / "content/us/states.csv"))}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        default = check(REPO, tmp / "default.pack")
        shutil.copytree(REPO / "content", tmp / "all/content")
        shutil.copytree(REPO / "locales", tmp / "all/locales")
        states_dir = tmp / "all/content/states"
        added = 0
        for code in sorted({r["state"] for r in counties} - {"CA", "CT"}):
            if code not in names:
                continue
            # Falls Church, VA (51610) has no polygon at this scale; its
            # points resolve to Fairfax County (geo-us README), as here.
            state_counties = [r for r in counties if r["state"] == code and r["fips"] != "51610"]
            prefix = state_counties[0]["state_fips"]
            write_state(states_dir, code, names[code], state_counties,
                        [ft for ft in features
                         if str(ft["id"]).startswith(prefix) and ft["geometry"] is not None],
                        [dict(r, county_fips="51059") if r["county_fips"] == "51610" else r
                         for r in zips if r["state"] == code])
            added += 1
        everything = check(tmp / "all", tmp / "all.pack")
        a, b = compressed(tmp / "default.pack"), compressed(tmp / "all.pack")
    print(f"# Pack size: California and Connecticut vs. all {added + 2} (the 50 states and DC)\n")
    print("| | default pack | all states | added |")
    print("|---|---:|---:|---:|")
    print(f"| counties | {default['counties']} | {everything['counties']} | "
          f"{everything['counties'] - default['counties']} |")
    print(f"| ZIPs | {default['zips']} | {everything['zips']} | {everything['zips'] - default['zips']} |")
    for key, label in [("counties", "county bytes (with polygons)"), ("county_polygons", "of which polygons"),
                       ("zips", "ZIP bytes"), ("total", "whole pack, raw")]:
        x, y = default["bytes"][key], everything["bytes"][key]
        print(f"| {label} | {x:,} | {y:,} | {y - x:,} |")
    for key in [k for k in a if k != "raw"]:
        print(f"| whole pack, {key} | {a[key]:,} | {b[key]:,} | {b[key] - a[key]:,} |")


if __name__ == "__main__":
    main()
