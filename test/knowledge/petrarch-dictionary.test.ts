import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { createActorDictionary, loadActorDictionary } from '../../src/knowledge/actor-dictionary.js';
import { DyadError } from '../../src/errors.js';
import {
  formatDictionaryError,
  petrarchCodeOn,
  readPetrarchActors,
  readPetrarchAgents,
} from '../../src/knowledge/petrarch-dictionary.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/knowledge/${name}`, import.meta.url), 'utf8');

describe('PETRARCH actor dictionary reader', () => {
  const { items, errors } = readPetrarchActors(fixture('actors.txt'), 'actors.txt');

  it('reads every actor of a well-formed file without errors', () => {
    assert.deepEqual(errors, []);
    assert.deepEqual(
      items.map((a) => a.name),
      ['ZETALAND', 'PORT ORMA', 'ORMA ARMY', 'GRAND VIZIER OLLO', 'MAREK TOVIN', 'ZU', 'OLD KINGDOM', 'IGNORE THIS NAME'],
    );
  });

  it('collects synonyms and turns underscores into spaces', () => {
    assert.deepEqual(items[0]?.names, ['ZETALAND', 'ZETALANDIC', 'REPUBLIC OF ZETA']);
    assert.deepEqual(items[0]?.codes, [{ code: 'ZTL', from: null, to: null }]);
  });

  it('reads dated codes in all three forms', () => {
    assert.deepEqual(items[3]?.codes, [
      { code: 'ZTLGOV', from: null, to: '2012-02-29' },
      { code: 'ZTLELI', from: '2012-03-01', to: '2015-06-30' },
      { code: 'ZTLREB', from: '2015-07-01', to: null },
    ]);
    assert.deepEqual(items[6]?.codes, [{ code: 'ZTK', from: null, to: '1989-12-31' }]);
  });

  it('picks the code for a date: first dated code that covers it, else the undated one', () => {
    const vizier = items[3]?.codes ?? [];
    const table: [string | null, string | null][] = [
      ['2010-05-05', 'ZTLGOV'],
      ['2012-03-01', 'ZTLELI'],
      ['2015-06-30', 'ZTLELI'],
      ['2015-07-01', 'ZTLREB'],
      [null, 'ZTLGOV'],
    ];
    for (const [date, code] of table) assert.equal(petrarchCodeOn(vizier, date), code, `on ${date}`);
    const tovin = items[4]?.codes ?? [];
    assert.equal(petrarchCodeOn(tovin, '2019-01-01'), 'ZTLGOV');
    assert.equal(petrarchCodeOn(tovin, '2022-01-01'), 'ZTL');
    assert.equal(petrarchCodeOn(items[6]?.codes ?? [], '1995-01-01'), null);
  });

  it('reports each bad line with the file and line number, and keeps the good ones', () => {
    const bad = readPetrarchActors(fixture('actors-bad.txt'), 'actors-bad.txt');
    assert.deepEqual(
      bad.errors.map((e) => `${e.line}`),
      ['3', '4', '5', '6'],
    );
    assert.match(formatDictionaryError(bad.errors[0] ?? { file: '', line: 0, reason: '' }), /^actors-bad\.txt:3: bad date/);
    assert.match(bad.errors[1]?.reason ?? '', /no code for actor "NO CODE HERE"/);
    assert.match(bad.errors[2]?.reason ?? '', /unclosed "\["/);
    assert.match(bad.errors[3]?.reason ?? '', /empty synonym/);
    assert.deepEqual(
      bad.items.map((a) => a.name),
      ['ZETALAND'],
    );
  });

  it('rejects code lines and synonyms before any actor', () => {
    const r = readPetrarchActors('+ORPHAN\n\t[ABC]\n', 'x.txt');
    assert.deepEqual(
      r.errors.map((e) => e.line),
      [1, 2],
    );
  });
});

describe('PETRARCH agents dictionary reader', () => {
  it('reads phrases, macros and plurals', () => {
    const { items, errors } = readPetrarchAgents(fixture('agents.txt'), 'agents.txt');
    assert.deepEqual(errors, []);
    assert.deepEqual(
      items.map((a) => `${a.phrase}=${a.sector}`),
      [
        'harbour master=GOV',
        'harbour masters=GOV',
        'lighthouse keeper=CVL',
        'lighthouse keepers=CVL',
        'lighthouse warden=CVL',
        'sheep farmer=AGR',
        'sheep farmers=AGR',
        'sheepfarmers=AGR',
        'sea ranger corps=MIL',
      ],
    );
  });

  it('reports bad lines', () => {
    const { errors } = readPetrarchAgents(fixture('agents-bad.txt'), 'agents-bad.txt');
    assert.deepEqual(
      errors.map((e) => e.line),
      [1, 2, 3],
    );
    assert.match(errors[1]?.reason ?? '', /unknown macro !NOPE!/);
  });
});

describe('user dictionaries in the actor dictionary', () => {
  const dict = createActorDictionary({
    extra: [{ text: fixture('actors.txt'), name: 'actors.txt' }],
    extraAgents: [{ text: fixture('agents.txt'), name: 'agents.txt' }],
    terms: [],
  });
  const at = (text: string, date: string | null): string | null => {
    const m = dict.matchAt(text, 0, date);
    return m === null ? null : `${text.slice(m.start, m.end)}=${m.entry.code}`;
  };

  it('matches user names in any case, acronyms only in capitals', () => {
    assert.equal(at('Zetaland said', null), 'Zetaland=ZTL');
    assert.equal(at('the Republic of Zeta said', null), 'the Republic of Zeta=ZTL');
    assert.equal(at('Port Orma said', null), 'Port Orma=ZTLGOV');
    assert.equal(at('ZU said', null), 'ZU=IGOZTU');
    assert.equal(at('zu said', null), null);
  });

  it('resolves dated codes and user countries', () => {
    assert.equal(at('Grand Vizier Ollo said', '2010-01-01'), 'Grand Vizier Ollo=ZTLGOV');
    assert.equal(at('Grand Vizier Ollo said', '2020-01-01'), 'Grand Vizier Ollo=ZTLREB');
    assert.equal(at('Old Kingdom', '1995-01-01'), null);
    assert.deepEqual(dict.matchAt('Orma Army', 0, null)?.entry, {
      code: 'ZTLMIL',
      country: 'ZTL',
      sector: 'MIL',
      entity: 'Orma Army',
      kind: 'group',
    });
  });

  it('lets "---" switch a name off and user names win over ours', () => {
    assert.equal(at('Ignore this name', null), null);
    const override = createActorDictionary({ extra: [{ text: 'RUSSIA [XRU]\n', name: 'o.txt' }], terms: [] });
    assert.equal(override.matchAt('Russia said', 0, null)?.entry.code, 'XRU');
  });

  it('adds user role words', () => {
    const m = dict.matchRoleAt('harbour masters met', 0);
    assert.deepEqual(m, { start: 0, end: 15, sector: 'GOV', text: 'harbour masters' });
  });

  it('returns bad lines as errors from loadActorDictionary and throws one input error from createActorDictionary', () => {
    const { errors } = loadActorDictionary({ extra: [{ text: fixture('actors-bad.txt'), name: 'bad.txt' }], terms: [] });
    assert.equal(errors.length, 4);
    assert.throws(
      () => createActorDictionary({ extra: [{ text: fixture('actors-bad.txt'), name: 'bad.txt' }], terms: [] }),
      (e: unknown) => e instanceof DyadError && e.kind === 'input' && /^bad\.txt: line 3: bad date .*\(and 3 more bad lines\)$/.test(e.message),
    );
  });
});
