import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { ingestPaths } from '../../src/cli/commands/ingest.js';
import { packageRoot } from '../../src/package-root.js';
import { processDocument } from '../../src/pipeline.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import type { EventStore } from '../../src/store/event-store.js';
import { openStore } from '../../src/store/open-store.js';
import { makeArticle, makeEvent } from '../store/make-records.js';
import { colouredPixels, inkedPixels, openView, pickViews, shootViews } from './explorer-views.js';

/**
 * Debian's chromium, installed by .ci/run. In CI a missing browser fails the run; elsewhere each
 * test is skipped by name, so that the summary counts them as skipped.
 */
const CHROMIUM = process.env.DYAD_CHROMIUM ?? '/usr/bin/chromium';
const missing = !existsSync(CHROMIUM);
if (missing && process.env.CI === 'true') throw new Error(`${CHROMIUM} not found: .ci/run installs Debian's chromium for this test`);
const skip = missing ? `no browser at ${CHROMIUM} (set DYAD_CHROMIUM, or apt-get install chromium)` : false;
/** Every screenshot is kept as a test artefact (gitignored), one folder per store. */
const SHOTS = process.env.DYAD_SCREENSHOTS ?? join(packageRoot(), 'test-artifacts', 'browser');

let store: EventStore;
let server: RunningServer;
let browser: Browser;
let page: Page;
let hostileId = '';
const consoleErrors: string[] = [];

async function shot(target: Locator | Page, name: string): Promise<PNG> {
  const png = await target.screenshot();
  const dir = join(SHOTS, name.includes('/') ? '' : 'synthetic');
  mkdirSync(join(dir, name, '..'), { recursive: true });
  writeFileSync(join(dir, `${name}.png`), png);
  return PNG.sync.read(png);
}

function open(hash: string, base = server.url): Promise<void> {
  return openView(page, `${base}${hash}`);
}

/** Where a point of a chart is on the page, from the chart's own coordinate system. */
function chartPoint(id: string, finder: object, value: (string | number)[]): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([chartId, f, v]) => {
      const w = window as unknown as { echarts: { getInstanceByDom(e: Element): { convertToPixel(f: object, v: unknown): [number, number] } } };
      const dom = document.getElementById(chartId) as HTMLElement;
      const [x, y] = w.echarts.getInstanceByDom(dom).convertToPixel(f, v);
      const box = dom.getBoundingClientRect();
      return { x: box.left + x, y: box.top + y };
    },
    [id, finder, value] as const,
  );
}

describe('web explorer in a real browser', () => {
  before(async () => {
    if (missing) return;
    // The page loads the bundle that `npm run build` (run by npm install) writes.
    if (!existsSync(join(packageRoot(), 'dist', 'web', 'app.js'))) throw new Error('dist/web/app.js is missing: run "npm run build" first');
    store = await openStore(join(mkdtempSync(join(tmpdir(), 'dyad-browser-')), 'dyad.db'));
    // Four months with events and one empty month between them (2021-11), which the time axes must keep.
    const months = ['2021-09', '2021-10', '2021-12', '2022-01'];
    for (const [i, month] of months.entries()) {
      const a = makeArticle([`Putin met Lukashenko, report ${i}.`, `Lukashenko thanked Putin, report ${i}.`, `Russia threatened Belarus, report ${i}.`, `Officials spoke, report ${i}.`], {
        title: `Report ${i}`,
        published: `${month}-28`,
      });
      const date = { value: `${month}-15`, precision: 'day' as const };
      await store.addArticle(a, {
        quotes: [],
        quantities: [],
        events: [
          makeEvent(a, { source: 'RUSGOV', target: 'BLRGOV', cameo: '040', plover: 'CONSULT', date, location: 'RUS' }),
          makeEvent(a, { source: 'BLRGOV', target: 'RUSGOV', cameo: '018', sentence: 1, goldstein: 3.4, date, location: 'BLR' }),
          makeEvent(a, { source: 'RUSGOV', target: 'BLRGOV', cameo: '138', sentence: 2, goldstein: -7, quad: 3, plover: 'THREATEN', date }),
          // An unresolved actor and a bare sector: neither belongs in the network.
          makeEvent(a, { source: '---', target: 'RUSGOV', cameo: '010', sentence: 3, date }),
          makeEvent(a, { source: 'GOV', target: 'BLRGOV', cameo: '010', sentence: 3, date }),
          // A plan dated years after the report: filed under the report's day, it must not stretch any time axis.
          ...(i === 1 ? [makeEvent(a, { source: 'RUSGOV', target: 'BLRGOV', cameo: '057', sentence: 0, date: { value: '2030-06-01', precision: 'day' as const } })] : []),
        ],
      });
    }
    const fiji = makeArticle(['Fiji thanked New Zealand.'], { title: 'Pacific', published: '2021-12-20' });
    await store.addArticle(fiji, { quotes: [], quantities: [], events: [makeEvent(fiji, { source: 'FJIGOV', target: 'NZLGOV', cameo: '018', location: 'FJI', date: { value: '2021-12-19', precision: 'day' } })] });
    const hostile = makeArticle(['<img src=x onerror="window.__pwned=1"> Officials met.'], { title: '<script>window.__pwned=1</script> Headline' });
    hostileId = hostile.id;
    await store.addArticle(hostile, { quotes: [], quantities: [], events: [makeEvent(hostile, { source: 'UKRGOV', target: 'POLGOV', cameo: '040' })] });
    server = await startServer(store, { port: 0 });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // CSP violations, failed requests (a missing favicon) and script errors all land here.
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
  });

  after(async () => {
    // The browser stays open for the suite below, which closes it.
    await server?.close();
    await store?.close();
  });

  it('draws the dyad time line with every month, and a click opens the sentences behind a bar', { skip }, async () => {
    await open('#/dyad?a=RUS&b=BLR&by=month');
    const chart = page.locator('#dyad-chart');
    const png = await shot(chart, 'dyad');
    assert.ok(colouredPixels(png) > 5000, 'expected bars and lines in the chart');
    const months = await page.evaluate(() => {
      const w = window as unknown as { echarts: { getInstanceByDom(e: Element): { getOption(): { xAxis: { data: string[] }[] } } } };
      return w.echarts.getInstanceByDom(document.getElementById('dyad-chart') as HTMLElement).getOption().xAxis[0]?.data;
    });
    assert.deepEqual(months, ['2021-09', '2021-10', '2021-11', '2021-12', '2022-01']);
    const point = await chartPoint('dyad-chart', { xAxisIndex: 0, yAxisIndex: 0 }, ['2021-12', 1]);
    await page.mouse.click(point.x, point.y);
    await page.locator('#dyad-events h3').waitFor();
    assert.match((await page.locator('#dyad-events h3').textContent()) ?? '', /2021-12: 3 events/);
    assert.match((await page.locator('#dyad-events').textContent()) ?? '', /Russia threatened Belarus, report 2\./);
  });

  it('offers the busiest pairs when no dyad is chosen', { skip }, async () => {
    await open('#/dyad');
    const first = page.locator('ol.pairs a').first();
    assert.match((await first.textContent()) ?? '', /^Belarus and Russia$/);
    await first.click();
    await page.locator('#dyad-chart canvas').waitFor();
    assert.match(page.url(), /a=BLR&b=RUS/);
  });

  it('keeps a <script> in a headline as text', { skip }, async () => {
    await open(`#/article/${hostileId}`);
    const title = page.locator('.article-title');
    assert.equal(await title.textContent(), '<script>window.__pwned=1</script> Headline');
    assert.match((await page.locator('.article-text').textContent()) ?? '', /<img src=x onerror/);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  });

  it('lists events with names, Goldstein colours, keyboard-opened evidence and a CSV of the page', { skip }, async () => {
    await open('#/events?actor=RUS');
    const rows = page.locator('table.events tbody tr.event');
    assert.equal(await rows.count(), 17);
    assert.match((await page.locator('table.events').textContent()) ?? '', /RUSGOVRussia: government/);
    // Colour from a class, as the CSP allows: a threat (-7) is red, not the text's default grey.
    const threat = page.locator('td.gold', { hasText: '-7' }).first();
    const colour = await threat.evaluate((e) => getComputedStyle(e).color);
    const [r = 0, g = 0] = (colour.match(/\d+/g) ?? []).map(Number);
    assert.ok(r > 150 && r > g + 60, `a -7 Goldstein score should be red, is ${colour}`);
    await rows.first().focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('tr.detail').first().isVisible(), true);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'CSV' }).click();
    const csv = readFileSync((await (await download).path()) ?? '', 'utf8');
    assert.match(csv, /^id,date,date_precision,source,.*,source_name,target_name\n/);
    assert.equal(csv.trim().split('\n').length, 18);
    assert.match(csv, /,2030-06-01,/);
    await shot(page, 'events');
  });

  it('keeps filters in the URL and refuses an impossible date next to the form', { skip }, async () => {
    await open('#/events');
    await page.fill('input[name=since]', '2019-13-45');
    await page.click('form.filters button[type=submit]');
    assert.equal(await page.locator('.form-error').textContent(), 'since expects a real date as YYYY-MM-DD, got "2019-13-45"');
    await page.fill('input[name=since]', '2021-12-01');
    await page.fill('input[name=actor]', 'blr');
    await page.click('form.filters button[type=submit]');
    await page.waitForURL(/since=2021-12-01/);
    assert.match(page.url(), /#\/events\?actor=blr&since=2021-12-01/);
    await page.locator('table.events').waitFor();
    assert.equal(await page.locator('input[name=actor]').inputValue(), 'blr');
  });

  it('draws a network of resolved actors inside its frame, without --- or bare sectors', { skip }, async () => {
    await open('#/network');
    const chart = page.locator('#network-chart');
    await chart.locator('canvas').waitFor();
    assert.equal(await chart.getAttribute('data-nodes'), '6');
    const png = await shot(chart, 'network');
    const node: [number, number, number] = [0x4a, 0x6f, 0xa5];
    assert.ok(colouredPixels(png, node) > 300, 'expected the nodes to be drawn');
    // No node colour along the frame's edges: every node lies inside.
    const edge = new PNG({ width: png.width, height: png.height });
    for (let y = 0; y < png.height; y++) {
      for (let x = 0; x < png.width; x++) {
        if (x > 6 && y > 6 && x < png.width - 7 && y < png.height - 7) continue;
        const i = (y * png.width + x) * 4;
        png.data.copy(edge.data, i, i, i + 4);
      }
    }
    assert.equal(colouredPixels(edge, node), 0, 'a node touches the frame');
    assert.doesNotMatch((await page.locator('ol.pairs').textContent()) ?? '', /unresolved|^government/);
  });

  it('draws the world map without antimeridian smears, with names and counts in its tooltips', { skip }, async () => {
    await open('#/map');
    const chart = page.locator('#map-chart');
    await chart.locator('canvas').waitFor();
    assert.equal(await chart.getAttribute('data-countries'), '4');
    const box = await chart.boundingBox();
    const png = await shot(chart, 'map');
    const at = async (lon: number, lat: number): Promise<[number, number, number]> => {
      const p = await chartPoint('map-chart', { seriesIndex: 0 }, [lon, lat]);
      const i = (Math.round(p.y - (box?.y ?? 0)) * png.width + Math.round(p.x - (box?.x ?? 0))) * 4;
      return [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0];
    };
    // Open sea on Russia's and Fiji's latitudes: white unless a shape is smeared across the world.
    for (const [lon, lat] of [
      [-30, 55],
      [-150, -17],
      [-150, 52],
      [60, -17],
    ] as const) {
      assert.deepEqual(await at(lon, lat), [255, 255, 255], `a shape is drawn over the sea at ${lon}, ${lat}`);
    }
    const russia = await at(100, 62);
    assert.ok(russia[2] > russia[0] + 40, `Russia has events and should be blue, is ${russia.join(',')}`);
    const p = await chartPoint('map-chart', { seriesIndex: 0 }, [100, 62]);
    await page.mouse.move(p.x, p.y);
    await page.locator('.tip').waitFor();
    assert.match((await page.locator('.tip').textContent()) ?? '', /Russia \(RUS\)events\s*8/);
  });

  it('shows an actor profile: time line by quad class with every month, partners, event types, evidence', { skip }, async () => {
    await open('#/actor/RUS');
    assert.match((await page.locator('h2').textContent()) ?? '', /Russia RUS · country/);
    const chart = page.locator('#profile-chart');
    await chart.locator('canvas').waitFor();
    assert.ok(colouredPixels(await shot(chart, 'profile')) > 4000, 'expected bars in the profile chart');
    assert.match((await page.locator('.columns').textContent()) ?? '', /BLRBelarus13/);
    const months = await page.evaluate(() => {
      const w = window as unknown as { echarts: { getInstanceByDom(e: Element): { getOption(): { xAxis: { data: string[] }[] } } } };
      return w.echarts.getInstanceByDom(document.getElementById('profile-chart') as HTMLElement).getOption().xAxis[0]?.data;
    });
    assert.deepEqual(months, ['2021-09', '2021-10', '2021-11', '2021-12', '2022-01']);
    assert.match((await page.locator('.columns').textContent()) ?? '', /Consult/);
    assert.ok((await page.locator('table.events tr.event').count()) > 0);
  });

  it('fits a phone: no sideways scrolling of the page', { skip }, async () => {
    await page.setViewportSize({ width: 390, height: 800 });
    for (const hash of ['#/events', '#/dyad?a=RUS&b=BLR', '#/actor/RUS', '#/map']) {
      await open(hash);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${hash} is ${overflow}px wider than the phone`);
    }
    await shot(page, 'phone-profile');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('logs no console errors on any view (CSP violations, missing files, script errors)', { skip }, async () => {
    for (const hash of ['#/events', '#/search?q=Putin', '#/network', '#/map']) await open(hash);
    assert.deepEqual(consoleErrors, []);
  });
});

/**
 * The same views on a store built by the real pipeline (extraction, coding, merging) from news
 * pages written for this test (test/browser/pages): page chrome, JSON-LD, bylines, six stories
 * over seven months. Each view is kept as a screenshot with a pixel check, and none logs an error.
 */
describe('web explorer on a store of realistic news pages', () => {
  let realStore: EventStore;
  let realServer: RunningServer;
  let realErrors: string[] = [];

  before(async () => {
    if (missing) return;
    realStore = await openStore(join(mkdtempSync(join(tmpdir(), 'dyad-browser-pages-')), 'dyad.db'));
    const dir = join(import.meta.dirname, 'pages');
    for (const name of readdirSync(dir).sort()) {
      const { article, coded } = processDocument({ input: name, bytes: readFileSync(join(dir, name)), url: null, contentType: 'text/html' });
      await realStore.addArticle(article, coded);
    }
    realServer = await startServer(realStore, { port: 0 });
    // The page of the suite above, with a fresh error log.
    page.removeAllListeners('console');
    page.removeAllListeners('pageerror');
    page.on('console', (m) => {
      if (m.type() === 'error') realErrors.push(m.text());
    });
    page.on('pageerror', (e) => realErrors.push(String(e)));
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  after(async () => {
    await realServer?.close();
    await realStore?.close();
  });

  /** Opens a view, keeps its screenshot, and checks that its chart (or the page) has colour and that nothing was logged. */
  async function view(hash: string, name: string, chartId: string | null, minPixels: number): Promise<void> {
    realErrors = [];
    await open(hash, realServer.url);
    if (chartId) await page.locator(`#${chartId} canvas`).waitFor();
    const png = await shot(chartId ? page.locator(`#${chartId}`) : page, `pages/${name}`);
    await shot(page, `pages/${name}-page`);
    const count = chartId ? colouredPixels(png) : inkedPixels(png);
    assert.ok(count > minPixels, `${name}: ${count} ${chartId ? 'coloured' : 'inked'} pixels, expected over ${minPixels}`);
    assert.deepEqual(realErrors, [], `${name}: console errors`);
  }

  it('stores what the pipeline found in the pages', { skip }, async () => {
    const stats = await realStore.stats();
    assert.equal(stats.articles, 6);
    assert.ok(stats.events >= 20, `only ${stats.events} events`);
  });

  it('shows events, with the table filled', { skip }, async () => {
    await view('#/events', 'events', null, 30_000);
    assert.ok((await page.locator('table.events tr.event').count()) >= 20);
    // The same view with nothing to show stays under the check's threshold: the check can fail.
    await open('#/events?actor=ZZZ', realServer.url);
    const empty = inkedPixels(await shot(page, 'pages/events-empty'));
    assert.ok(empty < 30_000, `an empty events view has ${empty} inked pixels`);
  });

  it('shows the dyad time line Russia-Belarus with every month', { skip }, async () => {
    await view('#/dyad?a=RUS&b=BLR&by=month', 'dyad', 'dyad-chart', 2000);
    await view('#/dyad', 'dyad-pairs', null, 15_000);
    assert.ok((await page.locator('ol.pairs a').count()) > 3);
  });

  it('shows the network, the map, a profile, a search and an article', { skip }, async () => {
    await view('#/network', 'network', 'network-chart', 500);
    await view('#/map', 'map', 'map-chart', 3000);
    assert.ok(Number(await page.locator('#map-chart').getAttribute('data-countries')) >= 8);
    await view('#/actor/RUS', 'profile-RUS', 'profile-chart', 2000);
    await view('#/actor/IRN?by=week', 'profile-IRN', 'profile-chart', 500);
    await view('#/search?q=sanctions', 'search', null, 5_000);
    const first = page.locator('a[href^="#/article/"]').first();
    const href = (await first.getAttribute('href')) ?? '';
    await view(href, 'article', null, 20_000);
    assert.match((await page.locator('.article-title').textContent()) ?? '', /sanctions/i);
  });

  it('fits a phone on every view', { skip }, async () => {
    await page.setViewportSize({ width: 390, height: 800 });
    for (const [hash, name] of [['#/events', 'events'], ['#/dyad?a=RUS&b=BLR', 'dyad'], ['#/actor/USA', 'profile-USA'], ['#/map', 'map'], ['#/network', 'network']] as const) {
      realErrors = [];
      await open(hash, realServer.url);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${hash} is ${overflow}px wider than the phone`);
      assert.ok(inkedPixels(await shot(page, `pages/phone-${name}`)) > 8000, name);
      assert.deepEqual(realErrors, [], `${name}: console errors`);
    }
  });
});

/**
 * Every view on the store `dyad demo` builds (samples/corpus, ingested as the demo does, in this
 * thread), at desktop and phone width: a screenshot each in test-artifacts/browser/demo, a pixel
 * check and no console errors.
 */
describe('web explorer on the demo corpus', () => {
  let demoStore: EventStore;
  let demoServer: RunningServer;
  let ingestLog = '';

  before(async () => {
    if (missing) return;
    const db = join(mkdtempSync(join(tmpdir(), 'dyad-browser-demo-')), 'demo.db');
    const status = await ingestPaths([join(packageRoot(), 'samples', 'corpus')], db, 0, { stdout: { write: () => true }, stderr: { write: (s: string) => (ingestLog += s) } }, true);
    assert.equal(status, 0, ingestLog);
    demoStore = await openStore(db);
    demoServer = await startServer(demoStore, { port: 0 });
  });

  after(async () => {
    await browser?.close();
    await demoServer?.close();
    await demoStore?.close();
  });

  it('shows every view at desktop and phone width, each drawn, fitting, and with no console errors', { skip }, async () => {
    const stats = await demoStore.stats();
    assert.equal(stats.articles, readdirSync(join(packageRoot(), 'samples', 'corpus')).length, ingestLog);
    const views = await pickViews(demoStore);
    assert.ok(views.length >= 9, views.map((v) => v.name).join(', '));
    const results = await shootViews(page, demoServer.url, views, join(SHOTS, 'demo'));
    assert.equal(results.length, views.length * 2);
    const failed = results.filter((r) => r.problems.length > 0).map((r) => `${r.viewport} ${r.view}: ${r.problems.join('; ')}`);
    assert.deepEqual(failed, []);
  });
});
