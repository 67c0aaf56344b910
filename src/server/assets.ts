import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Countries } from 'world-countries';
import { packageRoot } from '../package-root.js';
import { splitAntimeridian } from './split-antimeridian.js';

const require = createRequire(import.meta.url);
// world-countries is CommonJS whose types claim a default export; require gives the array itself.
const countries = require('world-countries') as Countries;

const TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8', json: 'application/json', svg: 'image/svg+xml' };

/** Two actors and the line between them, in the header's blue. */
const FAVICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1d3557"/><line x1="9" y1="22" x2="23" y2="10" stroke="#fff" stroke-width="3"/><circle cx="9" cy="22" r="5" fill="#7fc97f"/><circle cx="23" cy="10" r="5" fill="#fdb462"/></svg>';

/** Only these files are served: the built UI, the chart library, and the world map. A Map, so that "constructor" is not one. */
const ASSETS = new Map<string, () => Promise<string | Uint8Array>>([
  ['app.js', () => readFile(join(packageRoot(), 'dist', 'web', 'app.js'))],
  ['app.css', () => readFile(join(packageRoot(), 'dist', 'web', 'app.css'))],
  ['echarts.min.js', () => readFile(require.resolve('echarts/dist/echarts.min.js'))],
  ['world.json', worldGeoJson],
  ['favicon.svg', () => Promise.resolve(FAVICON)],
]);

/** Country shapes from world-atlas (Natural Earth, 1:110m) as GeoJSON named by ISO3, for offline maps. */
async function worldGeoJson(): Promise<string> {
  const topology = JSON.parse(await readFile(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology<{ countries: GeometryCollection }>;
  const iso3 = new Map(countries.map((c) => [c.ccn3, c.cca3]));
  const geo = feature(topology, topology.objects.countries);
  for (const f of geo.features) {
    const props = (f.properties ?? {}) as { name?: string };
    f.properties = { name: iso3.get(String(f.id)) ?? props.name ?? String(f.id), label: props.name ?? null };
    if (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon') f.geometry = splitAntimeridian(f.geometry);
  }
  return JSON.stringify(geo);
}

export interface Asset {
  type: string;
  body: string | Uint8Array;
}

const cache = new Map<string, Asset>();

export async function readAsset(name: string): Promise<Asset | null> {
  const load = ASSETS.get(name);
  if (!load) return null;
  let response = cache.get(name);
  if (!response) {
    let body: string | Uint8Array;
    try {
      body = await load();
    } catch {
      return null;
    }
    response = { type: TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream', body };
    cache.set(name, response);
  }
  return response;
}
