import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { ASIA_AFRICA_OCEANIA_TERMS } from '../../src/knowledge/leaders/asia-africa-oceania.js';
import type { OfficeTerm } from '../../src/knowledge/types.js';

// world-countries is CommonJS and its typings declare an ES default export; require sidesteps the mismatch.
const countries = createRequire(import.meta.url)('world-countries') as Country[];
const ISO3 = new Set(countries.map((c) => c.cca3));

// The former-USSR states of Central Asia and the Caucasus, Turkey and Cyprus belong to the
// Europe/Americas table; Taiwan and Palestine are not marked independent but are ours.
const NOT_OURS = new Set(['ARM', 'AZE', 'GEO', 'KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'TUR', 'CYP']);
const REGION = new Set([
  ...countries
    .filter((c) => ['Asia', 'Africa', 'Oceania'].includes(c.region) && c.independent && !NOT_OURS.has(c.cca3))
    .map((c) => c.cca3),
  'TWN',
  'PSE',
]);

// Realms whose head of state is the British monarch: that person is in the Europe table, so here
// the test asks for a head of government instead.
const REALMS = new Set(['AUS', 'NZL', 'PNG', 'SLB', 'TUV']);

// Real co-holders: rival governments each recognised by part of the world, and offices shared
// in law. Keyed "ISO3 OFFICE name-of-either-holder".
const CO_HOLDERS = new Set([
  'CIV HOS Laurent Gbagbo', // 2010-11 crisis: Gbagbo and Ouattara both sworn in
  'CIV HOG Gilbert Aké', // Gbagbo's prime minister in that crisis
  'NGA HOS Goodluck Jonathan', // acting president from 2010-02-09 while Yar'Adua was ill
  'LBY HOS Mustafa Abdul Jalil', // rebel National Transitional Council, recognised from 2011 before Gaddafi fell
  'LBY HOG Mahmoud Jibril', // its executive
  'LBY HOG Abdullah al-Thani', // Tobruk government next to the Tripoli ones
  'LBY HOG Khalifa al-Ghawil', // Tripoli National Salvation Government, 2015-17
  'LBY HOG Fathi Bashagha', // House of Representatives' government, 2022-23
  'LBY HOG Osama Hammad', // its successor, 2023-
  'YEM HOS Mohammed Ali al-Houthi', // Houthi Revolutionary Committee, then Supreme Political Council, in Sanaa
  'YEM HOS Saleh Ali al-Sammad',
  'YEM HOS Mahdi al-Mashat',
  'YEM HOG Abdel-Aziz bin Habtour', // Houthi government in Sanaa
  'YEM HOG Ahmed al-Rahawi',
  'YEM HOG Mohammed Miftah',
  'PSE HOG Ismail Haniyeh', // Hamas government in Gaza after 2007
  'KOR HOS Goh Kun', // acting presidents while the elected one was suspended by impeachment
  'KOR HOS Hwang Kyo-ahn',
  'KOR HOS Han Duck-soo',
  'KOR HOS Choi Sang-mok',
  'THA HOG Phumtham Wechayachai', // acting while Paetongtarn was suspended, 2025-07 to 08
  'MDG HOS Didier Ratsiraka', // 2002: Ratsiraka and Ravalomanana both claimed the presidency
  'MDG HOG Tantely Andrianarivo',
  'AFG HOS Mohammed Omar', // Taliban emirate next to the recognised Islamic State of Afghanistan
]);

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function isRealDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const last = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= last;
}

/** Compares two dates of possibly different precision on their common prefix. */
function cmp(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

function canonical(t: OfficeTerm): string {
  return t[2].split('|')[0] ?? '';
}

function isCoHolder(t: OfficeTerm): boolean {
  return CO_HOLDERS.has(`${t[0]} ${t[1]} ${canonical(t)}`);
}

const today = new Date().toISOString().slice(0, 10);

describe('ASIA_AFRICA_OCEANIA_TERMS', () => {
  const terms = ASIA_AFRICA_OCEANIA_TERMS;

  it('uses ISO3 codes of our region only', () => {
    for (const t of terms) {
      assert.ok(ISO3.has(t[0]), `unknown ISO3 ${t[0]} in ${t.join(', ')}`);
      assert.ok(REGION.has(t[0]), `${t[0]} is not in this table's region`);
    }
  });

  it('has clean names: a canonical name, variants without blanks or duplicates', () => {
    for (const t of terms) {
      const names = t[2].split('|');
      assert.ok(names.every((n) => n.trim() === n && n.length > 1), `bad names in ${t.join(', ')}`);
      assert.equal(new Set(names).size, names.length, `duplicate variant in ${t[2]}`);
    }
  });

  it('has real dates with from <= to', () => {
    for (const t of terms) {
      assert.ok(isRealDate(t[3]), `bad from in ${t.join(', ')}`);
      if (t[4] !== null) {
        assert.ok(isRealDate(t[4]), `bad to in ${t.join(', ')}`);
        assert.ok(cmp(t[3], t[4]) <= 0, `from after to in ${t.join(', ')}`);
      }
      assert.ok(cmp(t[3], today) <= 0, `future start in ${t.join(', ')}`);
    }
  });

  it('has no duplicated rows', () => {
    const seen = new Set<string>();
    for (const t of terms) {
      const key = t.join('\t');
      assert.ok(!seen.has(key), `duplicate row ${key}`);
      seen.add(key);
    }
  });

  it('groups rows by country and orders each office by date', () => {
    const done = new Set<string>();
    let current = '';
    const lastFrom = new Map<string, string>();
    for (const t of terms) {
      if (t[0] !== current) {
        assert.ok(!done.has(t[0]), `rows of ${t[0]} are split into more than one group`);
        done.add(current);
        current = t[0];
      }
      const key = `${t[0]} ${t[1]}`;
      const prev = lastFrom.get(key);
      assert.ok(prev === undefined || cmp(prev, t[3]) <= 0, `${key} out of date order at ${t[2]}`);
      lastFrom.set(key, t[3]);
    }
  });

  it('has no overlapping terms of one office in one country, except real co-holders', () => {
    const byOffice = new Map<string, OfficeTerm[]>();
    for (const t of terms) {
      if (isCoHolder(t)) continue;
      const key = `${t[0]} ${t[1]}`;
      byOffice.set(key, [...(byOffice.get(key) ?? []), t]);
    }
    for (const [key, list] of byOffice) {
      const sorted = [...list].sort((a, b) => cmp(a[3], b[3]));
      for (let i = 1; i < sorted.length; i++) {
        const prev = sorted[i - 1];
        const next = sorted[i];
        if (!prev || !next) continue;
        assert.ok(prev[4] !== null, `${key}: ${canonical(prev)} still in office when ${canonical(next)} starts`);
        assert.ok(cmp(prev[4], next[3]) <= 0, `${key}: ${canonical(prev)} overlaps ${canonical(next)}`);
      }
    }
  });

  it('every co-holder exception names a row that exists', () => {
    const present = new Set(terms.filter(isCoHolder).map((t) => `${t[0]} ${t[1]} ${canonical(t)}`));
    for (const k of CO_HOLDERS) assert.ok(present.has(k), `stale exception ${k}`);
  });

  it('covers every state of the region with a head of state in office today', () => {
    const covers = (t: OfficeTerm): boolean => cmp(t[3], today) <= 0 && (t[4] === null || cmp(t[4], today) >= 0);
    for (const iso of REGION) {
      const office = REALMS.has(iso) ? 'HOG' : 'HOS';
      const rows = terms.filter((t) => t[0] === iso && t[1] === office);
      assert.ok(rows.length > 0, `${iso} has no ${office} row`);
      assert.ok(rows.some(covers), `${iso} has no ${office} in office on ${today}`);
    }
  });

  it('starts each head of state and government series by 2000-01-01', () => {
    for (const iso of REGION) {
      for (const office of ['HOS', 'HOG'] as const) {
        const rows = terms.filter((t) => t[0] === iso && t[1] === office);
        if (rows.length === 0) continue;
        const first = rows.reduce((a, b) => (cmp(a[3], b[3]) <= 0 ? a : b));
        // States born later (South Sudan 2011, Timor-Leste 2002) and offices created later start later.
        if (cmp(first[3], '2000-01-01') > 0) assert.ok(LATE_START.has(`${iso} ${office}`), `${iso} ${office} starts only ${first[3]}`);
      }
    }
  });
});

// Offices (or states) that began after 2000, or were vacant then.
const LATE_START = new Set([
  'SSD HOS',
  'NER HOG',
  'SOM HOS',
  'SOM HOG',
  'TLS HOS',
  'TLS HOG',
  'SAU HOG',
  'SDN HOG',
  'IRQ HOG',
  'BDI HOG',
  'KEN HOG',
  'ZWE HOG',
  'PSE HOG',
  'TZA HOG',
  'AGO HOG',
  'CIV HOG',
  'COD HOG',
  'COG HOG',
  'BEN HOG',
  'GIN HOG',
  'TCD HOG',
  'MMR HOG',
]);
