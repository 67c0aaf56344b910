import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { writeTextExport } from '../../src/export/write-export.js';
import { actorProfile } from '../../src/server/actor-profile.js';
import type { EventStore } from '../../src/store/event-store.js';
import type { Article, CodedArticle, Event } from '../../src/types/index.js';
import { makeArticle, makeEvent, type EventSpec } from './make-records.js';

interface Doc {
  article: Article;
  coded: CodedArticle;
}

type Spec = EventSpec & { names?: [string | null, string | null] };

function doc(paragraphs: string[], published: string | null, specs: Spec[]): Doc {
  const article = makeArticle(paragraphs, { published, title: paragraphs[0] });
  const events: Event[] = specs.map(({ names, ...spec }) => {
    const e = makeEvent(article, spec);
    return { ...e, source: { ...e.source, entity: names?.[0] ?? null }, target: e.target && { ...e.target, entity: names?.[1] ?? null } };
  });
  return { article, coded: { events, quotes: [], quantities: [] } };
}

const day = (value: string): { value: string; precision: 'day' } => ({ value, precision: 'day' });

/**
 * Reports written so that arrival order would show if it mattered: one meeting told four ways (either
 * way round, a day apart across a month's end, one by month, one in an undated article, placed in
 * two countries), so that the earliest report moves the event's month, place and sides when it comes
 * last; an accusation reported twice on one day with different weights, and once denied; a crackdown
 * first recalled as background and later found in the day's news; an article whose second sentence
 * reports first what its first tells more exactly; and names given for one code in several ways.
 */
export function orderFixture(): Doc[] {
  return [
    doc(['Putin met Lukashenko in Minsk on Wednesday.'], '2021-04-01', [
      { source: 'RUSGOV', target: 'BLRGOV', cameo: '040', date: day('2021-03-31'), location: 'BLR', goldstein: 1, names: ['Vladimir Putin', 'Alexander Lukashenko'] },
    ]),
    doc(['Lukashenko met Putin on Thursday.'], '2021-04-02', [
      { source: 'BLRGOV', target: 'RUSGOV', cameo: '040', date: day('2021-04-01'), location: 'RUS', goldstein: 1.5, names: ['Lukashenko', 'Putin'] },
    ]),
    doc(['In April Putin held talks with Lukashenko.'], '2021-04-03', [
      { source: 'RUSGOV', target: 'BLRGOV', cameo: '042', date: { value: '2021-04', precision: 'month' }, names: ['Putin', 'Lukashenko'] },
    ]),
    doc(['Putin and Lukashenko met, an undated note says.'], null, [
      { source: 'RUSGOV', target: 'BLRGOV', cameo: '040', date: day('2021-03-31'), names: ['Vladimir Putin', null] },
    ]),
    doc(['Russia accused Ukraine of shelling.', 'Ukraine denied the charge.'], '2021-05-11', [
      { source: 'RUS', target: 'UKR', cameo: '112', date: day('2021-05-10'), goldstein: -2, quad: 3 },
      { source: 'UKR', target: 'RUS', cameo: '112', sentence: 1, date: day('2021-05-10'), modality: 'negated', goldstein: -2, quad: 3 },
    ]),
    doc(['Moscow blamed Kyiv for the attack.'], '2021-05-11', [
      { source: 'RUS', target: 'UKR', cameo: '112', date: day('2021-05-11'), goldstein: -2.5, quad: 3, location: 'UKR' },
    ]),
    doc(['The crackdown of August 2020 was recalled.'], '2021-06-20', [
      { source: 'BLRGOV', target: 'BLROPP', cameo: '175', date: { value: '2020-08', precision: 'month' }, goldstein: -9, quad: 4, names: ['Lukashenko', null] },
    ]),
    doc(['Police beat protesters in Minsk on Friday.'], '2020-08-15', [
      { source: 'BLRGOV', target: 'BLROPP', cameo: '175', date: day('2020-08-14'), goldstein: -9, quad: 4, names: ['Belarusian police', 'protesters'] },
    ]),
    doc(['Washington pledged aid to Beijing.', 'The United States said it would act.'], '2021-07-01', [
      { source: 'USAGOV', target: 'CHNGOV', cameo: '010', sentence: 1, date: day('2021-06-30'), goldstein: 0, names: ['United States', 'China'] },
      { source: 'USAGOV', target: 'CHNGOV', cameo: '013', sentence: 0, date: day('2021-06-30'), goldstein: 0.4, names: ['Washington', 'Beijing'] },
    ]),
    doc(['The US repeated its pledge to China.'], '2021-07-02', [
      { source: 'USAGOV', target: 'CHNGOV', cameo: '010', date: day('2021-06-30'), goldstein: 0, names: ['United States', 'China'] },
    ]),
  ];
}

/** The three orders every test below uses: as written, reversed, and interleaved. */
export function threeOrders<T>(items: T[]): T[][] {
  const interleaved = [...items.filter((_, i) => i % 2 === 1), ...items.filter((_, i) => i % 2 === 0).reverse()];
  return [items, [...items].reverse(), interleaved];
}

async function exported(store: EventStore, format: 'jsonl' | 'csv' | 'plover'): Promise<string> {
  let text = '';
  await writeTextExport(store.eachEvent({ background: true }), format, { write: (chunk) => void (text += chunk) });
  return text;
}

/** Everything a user can read from a store, as one string: exports, pages, actors, profiles, totals, each article's reports. */
export async function storeSnapshot(store: EventStore, articleIds: string[]): Promise<string> {
  const parts: unknown[] = [
    await exported(store, 'jsonl'),
    await exported(store, 'csv'),
    await exported(store, 'plover'),
    await store.events({ background: true, limit: 1000 }),
    await store.events({ actor: 'RUS', limit: 2, offset: 1 }),
    await store.actors(),
    await store.network(),
    await store.network({ since: '2020-01-01', until: '2021-12-31' }),
    await store.countries(),
    await store.countries({ since: '2021-03-01', until: '2021-04-30' }),
    await store.dyad('RUS', 'BLR', 'month'),
    await store.dyad('RUS', 'BLR', 'month', { since: '2021-01-01', until: '2021-12-31' }),
    await store.dyad('BLR', '', 'year', { since: '2020-01-01', until: '2021-12-31' }),
    await store.partners('RUS'),
    await store.partners('BLRGOV'),
    await store.dateExtent(),
    await actorProfile(store, 'RUS', 'month', {}),
    await store.stats(),
    await store.countEvents({ background: true }),
  ];
  for (const id of [...articleIds].sort()) parts.push(await store.article(id));
  return JSON.stringify(parts, null, 1);
}

/** A store is the same whatever order its documents arrive in, one at a time or all at once. */
export function runArrivalOrderSuite(name: string, open: () => Promise<EventStore>): void {
  describe(`${name}: the same store in any order of arrival`, () => {
    const docs = orderFixture();
    const ids = docs.map((d) => d.article.id);

    it('gives byte-identical exports, pages, actors and totals for the documents in three orders', async () => {
      const snapshots: string[] = [];
      for (const order of threeOrders(docs)) {
        const store = await open();
        for (const d of order) await store.addArticle(d.article, d.coded);
        snapshots.push(await storeSnapshot(store, ids));
        await store.close();
      }
      assert.equal(snapshots[1], snapshots[0], 'reversed');
      assert.equal(snapshots[2], snapshots[0], 'interleaved');
    });

    it('gives the same store when every document is written at once, as many workers would', async () => {
      const one = await open();
      for (const d of docs) await one.addArticle(d.article, d.coded);
      const expected = await storeSnapshot(one, ids);
      await one.close();
      const many = await open();
      await Promise.all([...docs].reverse().map((d) => many.addArticle(d.article, d.coded)));
      assert.equal(await storeSnapshot(many, ids), expected);
      await many.close();
    });

    it('takes the earliest report as the event, its month, place, sides and totals, whenever it arrives', async () => {
      const [first, second, third, undated] = docs;
      for (const order of threeOrders([undated, third, second, first] as Doc[])) {
        const store = await open();
        for (const d of order) await store.addArticle(d.article, d.coded);
        const [meeting] = await store.events();
        const leader = first?.coded.events[0];
        assert.equal(meeting?.id, leader?.id);
        assert.equal(meeting?.sentence.text, leader?.sentence.text);
        assert.deepEqual([meeting?.source.code, meeting?.target?.code, meeting?.location?.country, meeting?.mentions], ['RUSGOV', 'BLRGOV', 'BLR', 4]);
        assert.deepEqual(meeting?.evidence.map((e) => e.article), [first, second, third, undated].map((d) => d?.article.id));
        assert.deepEqual(await store.countries(), [{ country: 'BLR', events: 1, goldsteinMean: 1 }]);
        assert.deepEqual(
          (await store.dyad('RUS', 'BLR', 'month', { since: '2021-01-01', until: '2021-12-31' })).map((p) => [p.period, p.direction, p.events, p.mentions]),
          [['2021-03', 'a>b', 1, 4]],
        );
        assert.deepEqual(
          (await store.actors()).map((a) => [a.code, a.name, a.asSource, a.asTarget]),
          [
            ['BLRGOV', 'Lukashenko', 0, 1],
            ['RUSGOV', 'Putin', 1, 0],
          ],
        );
        await store.close();
      }
    });

    it('takes the earlier of two reports in one article, and news over the background that came first', async () => {
      const store = await open();
      for (const d of [...docs].reverse()) await store.addArticle(d.article, d.coded);
      const events = await store.events({ background: true, limit: 100 });
      const pledge = events.find((e) => e.source.code === 'USAGOV');
      assert.deepEqual([pledge?.action.cameo, pledge?.sentence.index, pledge?.mentions], ['013', 0, 3]);
      const crackdown = events.find((e) => e.action.cameo === '175');
      assert.deepEqual([crackdown?.date?.value, crackdown?.background, crackdown?.mentions], ['2020-08-14', false, 2]);
      await store.close();
    });

    // Merging is greedy: a report joins the first event whose representative it matches, so reports
    // compatible only through a third (a generic 040 beside a 042 and a 043 of one pair and day) group
    // by arrival. Shown here until grouping is made a function of the set of reports.
    it('groups reports compatible only through a third the same way in any order', { todo: 'greedy merging depends on arrival here' }, async () => {
      const reports = [
        doc(['Putin consulted Lukashenko.'], '2021-09-02', [{ source: 'RUSGOV', target: 'BLRGOV', cameo: '040', date: day('2021-09-01') }]),
        doc(['Putin visited Lukashenko.'], '2021-09-03', [{ source: 'RUSGOV', target: 'BLRGOV', cameo: '042', date: day('2021-09-01') }]),
        doc(['Lukashenko hosted Putin.'], '2021-09-04', [{ source: 'RUSGOV', target: 'BLRGOV', cameo: '043', date: day('2021-09-01') }]),
      ];
      const counts: number[] = [];
      for (const order of [reports, [reports[1], reports[2], reports[0]] as Doc[]]) {
        const store = await open();
        for (const d of order) await store.addArticle(d.article, d.coded);
        counts.push(await store.countEvents());
        await store.close();
      }
      assert.equal(counts[1], counts[0]);
    });
  });
}
