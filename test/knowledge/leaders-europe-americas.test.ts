import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import countries from 'world-countries/countries.json' with { type: 'json' };
import { EUROPE_AMERICAS_TERMS } from '../../src/knowledge/leaders/europe-americas.js';
import type { OfficeTerm } from '../../src/knowledge/types.js';

const TODAY = '2026-11-27';

/** Kosovo has no ISO 3166 code; XKX is the user-assigned code the EU and the IMF use. */
const EXTRA_CODES = new Set(['XKX']);
const IGO_CODES = new Set([
  'IGOUNO',
  'IGOWSTNAT',
  'IGOEUREEC',
  'IGOIMF',
  'IGOWBK',
  'IGOUNOWHO',
  'IGOEUROSC',
  'IGOUNOIAEA',
]);
const ISO3 = new Set(countries.map((c) => c.cca3));

/** Offices held by several people at once, where overlapping terms are real. */
const CO_HOLDERS = new Set([
  // Three members of the Presidency, one per constituent people.
  'BIH:HOS',
  // Co-presidents since February 2025.
  'NIC:HOS',
  // European Commission President, European Council President and High Representative share the code.
  'IGOEUREEC:IGO',
]);

/**
 * States without a single head of state today, where the head of government stands in: San Marino's
 * two Captains Regent (skipped), Haiti since its presidential council's mandate ended in February 2026.
 */
const HOG_STANDS_IN = new Set(['SMR', 'HTI']);

/**
 * Heads of state whose term is known to have ended in 2026 while the successor is beyond what the
 * table was written from: no row covers today, on purpose, rather than a guess.
 */
const SUCCESSOR_UNKNOWN = new Set(['COL', 'PER', 'XKX']);

const REGION = [
  // Former USSR
  ...['RUS', 'BLR', 'UKR', 'MDA', 'EST', 'LVA', 'LTU', 'GEO', 'ARM', 'AZE'],
  ...['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'],
  // Western and Southern Europe, Turkey, Cyprus
  ...['GBR', 'IRL', 'FRA', 'MCO', 'AND', 'ESP', 'PRT', 'DEU', 'AUT', 'CHE', 'LIE', 'BEL', 'NLD', 'LUX'],
  ...['ITA', 'SMR', 'VAT', 'MLT', 'GRC', 'CYP', 'TUR'],
  // Northern, Central and Southeast Europe
  ...['DNK', 'NOR', 'SWE', 'FIN', 'ISL', 'POL', 'CZE', 'SVK', 'HUN', 'SVN'],
  ...['HRV', 'BIH', 'SRB', 'MNE', 'MKD', 'ALB', 'XKX', 'ROU', 'BGR'],
  // The Americas
  ...['USA', 'CAN', 'MEX', 'GTM', 'BLZ', 'SLV', 'HND', 'NIC', 'CRI', 'PAN'],
  ...['CUB', 'HTI', 'DOM', 'JAM', 'BHS', 'BRB', 'TTO', 'ATG', 'DMA', 'GRD', 'KNA', 'LCA', 'VCT'],
  ...['BRA', 'ARG', 'CHL', 'COL', 'VEN', 'ECU', 'PER', 'BOL', 'PRY', 'URY', 'GUY', 'SUR'],
];

/** The first day a partial date can mean, so that "2005" and "2005-03-01" compare sensibly. */
function startOf(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

function isValidDate(date: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1)];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

const label = (t: OfficeTerm): string => t.join(' ');

describe('Europe and Americas office terms', () => {
  it('uses known country and IGO codes, and IGO codes only for IGO heads', () => {
    for (const t of EUROPE_AMERICAS_TERMS) {
      const [code, office] = t;
      if (office === 'IGO') assert.ok(IGO_CODES.has(code), label(t));
      else assert.ok(ISO3.has(code) || EXTRA_CODES.has(code), label(t));
    }
  });

  it('has names with no empty or repeated variant', () => {
    for (const t of EUROPE_AMERICAS_TERMS) {
      const names = t[2].split('|');
      assert.ok(names.every((n) => n.trim() === n && n.length > 1), label(t));
      assert.equal(new Set(names).size, names.length, label(t));
    }
  });

  it('spells one person the same way in every row and gives no variant to two people', () => {
    const namesOf = new Map<string, string>();
    const ownerOf = new Map<string, string>();
    for (const t of EUROPE_AMERICAS_TERMS) {
      const names = t[2].split('|');
      const canonical = names[0]!;
      assert.equal(namesOf.get(canonical) ?? t[2], t[2], label(t));
      namesOf.set(canonical, t[2]);
      for (const n of names) {
        assert.equal(ownerOf.get(n) ?? canonical, canonical, `${n} in ${label(t)}`);
        ownerOf.set(n, canonical);
      }
    }
  });

  it('has valid dates with from <= to, all from 1940 on and none in the future', () => {
    for (const t of EUROPE_AMERICAS_TERMS) {
      const [, , , from, to] = t;
      assert.ok(isValidDate(from), label(t));
      assert.ok(from >= '1940' && startOf(from) <= TODAY, label(t));
      if (to !== null) {
        assert.ok(isValidDate(to), label(t));
        assert.ok(startOf(from) <= startOf(to), label(t));
        assert.ok(to >= '2000', `ends before 2000: ${label(t)}`);
      }
    }
  });

  it('has no duplicated rows', () => {
    const seen = new Set<string>();
    for (const t of EUROPE_AMERICAS_TERMS) {
      assert.ok(!seen.has(label(t)), label(t));
      seen.add(label(t));
    }
  });

  it('keeps each country block in date order with no overlapping terms of one office', () => {
    const byKey = new Map<string, OfficeTerm[]>();
    for (const t of EUROPE_AMERICAS_TERMS) {
      const key = `${t[0]}:${t[1]}`;
      byKey.set(key, [...(byKey.get(key) ?? []), t]);
    }
    for (const [key, terms] of byKey) {
      for (let i = 1; i < terms.length; i++) {
        const prev = terms[i - 1]!;
        const cur = terms[i]!;
        assert.ok(startOf(prev[3]) <= startOf(cur[3]), `out of order: ${label(cur)}`);
        // OTHER rows are different named offices, which may be held at once.
        if (CO_HOLDERS.has(key) || cur[1] === 'OTHER') continue;
        assert.ok(prev[4] !== null, `two open terms: ${label(prev)} / ${label(cur)}`);
        assert.ok(startOf(prev[4]) <= startOf(cur[3]), `overlap: ${label(prev)} / ${label(cur)}`);
      }
    }
  });

  it('keeps the rows of one country together', () => {
    const done = new Set<string>();
    let last = '';
    for (const [code] of EUROPE_AMERICAS_TERMS) {
      if (code !== last) {
        assert.ok(!done.has(code), `${code} appears in two blocks`);
        done.add(code);
        last = code;
      }
    }
  });

  it('has, for every state of the region, a head of state in office today', () => {
    const covers = (t: OfficeTerm): boolean => startOf(t[3]) <= TODAY && (t[4] === null || t[4] >= TODAY);
    for (const code of REGION) {
      if (SUCCESSOR_UNKNOWN.has(code)) {
        assert.ok(EUROPE_AMERICAS_TERMS.some((t) => t[0] === code && t[1] === 'HOS' && t[4]?.startsWith('2026')), code);
        continue;
      }
      const office = HOG_STANDS_IN.has(code) ? 'HOG' : 'HOS';
      assert.ok(
        EUROPE_AMERICAS_TERMS.some((t) => t[0] === code && t[1] === office && covers(t)),
        `${code} has no ${office} today`,
      );
    }
  });

  it('resolves the people of the examples on their dates', () => {
    const holders = (code: string, office: string, date: string): string[] =>
      EUROPE_AMERICAS_TERMS.filter(
        (t) => t[0] === code && t[1] === office && startOf(t[3]) <= date && (t[4] === null || date < t[4]),
      ).map((t) => t[2].split('|')[0]!);
    assert.deepEqual(holders('RUS', 'HOS', '2021-12-30'), ['Vladimir Putin']);
    assert.deepEqual(holders('RUS', 'HOS', '2005-06-01'), ['Vladimir Putin']);
    assert.deepEqual(holders('RUS', 'HOS', '2010-06-01'), ['Dmitry Medvedev']);
    assert.deepEqual(holders('RUS', 'HOG', '2010-06-01'), ['Vladimir Putin']);
    assert.deepEqual(holders('BLR', 'HOS', '2021-12-29'), ['Alexander Lukashenko']);
    assert.deepEqual(holders('UKR', 'HOS', '2021-12-29'), ['Volodymyr Zelensky']);
  });
});
