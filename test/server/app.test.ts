import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../src/server/app.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import type { EventStore } from '../../src/store/event-store.js';
import { openStore } from '../../src/store/open-store.js';
import { makeArticle, makeEvent } from '../store/make-records.js';

let store: EventStore;
let articleId = '';

before(async () => {
  store = await openStore(join(mkdtempSync(join(tmpdir(), 'dyad-app-')), 'dyad.db'));
  const a = makeArticle(['Putin met Lukashenko in St. Petersburg.', 'The EU imposed sanctions on Belarus.'], { title: '<script>alert(1)</script> Summit' });
  articleId = a.id;
  await store.addArticle(a, {
    quotes: [],
    quantities: [],
    events: [
      makeEvent(a, { source: 'RUSGOV', target: 'BLRGOV', cameo: '040', plover: 'CONSULT', location: 'RUS' }),
      makeEvent(a, { source: 'IGOEUREEC', target: 'BLR', cameo: '163', plover: 'SANCTION', sentence: 1, goldstein: -8, quad: 4 }),
    ],
  });
});

after(() => store.close());

async function get(url: string): Promise<{ status: number; body: Record<string, unknown>; headers: Record<string, string> }> {
  const r = await createApp(store).request(url, { headers: { host: 'localhost' } });
  const text = await r.text();
  const headers = Object.fromEntries(r.headers);
  return { status: r.status, headers, body: headers['content-type']?.startsWith('application/json') ? (JSON.parse(text) as Record<string, unknown>) : { text } };
}

describe('HTTP API', () => {
  it('serves actor names and an actor or country profile', async () => {
    const names = (await get('/api/names')).body as { countries: Record<string, string>; sectors: Record<string, string> };
    assert.equal(names.countries.RUS, 'Russia');
    assert.equal(names.sectors.GOV, 'government');
    const profile = await get('/api/profile?actor=rus&by=year');
    assert.equal(profile.status, 200);
    const p = profile.body as { actor: string; timeline: { events: number }[]; partners: { code: string }[]; types: { root: string; name: string }[]; latest: unknown[] };
    assert.equal(p.actor, 'RUS');
    assert.equal(p.timeline.reduce((n, t) => n + t.events, 0), 1);
    assert.deepEqual(p.partners.map((x) => x.code), ['BLR']);
    assert.deepEqual(p.types.map((t) => [t.root, t.name]), [['04', 'Consult']]);
    assert.equal(p.latest.length, 1);
    assert.deepEqual((await get('/api/profile')).body, { error: 'actor (an actor or country code) is required' });
    assert.equal((await get('/api/profile?actor=RUS&by=decade')).status, 400);
  });

  it('pages and filters events like the command line', async () => {
    const all = await get('/api/events?limit=1');
    assert.equal(all.status, 200);
    assert.equal(all.body.total, 2);
    assert.equal(all.body.totalExact, true);
    assert.equal((all.body.items as unknown[]).length, 1);
    const sanctions = await get('/api/events?plover=sanction');
    assert.equal(sanctions.body.total, 1);
    const dyad = await get('/api/events?dyad=BLR:RUS&q=petersburg');
    assert.equal(dyad.body.total, 1);
  });

  it("keeps events dated over a year after their article on the article's day in every time axis", async () => {
    const own = await openStore(join(mkdtempSync(join(tmpdir(), 'dyad-app-')), 'future.db'));
    try {
      const a = makeArticle(['Russia met Belarus in Minsk.', 'Russia will sign a treaty with Belarus in 2030.'], { published: '2021-10-04' });
      const day = (value: string) => ({ value, precision: 'day' as const });
      await own.addArticle(a, {
        quotes: [],
        quantities: [],
        events: [
          makeEvent(a, { source: 'RUSGOV', target: 'BLRGOV', cameo: '040', date: day('2021-10-04') }),
          makeEvent(a, { source: 'RUSGOV', target: 'BLRGOV', cameo: '057', sentence: 1, date: day('2030-06-01') }),
        ],
      });
      const app = createApp(own);
      const json = async <T>(url: string): Promise<T> => (await app.request(url, { headers: { host: 'localhost' } })).json() as Promise<T>;
      for (const by of ['day', 'week', 'month', 'year']) {
        for (const url of [`/api/dyad?a=RUS&b=BLR&by=${by}`, `/api/dyad?a=RUSGOV&b=BLRGOV&by=${by}`]) {
          const { points } = await json<{ points: { period: string; events: number }[] }>(url);
          assert.equal(points.length, 1, url);
          assert.ok(points[0]?.period.startsWith('2021'), `${url}: ${points[0]?.period}`);
          assert.equal(points[0]?.events, 2, url);
        }
        const { timeline } = await json<{ timeline: { period: string }[] }>(`/api/profile?actor=RUS&by=${by}`);
        assert.deepEqual(timeline.map((t) => t.period.slice(0, 4)), ['2021'], by);
      }
      // Filed under the article's day, the plan keeps its own date.
      const { items } = await json<{ items: { date: { value: string } | null }[] }>('/api/events');
      assert.deepEqual(items.map((e) => e.date?.value).sort(), ['2021-10-04', '2030-06-01']);
      const dated = await json<{ total: number }>('/api/events?since=2021-10-01&until=2021-10-31');
      assert.equal(dated.total, 2);
    } finally {
      await own.close();
    }
  });

  it('answers bad parameters with 400 and unknown things with 404', async () => {
    assert.equal((await get('/api/events?limit=100000')).status, 400);
    assert.equal((await get('/api/events?since=soon')).status, 400);
    // The API names its own query keys, not the command line's flags.
    assert.deepEqual((await get('/api/events?dyad=RUS')).body, { error: 'dyad expects two actor codes like RUS:BLR, got "RUS"' });
    assert.deepEqual((await get('/api/events?since=2019-13-45')).body, { error: 'since expects a real date as YYYY-MM-DD, got "2019-13-45"' });
    assert.equal((await get('/api/events?background=perhaps')).status, 400);
    assert.equal((await get('/api/dyad?a=RUS')).status, 400);
    assert.equal((await get('/api/dyad?a=RUS&b=BLR&by=decade')).status, 400);
    assert.equal((await get('/api/articles/a_nothing')).status, 404);
    assert.equal((await get('/api/nothing')).status, 404);
    assert.equal((await get('/assets/../../package.json')).status, 404);
    assert.equal((await createApp(store).request('/api/events', { method: 'POST', headers: { host: 'localhost' } })).status, 405);
  });

  it('serves the dyad series, network, countries, search and an article', async () => {
    const dyad = await get('/api/dyad?a=rus&b=blr&by=month');
    assert.deepEqual((dyad.body.points as { direction: string; events: number }[]).map((p) => [p.direction, p.events]), [['a>b', 1]]);
    const network = await get('/api/network');
    assert.deepEqual((network.body.nodes as { id: string }[]).map((n) => n.id).sort(), ['BLR', 'IGOEUREEC', 'RUS']);
    const countries = await get('/api/countries');
    assert.deepEqual((countries.body.items as { country: string }[]).map((c) => c.country).sort(), ['BLR', 'RUS']);
    const search = await get('/api/search?q=sanctions');
    assert.equal((search.body.items as unknown[]).length, 1);
    const article = await get(`/api/articles/${articleId}`);
    assert.equal((article.body.article as { title: string }).title, '<script>alert(1)</script> Summit');
  });

  it('serves the page with a strict content security policy, and the map as GeoJSON named by ISO3', async () => {
    const page = await get('/');
    assert.equal(page.status, 200);
    assert.match(page.headers['content-security-policy'] ?? '', /script-src 'self'/);
    assert.match(page.headers['content-security-policy'] ?? '', /style-src 'self'/);
    assert.doesNotMatch(page.headers['content-security-policy'] ?? '', /unsafe/);
    const world = await createApp(store).request('/assets/world.json', { headers: { host: 'localhost' } });
    const geo = (await world.json()) as { features: { properties: { name: string } }[] };
    const names = new Set(geo.features.map((f) => f.properties.name));
    for (const iso3 of ['RUS', 'BLR', 'UKR', 'CHN', 'USA']) assert.ok(names.has(iso3), iso3);
  });

  it('answers malformed targets, unknown assets and absurd numbers with 4xx', async () => {
    for (const target of ['//', '//x:y/api/stats']) assert.equal((await get(target)).status, 400, target);
    assert.equal((await get('http://evil.example/api/stats')).status, 421);
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) assert.equal((await get(`/assets/${name}`)).status, 404, name);
    for (const offset of ['99999999999999999999', '1e3', '0x10', '', '-1', '100001']) assert.equal((await get(`/api/events?offset=${offset}`)).status, 400, offset);
    assert.equal((await get('/api/events?offset=100000')).status, 200);
  });

  it('answers an unexpected error with 500 and a log line', async () => {
    const closed = await openStore(join(mkdtempSync(join(tmpdir(), 'dyad-app-')), 'closed.db'));
    await closed.close();
    const lines: string[] = [];
    const r = await createApp(closed, { log: (line) => lines.push(line) }).request('/api/stats', { headers: { host: 'localhost' } });
    assert.equal(r.status, 500);
    assert.deepEqual(await r.json(), { error: 'internal error' });
    assert.equal(lines.length, 1);
    assert.match(lines[0] ?? '', /^dyad serve: GET \/api\/stats: .*not open/);
    // Over HTTP the server answers the next request after a 500.
    const running = await startServer(closed, { port: 0 });
    try {
      assert.equal((await fetch(`${running.url}api/stats`)).status, 500);
      assert.equal((await fetch(`${running.url}favicon.ico`)).status, 200);
    } finally {
      await running.close();
    }
  });

  it('over HTTP, refuses Host names other than its own and survives raw hostile requests', async () => {
    const running = await startServer(store, { port: 0 });
    try {
      const { port } = new URL(running.url);
      const raw = (request: string): Promise<string> =>
        new Promise((resolve, reject) => {
          const socket = connect(Number(port), '127.0.0.1', () => socket.end(request));
          let text = '';
          socket.on('data', (d) => (text += d.toString('latin1')));
          socket.on('end', () => resolve(text));
          socket.on('error', reject);
        });
      const status = async (target: string, host: string): Promise<number> => Number(/^HTTP\/1\.1 (\d+)/.exec(await raw(`GET ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`))?.[1]);
      assert.equal(await status('/api/stats', `localhost:${port}`), 200);
      assert.equal(await status('/api/stats', `127.0.0.1:${port}`), 200);
      assert.equal(await status('/api/stats', `[::1]:${port}`), 200);
      assert.equal(await status('/api/stats', `rebound.example:${port}`), 421);
      assert.equal(await status('/api/stats', `127.0.0.1.rebound.example`), 421);
      assert.equal(await status('//', `127.0.0.1:${port}`), 400);
      assert.equal(await status('/assets/constructor', `127.0.0.1:${port}`), 404);
      assert.equal(await status('*', `127.0.0.1:${port}`), 400);
      assert.equal(await status('/a\\b', `127.0.0.1:${port}`), 400);
      assert.equal(await status('http://evil.example/api/stats', `127.0.0.1:${port}`), 421);
      assert.equal(await status(`http://127.0.0.1:${port}/api/stats`, `127.0.0.1:${port}`), 200);
      assert.match(await raw(`HEAD /api/stats HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`), /^HTTP\/1\.1 200[^]*\r\n\r\n$/);
      assert.match(await raw('GET /api/stats HTTP/1.0\r\n\r\n'), /^HTTP\/1\.1 421/);
      assert.match(await raw('\u0000\u0001 garbage\r\n\r\n'), /^HTTP\/1\.1 400/);
      assert.equal((await fetch(`${running.url}api/stats`)).status, 200);
    } finally {
      await running.close();
    }
  });

  it('listens on 127.0.0.1 over real HTTP', async () => {
    const running: RunningServer = await startServer(store, { port: 0 });
    try {
      assert.match(running.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
      const res = await fetch(`${running.url}api/stats`);
      assert.deepEqual(await res.json(), { articles: 1, events: 2, mentions: 2 });
      const port = Number(new URL(running.url).port);
      await assert.rejects(startServer(store, { port }), /127\.0\.0\.1:\d+: the port is in use/);
    } finally {
      await running.close();
    }
  });
});
