import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COLLECTIVES } from '../../src/knowledge/collectives.js';
import { COUNTRIES, countryActorNames, countryByIso3 } from '../../src/knowledge/countries.js';
import { IGOS } from '../../src/knowledge/igos.js';
import { foldName, readKey } from '../../src/knowledge/normalise-name.js';
import { pluralise, roleWords } from '../../src/knowledge/sectors.js';

describe('country table', () => {
  it('has every state once, by ISO3', () => {
    const codes = COUNTRIES.map((c) => c.iso3);
    assert.equal(new Set(codes).size, codes.length);
    assert.ok(COUNTRIES.filter((c) => c.independent).length >= 195);
    for (const c of COUNTRIES) assert.match(c.iso3, /^[A-Z]{3}$/, c.name);
  });

  it('gives every independent state a name, coordinates and (but for a few) a capital', () => {
    for (const c of COUNTRIES.filter((x) => x.independent)) {
      assert.ok(c.names.length > 0, c.iso3);
      assert.ok(Number.isFinite(c.lat) && Number.isFinite(c.lon), c.iso3);
    }
    assert.equal(countryByIso3('BLR')?.capital, 'Minsk');
    assert.equal(countryByIso3('XKX')?.name, 'Kosovo');
    assert.equal(countryByIso3('UNK'), undefined);
  });

  it('gives each demonym to one country', () => {
    const seen = new Map<string, string>();
    for (const n of countryActorNames().filter((x) => x.entry.kind === 'demonym')) {
      const before = seen.get(n.name);
      assert.ok(before === undefined || before === n.entry.code, `${n.name}: ${before} and ${n.entry.code}`);
      seen.set(n.name, n.entry.code);
    }
    assert.equal(seen.get('American'), 'USA');
    assert.equal(seen.get('Russians'), 'RUS');
    assert.equal(seen.get('Frenches'), undefined);
  });

  it('reads capitals and seats as the government', () => {
    for (const n of countryActorNames().filter((x) => x.entry.kind === 'capital')) {
      assert.equal(n.entry.code, `${n.entry.country ?? ''}GOV`, n.name);
      assert.equal(n.caseSensitive, true, n.name);
    }
  });
});

describe('organisation and collective tables', () => {
  it('has at least 60 organisations, all with names and IGO or NGO codes', () => {
    assert.ok(IGOS.length >= 60, `${IGOS.length}`);
    for (const o of IGOS) {
      assert.ok(o.names.length > 0, o.code);
      assert.match(o.code, /^(IGO|NGO)[A-Z0-9]+$/, o.code);
    }
  });

  it('uses the codes the leader tables use for IGO heads', () => {
    const codes = new Set(IGOS.map((o) => o.code));
    for (const code of [
      'IGOUNO', 'IGOWSTNAT', 'IGOEUREEC', 'IGOAFRAFU', 'IGOIMF', 'IGOWBK', 'IGOUNOWHO', 'IGOEUROSC', 'IGOSEAASN', 'IGOARL',
      'IGOCIS', 'IGOCSTO', 'IGOEAEU', 'IGOGCC', 'IGOOPEC', 'IGOICC', 'IGOUNOIAEA', 'IGOUNOHCR', 'IGOUNOCEF', 'IGOUNOWFP',
      'IGOSCO', 'IGOBRICS', 'IGOG7', 'IGOG20', 'IGOINT', 'IGOWTO', 'IGOOAS', 'IGOWAFECW', 'IGOCOE', 'IGOUNOSC', 'IGOUNOGA',
    ]) {
      assert.ok(codes.has(code), code);
    }
  });

  it('gives every collective a code and names', () => {
    for (const c of COLLECTIVES) {
      assert.ok(c.names.length > 0, c.code);
      assert.match(c.code, /^[A-Z0-9]{3,}$/, c.code);
    }
  });
});

describe('role words', () => {
  const plurals: [string, string][] = [
    ['minister', 'ministers'],
    ['foreign minister', 'foreign ministers'],
    ['ministry', 'ministries'],
    ['spokesman', 'spokesmen'],
    ['police', 'police'],
    ['troops', 'troops'],
    ['armed forces', 'armed forces'],
    ['attorney general', 'attorneys general'],
    ['congress', 'congresses'],
    ['MP', 'MPs'],
    ['child', 'children'],
    ['person', 'people'],
  ];
  for (const [singular, plural] of plurals) {
    it(`plural of ${singular}`, () => assert.equal(pluralise(singular), plural));
  }

  it('lists singular and plural forms with their sector', () => {
    const words = roleWords();
    assert.ok(words.some((w) => w.phrase === 'soldiers' && w.sector === 'MIL'));
    assert.ok(words.some((w) => w.phrase === 'NGO' && w.caseSensitive));
  });
});

describe('name folding', () => {
  const cases: [string, string][] = [
    ['Côte d’Ivoire', "cote d'ivoire"],
    ['ÉLYSÉE', 'elysee'],
    ['Türkiye', 'turkiye'],
    ['  Guinea–Bissau ', 'guinea-bissau'],
    ['Straße', 'strasse'],
    ['Łódź', 'lodz'],
    ['e\u0301', 'e'],
  ];
  for (const [name, folded] of cases) {
    it(`folds ${name}`, () => assert.equal(foldName(name), folded));
  }

  it('keys names by their first word, or "the" and the second', () => {
    assert.equal(readKey('U.S. troops', 0), 'u');
    assert.equal(readKey('the Kremlin said', 0), 'the kremlin');
    assert.equal(readKey('The  White House', 0), 'the white');
    assert.equal(readKey(', then', 0), null);
  });
});
