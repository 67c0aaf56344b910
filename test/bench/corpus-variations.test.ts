import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  COUNTRY_PROFILES,
  chooseVariation,
  createRng,
  hashSeed,
  prepareSource,
  scaleNumbers,
  shiftWeeksFor,
  shiftDates,
  swapActors,
  varyDocument,
} from '../../bench/corpus-variations.js';
import type { SourceDocument } from '../../bench/corpus-variations.js';

const profileIndex = (name: string): number => COUNTRY_PROFILES.findIndex((p) => p.name === name);

const TEXT_DOC: SourceDocument = {
  name: 'dump.txt',
  kind: 'text',
  published: '2023-07-24',
  text: [
    'Lukashenko tells Putin Wagner fighters want to go west',
    'By Test Writer',
    'July 24, 2023 7:45 AM',
    'ST PETERSBURG — Belarusian President Alexander Lukashenko met Russian President Vladimir Putin near St Petersburg on Sunday, July 23.',
    'Putin said any aggression against Belarus would be an attack on Russia. The Kremlin said Lukashenko would visit Moscow in September 2023.',
    'Lukashenko said 500 people had crossed the border since 2022.',
  ].join('\n\n'),
};

const HTML_DOC: SourceDocument = {
  name: 'page.html',
  kind: 'html',
  published: '2024-02-23',
  text: `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>U.S. hits Russia with sanctions</title>
<meta property="article:published_time" content="2024-02-23T17:50:00+00:00">
<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"U.S. hits Russia with sanctions","datePublished":"2024-02-23T17:50:00Z","dateline":"WASHINGTON"}]}</script>
</head><body><article><h1 class="title">U.S. hits Russia with sanctions</h1>
<p>WASHINGTON, Feb. 23 (Wire) - The United States imposed sanctions on more than 500 targets in Russia on Friday, February 23, 2024.</p>
<p>U.S. President Joe Biden said Russian President Vladimir Putin would pay a price. The White House said the Kremlin was responsible.</p>
<img src="/img/2024/02/23/photo.jpg" alt="Joe Biden in Washington">
</article></body></html>
`,
};

describe('createRng and hashSeed', () => {
  it('give the same stream for the same seed and different streams for different seeds', () => {
    const a = createRng(hashSeed(1, 42));
    const b = createRng(hashSeed(1, 42));
    const c = createRng(hashSeed(2, 42));
    const draws = (r: () => number): number[] => Array.from({ length: 5 }, r);
    const first = draws(a);
    assert.deepEqual(first, draws(b));
    assert.notDeepEqual(first, draws(c));
    for (const x of first) assert.ok(x >= 0 && x < 1);
  });
});

describe('prepareSource', () => {
  it('finds the countries a document names, by any of their names', () => {
    const src = prepareSource(TEXT_DOC);
    assert.deepEqual([...src.present].sort((a, b) => a - b), [profileIndex('Russia'), profileIndex('Belarus')].sort((a, b) => a - b));
    const html = prepareSource(HTML_DOC);
    assert.ok(html.present.includes(profileIndex('United States')));
    assert.ok(html.present.includes(profileIndex('Russia')));
  });

  it('keeps every profile safe to write into HTML and JSON unescaped', () => {
    for (const p of COUNTRY_PROFILES) {
      const strings = [p.name, p.capital, p.seat ?? '', ...p.adjectives, ...p.cities, p.leader.name, p.leader.title, p.foreignMinister.name, p.foreignMinister.title];
      for (const s of strings) assert.doesNotMatch(s, /[<>&"\\]/, `${p.name}: ${s}`);
      assert.ok(p.leader.name.includes(p.leader.surname), p.leader.name);
      assert.ok(p.cities.length > 0, p.name);
    }
  });
});

describe('swapActors', () => {
  const src = prepareSource(TEXT_DOC);
  const mapping = new Map([
    [profileIndex('Russia'), profileIndex('France')],
    [profileIndex('Belarus'), profileIndex('Hungary')],
  ]);
  const out = swapActors(src, TEXT_DOC.text, mapping);

  it('replaces country, adjective, capital, leader with title, surname and cities consistently', () => {
    assert.match(out, /Hungarian Prime Minister Viktor Orban met French President Emmanuel Macron near Marseille/);
    assert.match(out, /^MARSEILLE — /m);
    assert.match(out, /Macron said any aggression against Hungary would be an attack on France\./);
    assert.match(out, /Orban tells Macron Wagner/);
    assert.match(out, /visit Paris in/);
  });

  it('leaves no name of a swapped country behind', () => {
    for (const gone of ['Putin', 'Lukashenko', 'Russia', 'Belarus', 'Moscow', 'Kremlin', 'St Petersburg', 'ST PETERSBURG']) {
      assert.ok(!out.includes(gone), gone);
    }
  });

  it('writes a government for a country without a seat metonym', () => {
    const toPoland = swapActors(src, TEXT_DOC.text, new Map([[profileIndex('Russia'), profileIndex('Poland')]]));
    assert.match(toPoland, /The Polish government said/);
  });

  it('never cascades: swapping two countries both ways exchanges them', () => {
    const swap = new Map([
      [profileIndex('Russia'), profileIndex('Belarus')],
      [profileIndex('Belarus'), profileIndex('Russia')],
    ]);
    const out = swapActors(src, TEXT_DOC.text, swap);
    assert.match(out, /Russian President Vladimir Putin met Belarusian President Alexander Lukashenko/);
    assert.match(out, /Putin tells Lukashenko Wagner/);
    assert.match(out, /Lukashenko said any aggression against Russia would be an attack on Belarus\./);
  });

  it('handles names that take an article and short forms', () => {
    const html = prepareSource(HTML_DOC);
    const out = swapActors(html, HTML_DOC.text, new Map([
      [profileIndex('United States'), profileIndex('Japan')],
      [profileIndex('Russia'), profileIndex('United States')],
    ]));
    assert.match(out, /Japan imposed sanctions on more than 500 targets in the United States/);
    assert.match(out, /Japanese Prime Minister Fumio Kishida said U\.S\. President Joe Biden would pay a price/);
    assert.match(out, /The Japanese government said the White House was responsible/);
    assert.match(out, /<title>Japanese hits the United States/);
    const subject = swapActors(prepareSource({ ...TEXT_DOC, text: 'Russia denied it. "Russia lies," he said.' }), 'Russia denied it. "Russia lies," he said.', new Map([[profileIndex('Russia'), profileIndex('United Kingdom')]]));
    assert.equal(subject, 'The United Kingdom denied it. "The United Kingdom lies," he said.');
  });
});

describe('shiftDates', () => {
  const cases: Array<[string, number, string, string]> = [
    ['on March 21, 2023.', 7, '2023-03-21', 'on March 28, 2023.'],
    ['on 21 March 2023.', -14, '2023-03-21', 'on 7 March 2023.'],
    ['Published 2023-12-29T16:15:00Z', 7, '2023-12-29', 'Published 2024-01-05T16:15:00Z'],
    ['MOSCOW, Nov. 15 (Wire)', 21, '2023-11-15', 'MOSCOW, Dec. 6 (Wire)'],
    ['in a speech on Dec. 30', 7, '2024-01-02', 'in a speech on Jan. 6'],
    ['since August 2022', 28, '2023-06-19', 'since September 2022'],
    ['/photos/2023/03/21/x.jpg /2023/03/slug', 7, '2023-03-21', '/photos/2023/03/28/x.jpg /2023/03/slug'],
    ['until 2030, from 2,000 people, at 20:45', 364, '2023-03-21', 'until 2031, from 2,000 people, at 20:45'],
    ['He came on 9 May and left in May.', 7, '2023-05-20', 'He came on 16 May and left in May.'],
  ];
  for (const [input, days, published, expected] of cases) {
    it(`${input} + ${days} days`, () => assert.equal(shiftDates(input, days, published), expected));
  }

  it('anchors a date without a year to the nearest one around the publication date', () => {
    // 30 December near a 2 January publication is the previous year's; shifted by 4 weeks it is 27 January.
    assert.equal(shiftDates('on 30 December', 28, '2024-01-02'), 'on 27 January');
  });
});

describe('scaleNumbers', () => {
  const cases: Array<[string, number, string]> = [
    ['more than 500 targets', 1.3, 'more than 700 targets'],
    ['fired 122 missiles and 36 drones', 0.5, 'fired 61 missiles and 18 drones'],
    ['about 16,000 people', 1.5, 'about 24,000 people'],
    ['detected 71 Chinese aircraft', 2, 'detected 142 Chinese aircraft'],
    ['won 87 percent of the vote', 1.5, 'won 99 percent of the vote'],
    ['asks for $106bn', 0.5, 'asks for $53bn'],
    ['on March 21, 2023, the 13th package, 9 ships', 2, 'on March 21, 2023, the 13th package, 18 ships'],
  ];
  for (const [input, factor, expected] of cases) {
    it(`${input} x ${factor}`, () => assert.equal(scaleNumbers(input, factor), expected));
  }

  it('gives the same number for the same figure wherever it appears', () => {
    const out = scaleNumbers('$106bn ... 106 billion dollars', 1.37);
    const [a, b] = [...out.matchAll(/\d+/g)].map((m) => m[0]);
    assert.equal(a, b);
  });
});

describe('varyDocument', () => {
  const tagSequence = (html: string): string[] => [...html.matchAll(/<\/?([a-zA-Z!][\w-]*)/g)].map((m) => m[0].toLowerCase());

  it('is deterministic for a seed and differs across seeds', () => {
    const src = prepareSource(HTML_DOC);
    const make = (seed: number): string => varyDocument(src, chooseVariation(src, createRng(seed), 5)).text;
    assert.equal(make(7), make(7));
    const distinct = new Set([1, 2, 3, 4, 5, 6].map(make));
    assert.ok(distinct.size >= 5, `only ${distinct.size} distinct variants`);
  });

  it('keeps HTML well-formed: same tags in the same order, JSON-LD still parses', () => {
    const src = prepareSource(HTML_DOC);
    for (let seed = 1; seed <= 30; seed++) {
      const { text } = varyDocument(src, chooseVariation(src, createRng(seed), seed - 15));
      assert.deepEqual(tagSequence(text), tagSequence(HTML_DOC.text));
      const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(text)?.[1];
      assert.ok(json !== undefined);
      const parsed = JSON.parse(json) as { '@graph': Array<{ datePublished: string; headline: string }> };
      assert.match(parsed['@graph'][0]?.datePublished ?? '', /^\d{4}-\d{2}-\d{2}T17:50:00Z$/);
    }
  });

  it('keeps a text dump line for line and moves the publication date with the text', () => {
    const src = prepareSource(TEXT_DOC);
    const v = chooseVariation(src, createRng(3), -10);
    const { text, published } = varyDocument(src, v);
    assert.equal(text.split('\n').length, TEXT_DOC.text.split('\n').length);
    assert.equal(published, '2023-05-15');
    assert.match(text, /^May 15, 2023 7:45 AM$/m);
    assert.match(text, /on Sunday, May 14\./);
  });

  it('maps distinct countries to distinct countries', () => {
    const src = prepareSource(HTML_DOC);
    for (let seed = 0; seed < 50; seed++) {
      const { mapping } = chooseVariation(src, createRng(seed), 0);
      assert.equal(new Set(mapping.values()).size, src.present.length);
    }
  });
});

describe('shiftWeeksFor', () => {
  it('gives every variant of a sample its own shift, at most a year ahead', () => {
    for (const variants of [1, 48, 2084]) {
      const shifts = Array.from({ length: variants }, (_, v) => shiftWeeksFor(v, variants));
      assert.equal(new Set(shifts).size, variants);
      const range = Math.max(521, variants) + 10;
      for (const w of shifts) assert.ok(w <= 52 && w > 52 - range, `${w} weeks`);
    }
  });

  it('spreads neighbouring variants apart', () => {
    assert.ok(Math.abs(shiftWeeksFor(1, 100) - shiftWeeksFor(0, 100)) > 52);
  });
});
