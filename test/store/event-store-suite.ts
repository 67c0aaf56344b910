import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EventStore } from '../../src/store/event-store.js';
import { makeArticle, makeEvent } from './make-records.js';

const none = { quotes: [], quantities: [] };

/** The behaviour every EventStore implementation must have; each implementation's test runs it. */
async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

export function runEventStoreSuite(name: string, open: () => Promise<EventStore>): void {
  describe(`${name}: the EventStore contract`, () => {
    it('adds an article once: the same body again changes nothing', async () => {
      const store = await open();
      const a = makeArticle(['Putin met Lukashenko in St. Petersburg on Wednesday.'], { title: 'Summit' });
      const coded = { ...none, events: [makeEvent(a, { source: 'RUSGOV', target: 'BLRGOV', cameo: '040', plover: 'CONSULT' })] };
      assert.deepEqual(await store.addArticle(a, coded), { status: 'added', events: 1 });
      assert.deepEqual(await store.addArticle(a, coded), { status: 'unchanged' });
      assert.deepEqual(await store.stats(), { articles: 1, events: 1, mentions: 1 });
      assert.equal(await store.hasSource(a.source.sha256), true);
      assert.equal(await store.hasSource('0'.repeat(64)), false);
      await store.close();
    });

    it('merges reports of one event across articles, in either direction for a meeting', async () => {
      const store = await open();
      const a = makeArticle(['Putin met Lukashenko on Wednesday.'], { title: 'One' });
      const b = makeArticle(['Lukashenko visited Putin for talks.', 'The two leaders met again.'], { title: 'Two', published: '2021-12-31' });
      await store.addArticle(a, { ...none, events: [makeEvent(a, { source: 'RUSGOV', target: 'BLRGOV', cameo: '040' })] });
      await store.addArticle(b, {
        ...none,
        events: [
          makeEvent(b, { source: 'BLRGOV', target: 'RUSGOV', cameo: '042', date: { value: '2021-12-30', precision: 'day' } }),
          makeEvent(b, { source: 'BLRGOV', target: 'RUSGOV', cameo: '040', sentence: 1, date: { value: '2021-12', precision: 'month' } }),
        ],
      });
      const events = await store.events();
      assert.equal(events.length, 1);
      const [merged] = events;
      assert.equal(merged?.mentions, 3);
      assert.equal(merged?.articles, 2);
      assert.deepEqual(
        merged?.evidence.map((e) => [e.article, e.sentence.index]),
        [
          [a.id, 0],
          [b.id, 0],
          [b.id, 1],
        ],
      );
      assert.equal(merged?.sentence.text, 'Putin met Lukashenko on Wednesday.');
      await store.close();
    });

    it('keeps events apart when dates, codes, direction or polarity differ', async () => {
      const store = await open();
      const a = makeArticle(['Russia accused Ukraine.', 'Ukraine accused Russia.', 'Russia denied it.', 'Russia accused Ukraine again in May.']);
      await store.addArticle(a, {
        ...none,
        events: [
          makeEvent(a, { source: 'RUS', target: 'UKR', cameo: '112' }),
          makeEvent(a, { source: 'UKR', target: 'RUS', cameo: '112', sentence: 1 }),
          makeEvent(a, { source: 'RUS', target: 'UKR', cameo: '112', sentence: 2, modality: 'negated' }),
          makeEvent(a, { source: 'RUS', target: 'UKR', cameo: '112', sentence: 3, date: { value: '2021-05', precision: 'month' } }),
        ],
      });
      assert.equal(await store.countEvents(), 4);
      await store.close();
    });

    it('marks events dated well before the article as background', async () => {
      const store = await open();
      const a = makeArticle(['The crackdown began in August 2020.'], { published: '2021-12-30' });
      await store.addArticle(a, {
        ...none,
        events: [makeEvent(a, { source: 'BLRGOV', target: 'BLROPP', cameo: '175', date: { value: '2020-08', precision: 'month' } })],
      });
      const [event] = await store.events();
      assert.equal(event?.background, true);
      assert.equal(await store.countEvents({ background: false }), 0);
      await store.close();
    });

    it('filters by actor prefix, dyad in both directions, code prefix, PLOVER type, dates and sentence text', async () => {
      const store = await open();
      const a = makeArticle(['The EU imposed sanctions on Belarus.', 'Russian troops massed near Ukraine.', 'Putin met Lukashenko.'], {
        published: '2021-12-30',
      });
      await store.addArticle(a, {
        ...none,
        events: [
          makeEvent(a, { source: 'IGOEUREEC', target: 'BLR', cameo: '163', plover: 'SANCTION', quad: 4, goldstein: -8 }),
          makeEvent(a, { source: 'RUSMIL', target: 'UKR', cameo: '154', sentence: 1, plover: 'MOBILIZE', date: { value: '2021-11', precision: 'month' } }),
          makeEvent(a, { source: 'RUSGOV', target: 'BLRGOV', cameo: '040', sentence: 2, plover: 'CONSULT' }),
        ],
      });
      assert.equal(await store.countEvents({ actor: 'RUS' }), 2);
      assert.equal(await store.countEvents({ actor: 'RUSMIL' }), 1);
      assert.equal(await store.countEvents({ dyad: ['BLR', 'RUS'] }), 1);
      assert.equal(await store.countEvents({ dyad: ['BLR', 'IGOEUREEC'] }), 1);
      assert.equal(await store.countEvents({ code: '16' }), 1);
      assert.equal(await store.countEvents({ code: '1' }), 2);
      assert.equal(await store.countEvents({ plover: 'consult' }), 1);
      assert.equal(await store.countEvents({ since: '2021-12-01' }), 2);
      assert.equal(await store.countEvents({ until: '2021-11-30' }), 1);
      assert.equal(await store.countEvents({ q: 'troops' }), 1);
      assert.equal(await store.countEvents({ q: 'sanctions ("*' }), 1);
      assert.equal((await store.events({ limit: 1, offset: 1 })).length, 1);
      assert.deepEqual(
        (await collect(store.eachEvent({ actor: 'RUS' }))).map((e) => e.action.cameo),
        ['154', '040'],
      );
      assert.equal((await collect(store.eachEvent())).length, 3);
      await store.close();
    });

    it('matches a date filter against the whole span of a month, quarter or year', async () => {
      const store = await open();
      const a = makeArticle(['Talks were held this year.', 'Drills took place in the spring.', 'Sanctions came in December.'], { published: '2021-12-30' });
      await store.addArticle(a, {
        ...none,
        events: [
          makeEvent(a, { source: 'RUSGOV', target: 'BLRGOV', cameo: '040', date: { value: '2021', precision: 'year' } }),
          makeEvent(a, { source: 'RUSMIL', target: 'BLRMIL', cameo: '062', sentence: 1, date: { value: '2021-Q2', precision: 'quarter' } }),
          makeEvent(a, { source: 'IGOEUREEC', target: 'BLR', cameo: '163', sentence: 2, date: { value: '2020-12', precision: 'month' } }),
        ],
      });
      const codes = async (f: { since?: string; until?: string; actor?: string }): Promise<string[]> => (await store.events(f)).map((e) => e.action.cameo).sort();
      assert.deepEqual(await codes({ since: '2021-06-15' }), ['040', '062']);
      assert.deepEqual(await codes({ since: '2021-07-01' }), ['040']);
      assert.deepEqual(await codes({ since: '2020-12-31', until: '2021-01-01' }), ['040', '163']);
      assert.deepEqual(await codes({ since: '2021-05-01', actor: 'BLR' }), ['040', '062']);
      assert.deepEqual(await store.pageTotal({ since: '2021-06-15', actor: 'BLR' }), { count: 2, exact: true });
      await store.close();
    });

    it('pages a text query newest report first', async () => {
      const store = await open();
      const older = makeArticle(['Troops crossed the border near Kharkiv.', 'Officials met in Minsk.'], { title: 'Older' });
      const newer = makeArticle(['More troops arrived at the border.', 'Troops left Belarus.'], { title: 'Newer' });
      await store.addArticle(older, {
        ...none,
        events: [
          makeEvent(older, { source: 'RUSMIL', target: 'UKR', cameo: '190' }),
          makeEvent(older, { source: 'RUSGOV', target: 'BLRGOV', cameo: '040', sentence: 1 }),
        ],
      });
      await store.addArticle(newer, {
        ...none,
        events: [
          makeEvent(newer, { source: 'RUSMIL', target: 'UKR', cameo: '154', plover: 'MOBILIZE' }),
          makeEvent(newer, { source: 'RUSMIL', target: 'BLR', cameo: '154', plover: 'MOBILIZE', sentence: 1 }),
        ],
      });
      assert.equal(await store.countEvents({}), 4);
      assert.deepEqual(await store.pageTotal({}), { count: 4, exact: true });
      assert.equal(await store.countEvents({ q: 'troops' }), 3);
      assert.deepEqual(await store.pageTotal({ q: 'troops' }), { count: 3, exact: true });
      assert.equal(await store.countEvents({ q: 'troops', dyad: ['RUS', 'UKR'] }), 2);
      assert.deepEqual(await store.pageTotal({ q: 'troops', dyad: ['RUS', 'UKR'] }), { count: 2, exact: true });
      assert.equal(await store.countEvents({ q: 'troops', code: '15' }), 2);
      assert.equal(await store.countEvents({ q: 'troops', actor: 'BLR' }), 1);
      assert.equal(await store.countEvents({ q: 'minsk', actor: 'RUS' }), 1);
      assert.equal(await store.countEvents({ q: 'minsk', actor: 'UKR' }), 0);
      assert.deepEqual(
        (await store.events({ q: 'troops' })).map((e) => e.sentence.text),
        ['Troops left Belarus.', 'More troops arrived at the border.', 'Troops crossed the border near Kharkiv.'],
      );
      assert.deepEqual(
        (await store.events({ q: 'troops', limit: 1, offset: 1 })).map((e) => e.sentence.text),
        ['More troops arrived at the border.'],
      );
      await store.close();
    });

    it('pages a text query by each event\'s newest sentence with the words, one event once', async () => {
      const store = await open();
      const met = { source: 'RUSGOV', target: 'BLRGOV', cameo: '040', date: { value: '2021-11-30', precision: 'day' as const } };
      const a = makeArticle(['Talks on the pipeline began.'], { published: '2021-12-01', title: 'a' });
      const b = makeArticle(['The pipeline talks went on.', 'Sanctions hit the pipeline.'], { published: '2021-12-02', title: 'b' });
      // The meeting's two newest reports are both in the last article: a page of two must read past them.
      const c = makeArticle(['Pipeline talks ended.', 'The pipeline deal was signed at the talks.', 'Nothing else.'], { published: '2021-12-03', title: 'c' });
      await store.addArticle(a, { ...none, events: [makeEvent(a, met)] });
      await store.addArticle(b, { ...none, events: [makeEvent(b, met), makeEvent(b, { source: 'USA', target: 'RUS', cameo: '163', sentence: 1, quad: 4, goldstein: -8 })] });
      await store.addArticle(c, { ...none, events: [makeEvent(c, met), makeEvent(c, { ...met, sentence: 1 }), makeEvent(c, { source: 'UKR', target: 'RUS', cameo: '112', sentence: 2 })] });
      const page = async (filter: Parameters<EventStore['events']>[0]): Promise<[string, number][]> => (await store.events(filter)).map((e) => [e.action.cameo, e.mentions]);
      assert.deepEqual(await page({ q: 'pipeline' }), [['040', 4], ['163', 1]]);
      assert.deepEqual(await page({ q: 'pipeline', limit: 2 }), [['040', 4], ['163', 1]]);
      assert.deepEqual(await page({ q: 'pipeline', limit: 1, offset: 1 }), [['163', 1]]);
      assert.deepEqual(await page({ q: 'pipeline', actor: 'USA' }), [['163', 1]]);
      assert.deepEqual(await page({ q: 'pipeline', actor: 'UKR' }), []);
      assert.deepEqual(await store.pageTotal({ q: 'pipeline' }), { count: 2, exact: true });
      assert.equal(await store.countEvents({ q: 'pipeline' }), 2);
      await store.close();
    });

    it('counts a page up to 1,000, and reads a text filter over the newest 5,000 sentences with the words', async () => {
      const store = await open();
      const n = 5001;
      // Three days apart, so that no two reports merge into one event.
      const day = (i: number): string => new Date(Date.UTC(2000, 0, 1) + i * 3 * 86_400_000).toISOString().slice(0, 10);
      const a = makeArticle(Array.from({ length: n }, (_, i) => `Troops moved near the border, report ${i}.`), { published: '2050-01-01' });
      await store.addArticle(a, {
        ...none,
        events: Array.from({ length: n }, (_, i) =>
          makeEvent(a, { source: 'RUSMIL', target: i === 0 ? 'UKR' : 'BLR', cameo: '154', sentence: i, date: { value: day(i), precision: 'day' } }),
        ),
      });
      assert.deepEqual(await store.pageTotal({}), { count: 1000, exact: false });
      assert.deepEqual(await store.pageTotal({ actor: 'UKR' }), { count: 1, exact: true });
      assert.deepEqual(await store.pageTotal({ q: 'troops' }), { count: 1000, exact: false });
      // The one UKR event is in the oldest sentence, outside the window: the page says "0+".
      assert.deepEqual(await store.pageTotal({ q: 'troops', actor: 'UKR' }), { count: 0, exact: false });
      assert.deepEqual(await store.events({ q: 'troops', actor: 'UKR' }), []);
      assert.equal(await store.countEvents({ q: 'troops', actor: 'UKR' }), 1);
      assert.equal((await store.events({ q: 'troops', limit: 1 }))[0]?.sentence.text, 'Troops moved near the border, report 5000.');
      await store.close();
    });

    it('gives a dyad time line per period and direction with Goldstein and quad counts', async () => {
      const store = await open();
      const a = makeArticle(['Russia praised Belarus.', 'Belarus thanked Russia.', 'Russia threatened Belarus in November.'], { published: '2021-12-30' });
      await store.addArticle(a, {
        ...none,
        events: [
          makeEvent(a, { source: 'RUSGOV', target: 'BLRGOV', cameo: '051', goldstein: 3.4, quad: 1 }),
          makeEvent(a, { source: 'BLRGOV', target: 'RUSGOV', cameo: '051', sentence: 1, goldstein: 3.4, quad: 1 }),
          makeEvent(a, {
            source: 'RUSGOV',
            target: 'BLRGOV',
            cameo: '130',
            sentence: 2,
            goldstein: -4.4,
            quad: 3,
            date: { value: '2021-11', precision: 'month' },
          }),
        ],
      });
      assert.deepEqual(await store.dyad('RUS', 'BLR', 'month'), [
        { period: '2021-11', direction: 'a>b', events: 1, mentions: 1, goldsteinSum: -4.4, goldsteinMean: -4.4, quad: [0, 0, 1, 0] },
        { period: '2021-12', direction: 'a>b', events: 1, mentions: 1, goldsteinSum: 3.4, goldsteinMean: 3.4, quad: [1, 0, 0, 0] },
        { period: '2021-12', direction: 'b>a', events: 1, mentions: 1, goldsteinSum: 3.4, goldsteinMean: 3.4, quad: [1, 0, 0, 0] },
      ]);
      assert.deepEqual(
        (await store.dyad('RUS', 'BLR', 'year')).map((p) => [p.period, p.direction, p.events]),
        [
          ['2021', 'a>b', 2],
          ['2021', 'b>a', 1],
        ],
      );
      const actors = await store.actors();
      assert.deepEqual(
        actors.map((x) => [x.code, x.asSource, x.asTarget]),
        [
          ['BLRGOV', 1, 2],
          ['RUSGOV', 2, 1],
        ],
      );
      assert.deepEqual(await store.network(), [
        { source: 'RUS', target: 'BLR', events: 2, goldsteinMean: -0.5 },
        { source: 'BLR', target: 'RUS', events: 1, goldsteinMean: 3.4 },
      ]);
      await store.close();
    });

    it('lists no unresolved actor ("---", stored by older versions) in the actors or the network', async () => {
      const store = await open();
      const a = makeArticle(['Somebody met Putin.'], { published: '2021-12-30' });
      await store.addArticle(a, { ...none, events: [
        makeEvent(a, { source: '---', target: 'RUSGOV', cameo: '040' }),
        makeEvent(a, { source: 'RUSGOV', target: '---', cameo: '111', sentence: 1 }),
        makeEvent(a, { source: 'RUSGOV', target: 'BLRGOV', cameo: '036', sentence: 2 }),
      ] });
      assert.deepEqual((await store.actors()).map((x) => x.code), ['RUSGOV', 'BLRGOV']);
      assert.deepEqual((await store.network()).map((e) => [e.source, e.target]), [['RUS', 'BLR']]);
      assert.deepEqual((await store.network({ since: '2021-12-01', until: '2021-12-31' })).map((e) => [e.source, e.target]), [['RUS', 'BLR']]);
      await store.close();
    });

    it('counts an actor\'s partners once per event, by country or by code within its own country, and the extent of its dates', async () => {
      const store = await open();
      const a = makeArticle(['Putin met Lukashenko.', 'The Kremlin ordered the army.', 'Kyiv accused the Kremlin.', 'Putin praised himself.', 'Russia recalled 2016.'], { published: '2021-12-30' });
      await store.addArticle(a, { ...none, events: [
        makeEvent(a, { source: 'RUSGOV', target: 'BLRGOV', cameo: '040', goldstein: 1 }),
        makeEvent(a, { source: 'RUSGOV', target: 'RUSMIL', cameo: '010', sentence: 1, goldstein: 0, date: { value: '2021-12-20', precision: 'day' } }),
        makeEvent(a, { source: 'UKRGOV', target: 'RUSGOV', cameo: '111', sentence: 2, goldstein: -2, quad: 3, date: { value: '2021-12-10', precision: 'day' } }),
        makeEvent(a, { source: 'RUSGOV', target: 'RUSGOV', cameo: '051', sentence: 3 }),
        makeEvent(a, { source: 'RUS', target: 'BLR', cameo: '040', sentence: 4, date: { value: '2016-01', precision: 'month' } }),
      ] });
      assert.deepEqual(await store.partners('RUSGOV'), [
        { code: 'BLR', events: 1, goldsteinMean: 1 },
        { code: 'RUSMIL', events: 1, goldsteinMean: 0 },
        { code: 'UKR', events: 1, goldsteinMean: -2 },
      ]);
      // For the country, its own actors are itself: only the other countries are partners.
      assert.deepEqual((await store.partners('RUS')).map((p) => [p.code, p.events]), [['BLR', 2], ['UKR', 1]]);
      assert.deepEqual((await store.partners('RUSGOV', { code: '11' })).map((p) => p.code), ['UKR']);
      assert.deepEqual(await store.dateExtent({ actor: 'RUS' }), ['2016-01-01', '2021-12-29']);
      assert.deepEqual(await store.dateExtent({ actor: 'RUS', background: false }), ['2021-12-10', '2021-12-29']);
      assert.deepEqual(await store.dateExtent({ actor: 'RUSMIL' }), ['2021-12-20', '2021-12-20']);
      // A month that starts before `since` and reaches it is in the extent, from its first day.
      assert.deepEqual(await store.dateExtent({ actor: 'RUS', since: '2016-01-15' }), ['2016-01-01', '2021-12-29']);
      assert.deepEqual(await store.dateExtent({ actor: 'RUS', since: '2016-02-01' }), ['2021-12-10', '2021-12-29']);
      assert.deepEqual(await store.dateExtent({ actor: 'RUSGOV', since: '2021-12-15' }), ['2021-12-20', '2021-12-29']);
      assert.equal(await store.dateExtent({ actor: 'CHN' }), null);
      await store.close();
    });

    it('files a plan dated more than a year after its article under the article\'s day', async () => {
      const store = await open();
      const a = makeArticle(['Russia plans a base by 2030. Russia met Belarus.'], { published: '2021-12-30' });
      await store.addArticle(a, { ...none, events: [
        makeEvent(a, { source: 'RUS', target: 'SYR', cameo: '0331', modality: 'future', date: { value: '2030', precision: 'year' } }),
      ] });
      const b = makeArticle(['Russia met Belarus.'], { published: '2022-01-05' });
      await store.addArticle(b, { ...none, events: [makeEvent(b, { source: 'RUS', target: 'BLR', cameo: '040', date: { value: '2022-01-05', precision: 'day' } })] });
      const events = await store.events();
      assert.deepEqual(events.map((e) => e.action.cameo), ['040', '0331']);
      assert.equal(events[1]?.date?.value, '2030');
      assert.equal(events[1]?.modality, 'future');
      assert.equal((await store.events({ since: '2021-12-30', until: '2021-12-30' })).length, 1);
      await store.close();
    });

    it('gives the same totals over whole months as over exact days', async () => {
      const store = await open();
      const reports = [
        ['2021-10-05', 'RUSGOV', 'BLRGOV', '040', 1, 1],
        ['2021-10-05', 'BLRGOV', 'RUSGOV', '042', 1.9, 1],
        ['2021-10-20', 'RUSMIL', 'UKR', '190', -10, 4],
        ['2021-11-02', 'RUS', 'UKR', '112', -2, 3],
        ['2021-11-02', 'RUS', 'UKR', '112', -2, 3],
        ['2021-12-30', 'IGOEUREEC', 'BLR', '163', -8, 4],
      ] as const;
      for (const [i, [day, source, target, cameo, goldstein, quad]] of reports.entries()) {
        const a = makeArticle([`Report ${i} of ${cameo}.`], { published: day });
        await store.addArticle(a, { quotes: [], quantities: [], events: [makeEvent(a, { source, target, cameo, goldstein, quad, date: { value: day, precision: 'day' } })] });
      }
      // The first filter of each pair is on month boundaries, the second cuts a day off nothing.
      const whole = { since: '2021-10-01', until: '2021-12-31' };
      const exact = { since: '2021-10-02', until: '2021-12-31' };
      const all = { since: '1999-01-02' };
      assert.deepEqual(await store.dyad('RUS', 'BLR', 'month', whole), await store.dyad('RUS', 'BLR', 'month', exact));
      assert.deepEqual(await store.dyad('RUS', 'UKR', 'year'), await store.dyad('RUS', 'UKR', 'year', all));
      assert.deepEqual(await store.network(whole), await store.network(exact));
      assert.deepEqual(await store.network(), await store.network(all));
      assert.deepEqual(await store.countries(), await store.countries(all));
      assert.deepEqual(
        (await store.network()).map((e) => [e.source, e.target, e.events]),
        [
          ['RUS', 'UKR', 2],
          ['IGOEUREEC', 'BLR', 1],
          ['RUS', 'BLR', 1],
        ],
      );
      await store.close();
    });

    it('searches titles and bodies, and reads an article back with its reports', async () => {
      const store = await open();
      const a = makeArticle(['Minsk hosted the summit of the union state.'], { title: 'Union state summit <script>' });
      const b = makeArticle(['Nothing to see here.'], { title: 'Other' });
      await store.addArticle(a, { ...none, events: [makeEvent(a, { source: 'BLRGOV', target: 'RUSGOV', cameo: '043' })] });
      await store.addArticle(b, { ...none, events: [] });
      const hits = await store.search('union summit');
      assert.equal(hits.length, 1);
      assert.equal(hits[0]?.id, a.id);
      assert.equal(hits[0]?.events, 1);
      assert.deepEqual(await store.search('"unbalanced (quote'), []);
      const stored = await store.article(a.id);
      assert.equal(stored?.article.body, a.body);
      assert.equal(stored?.article.title, 'Union state summit <script>');
      assert.equal(stored?.events.length, 1);
      assert.equal(stored?.events[0]?.merged, (await store.events())[0]?.id);
      assert.equal(await store.article('a_missing'), null);
      await store.close();
    });

    it('ranks search hits by relevance, each with a snippet of its own article', async () => {
      const store = await open();
      const once = makeArticle(['Gas prices rose in Kyiv.', 'The pipeline was closed for repairs.'], { title: 'Prices' });
      const often = makeArticle(['The pipeline deal was signed.', 'Pipeline gas will flow in May.'], { title: 'Pipeline deal' });
      const none2 = makeArticle(['Talks resumed in Geneva.'], { title: 'Talks' });
      for (const a of [often, once, none2]) await store.addArticle(a, { ...none, events: [] });
      const hits = await store.search('pipeline');
      assert.deepEqual(
        hits.map((h) => h.id),
        [often.id, once.id],
      );
      assert.match(hits[0]?.snippet ?? '', /\[Pipeline\]|\[pipeline\]/);
      assert.match(hits[1]?.snippet ?? '', /repairs/);
      assert.doesNotMatch(hits[1]?.snippet ?? '', /deal/);
      assert.deepEqual(
        (await store.search('pipeline', 1, 1)).map((h) => h.id),
        [once.id],
      );
      await store.close();
    });

    it('stores nothing of an article whose insert fails', async () => {
      const store = await open();
      const a = makeArticle(['Russia accused Ukraine.']);
      const event = makeEvent(a, { source: 'RUS', target: 'UKR', cameo: '112' });
      // The same mention id twice in one article breaks a uniqueness rule half-way through the insert.
      await assert.rejects(store.addArticle(a, { ...none, events: [event, event] }));
      assert.deepEqual(await store.stats(), { articles: 0, events: 0, mentions: 0 });
      assert.deepEqual(await store.addArticle(a, { ...none, events: [event] }), { status: 'added', events: 1 });
      await store.close();
    });
  });
}
