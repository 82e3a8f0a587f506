// Which 2023 Connecticut planning regions each former county (2017 Census
// boundaries) covers, by the 2023 ZCTA points of Connecticut's ZIPs.
import fs from 'fs';
import * as topojson from 'topojson-client';
import { geoContains } from 'd3-geo';
const topo = JSON.parse(fs.readFileSync('node_modules/us-atlas/counties-10m.json'));
const counties = topojson.feature(topo, topo.objects.counties).features.filter(f => String(f.id).startsWith('09'));
const rows = fs.readFileSync('/work/shared/data/geo-us/us_zips.csv', 'utf8').trim().split('\n');
const head = rows[0].split(',');
const col = n => head.indexOf(n);
const map = {};
let unplaced = 0;
for (const line of rows.slice(1)) {
  const f = line.split(',');
  if (f[col('state')] !== 'CT') continue;
  const pt = [parseFloat(f[col('lon')]), parseFloat(f[col('lat')])];
  const region = f[col('county_fips')];
  const old = counties.find(c => geoContains(c, pt));
  if (!old) { unplaced++; continue; }
  const key = `${old.id} ${old.properties.name}`;
  map[key] ??= {};
  map[key][region] = (map[key][region] ?? 0) + 1;
}
console.log(JSON.stringify({ map, unplaced }, null, 1));
