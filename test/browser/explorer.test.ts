import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { packageRoot } from '../../src/package-root.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import type { EventStore } from '../../src/store/event-store.js';
import { openStore } from '../../src/store/open-store.js';
import { makeArticle, makeEvent } from '../store/make-records.js';

/** Debian's chromium, installed by .ci/run; locally the test is skipped, loudly, when it is missing. */
const CHROMIUM = process.env.DYAD_CHROMIUM ?? '/usr/bin/chromium';
const missing = !existsSync(CHROMIUM);
if (missing && process.env.CI === 'true') throw new Error(`${CHROMIUM} not found: .ci/run installs Debian's chromium for this test`);

let store: EventStore;
let server: RunningServer;
let browser: Browser;
let page: Page;
let hostileId = '';

describe('web explorer in a real browser', { skip: missing ? `no browser at ${CHROMIUM}` : false }, () => {
  before(async () => {
    // The page loads the bundle that `npm run build` (run by npm install) writes.
    if (!existsSync(join(packageRoot(), 'dist', 'web', 'app.js'))) throw new Error('dist/web/app.js is missing: run "npm run build" first');
    store = await openStore(join(mkdtempSync(join(tmpdir(), 'dyad-browser-')), 'dyad.db'));
    const months = ['2021-09', '2021-10', '2021-11', '2021-12'];
    for (const [i, month] of months.entries()) {
      const a = makeArticle([`Putin met Lukashenko, report ${i}.`, `Lukashenko thanked Putin, report ${i}.`, `Russia threatened Belarus, report ${i}.`], {
        title: `Report ${i}`,
        published: `${month}-28`,
      });
      const date = { value: `${month}-15`, precision: 'day' as const };
      await store.addArticle(a, {
        quotes: [],
        quantities: [],
        events: [
          makeEvent(a, { source: 'RUSGOV', target: 'BLRGOV', cameo: '040', plover: 'CONSULT', date }),
          makeEvent(a, { source: 'BLRGOV', target: 'RUSGOV', cameo: '018', sentence: 1, goldstein: 3.4, date }),
          makeEvent(a, { source: 'RUSGOV', target: 'BLRGOV', cameo: '138', sentence: 2, goldstein: -7, quad: 3, plover: 'THREATEN', date }),
        ],
      });
    }
    const hostile = makeArticle(['<img src=x onerror="window.__pwned=1"> Officials met.'], { title: '<script>window.__pwned=1</script> Headline' });
    hostileId = hostile.id;
    await store.addArticle(hostile, { quotes: [], quantities: [], events: [makeEvent(hostile, { source: 'UKRGOV', target: 'POLGOV', cameo: '040' })] });
    server = await startServer(store, { port: 0 });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
  });

  it('draws the dyad time line with data, and a click opens the sentences behind a point', async () => {
    await page.goto(`${server.url}#/dyad?a=RUS&b=BLR&by=month`);
    const chart = page.locator('#dyad-chart');
    await chart.locator('canvas').waitFor();
    assert.equal(await chart.getAttribute('data-points'), '8');
    const shot = await chart.screenshot();
    if (process.env.DYAD_SCREENSHOTS) writeFileSync(join(process.env.DYAD_SCREENSHOTS, 'dyad-chart.png'), shot);
    const png = PNG.sync.read(shot);
    // Count strongly coloured pixels: the quad-class bars and Goldstein lines, not the white ground or grey axes.
    let coloured = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b] = [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0];
      if (Math.max(r, g, b) - Math.min(r, g, b) > 60) coloured++;
    }
    assert.ok(coloured > 5000, `expected bars in the chart, found ${coloured} coloured pixels`);
    const point = await page.evaluate(() => {
      const w = window as unknown as { echarts: { getInstanceByDom(e: Element): { convertToPixel(f: object, v: [string, number]): [number, number] } } };
      const dom = document.getElementById('dyad-chart') as HTMLElement;
      const [x, y] = w.echarts.getInstanceByDom(dom).convertToPixel({ xAxisIndex: 0, yAxisIndex: 0 }, ['2021-11', 1]);
      const box = dom.getBoundingClientRect();
      return { x: box.left + x, y: box.top + y };
    });
    await page.mouse.click(point.x, point.y);
    await page.locator('#dyad-events h3').waitFor();
    assert.match((await page.locator('#dyad-events h3').textContent()) ?? '', /2021-11: 3 events/);
    assert.match((await page.locator('#dyad-events').textContent()) ?? '', /Russia threatened Belarus, report 2\./);
  });

  it('keeps a <script> in a headline as text', async () => {
    await page.goto(`${server.url}#/article/${hostileId}`);
    const title = page.locator('.article-title');
    await title.waitFor();
    assert.equal(await title.textContent(), '<script>window.__pwned=1</script> Headline');
    assert.match((await page.locator('.article-text').textContent()) ?? '', /<img src=x onerror/);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  });

  it('lists events, renders the network and the offline map', async () => {
    await page.goto(`${server.url}#/events?actor=RUS`);
    await page.locator('table.events tbody tr.event').first().waitFor();
    assert.equal(await page.locator('table.events tbody tr.event').count(), 12);
    await page.goto(`${server.url}#/network`);
    await page.locator('#network-chart canvas').waitFor();
    assert.equal(await page.locator('#network-chart').getAttribute('data-edges'), '3');
    await page.goto(`${server.url}#/map`);
    await page.locator('#map-chart canvas').waitFor();
    assert.equal(await page.locator('#map-chart').getAttribute('data-countries'), '3');
  });
});
