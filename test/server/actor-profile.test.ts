import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { actorProfile } from '../../src/server/actor-profile.js';
import type { EventStore } from '../../src/store/event-store.js';
import { openStore } from '../../src/store/open-store.js';
import { makeArticle, makeEvent } from '../store/make-records.js';

let store: EventStore;

before(async () => {
  store = await openStore(join(mkdtempSync(join(tmpdir(), 'dyad-profile-')), 'dyad.db'));
  for (const [i, month] of ['2021-10', '2021-12'].entries()) {
    const a = makeArticle([`Putin met Lukashenko, ${i}.`, `The Kremlin ordered the army, ${i}.`, `Kyiv accused the Kremlin, ${i}.`, `Putin recalled the 2016 talks with Minsk, ${i}.`], { published: `${month}-28` });
    const date = { value: `${month}-15`, precision: 'day' as const };
    await store.addArticle(a, {
      quotes: [],
      quantities: [],
      events: [
        makeEvent(a, { source: 'RUSGOV', target: 'BLRGOV', cameo: '040', date }),
        // Within Russia: one event of RUS, one partner (RUSMIL) of RUSGOV.
        makeEvent(a, { source: 'RUSGOV', target: 'RUSMIL', cameo: '010', sentence: 1, date }),
        makeEvent(a, { source: 'UKRGOV', target: 'RUSGOV', cameo: '111', sentence: 2, goldstein: -2, quad: 3, date }),
        // Background: dated years before the article.
        makeEvent(a, { source: 'RUSGOV', target: 'BLRGOV', cameo: '040', sentence: 3, date: { value: '2016-01', precision: 'month' } }),
      ],
    });
  }
});

after(() => store.close());

const total = (timeline: { events: number }[]): number => timeline.reduce((n, p) => n + p.events, 0);

describe('actor profile', () => {
  it('counts an event within one country once in the country\'s time line', async () => {
    for (const by of ['month', 'week', 'year'] as const) {
      const p = await actorProfile(store, 'RUS', by, { background: false });
      assert.equal(total(p.timeline), 6, by);
      assert.deepEqual(p.timeline.map((t) => t.quad.reduce((x, y) => x + y, 0)), p.timeline.map((t) => t.events));
    }
    const sub = await actorProfile(store, 'RUSGOV', 'month', { background: false });
    assert.equal(total(sub.timeline), 6);
  });

  it('names the partners of a country by country, and of an actor within it by its own code, never itself', async () => {
    assert.deepEqual((await actorProfile(store, 'RUS', 'month', {})).partners.map((p) => [p.code, p.events]), [['BLR', 3], ['UKR', 2]]);
    const sub = await actorProfile(store, 'RUSGOV', 'month', {});
    assert.deepEqual(sub.partners.map((p) => [p.code, p.events, p.goldsteinMean]), [['BLR', 3, 1], ['RUSMIL', 2, 1], ['UKR', 2, -2]]);
  });

  it('draws the time line from the first to the last event reported as news, background bars inside it kept', async () => {
    for (const actor of ['RUS', 'RUSGOV']) {
      const p = await actorProfile(store, actor, 'month', {});
      assert.deepEqual(p.timeline.map((t) => t.period), ['2021-10', '2021-12'], actor);
      assert.equal(total(p.timeline), 6);
      const years = await actorProfile(store, actor, 'year', {});
      assert.deepEqual(years.timeline.map((t) => t.period), ['2021']);
    }
    // Only background inside the span is still counted: a background event of November 2021 for a January 2022 article.
    const a = makeArticle(['Lukashenko recalled the November visit.'], { published: '2022-01-20' });
    await store.addArticle(a, { quotes: [], quantities: [], events: [makeEvent(a, { source: 'BLRGOV', target: 'RUSGOV', cameo: '040', date: { value: '2021-11-10', precision: 'day' } })] });
    const p = await actorProfile(store, 'RUS', 'month', {});
    assert.deepEqual(p.timeline.map((t) => [t.period, t.events]), [['2021-10', 3], ['2021-11', 1], ['2021-12', 3]]);
    assert.equal((await store.events({ actor: 'RUS', since: '2021-11-01', until: '2021-11-30' }))[0]?.background, true);
  });
});
