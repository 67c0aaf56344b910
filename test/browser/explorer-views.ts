/**
 * Every view of the explorer over whatever store is served, screenshotted at a desktop and a phone
 * width, each with a pixel check (an empty or blank chart fails it) and the console errors it
 * logged. The browser test runs it on the demo corpus; bench/explorer-real-pages.ts on real pages.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { actorLabel } from '../../src/knowledge/actor-label.js';
import { actorNameTables, isSectorOnly } from '../../src/knowledge/actor-name-tables.js';
import type { EventReader } from '../../src/store/event-store.js';

/** Strongly coloured pixels of a screenshot, optionally only those close to one colour. */
export function colouredPixels(png: PNG, near?: [number, number, number]): number {
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0];
    if (near ? Math.abs(r - near[0]) + Math.abs(g - near[1]) + Math.abs(b - near[2]) < 40 : Math.max(r, g, b) - Math.min(r, g, b) > 60) n++;
  }
  return n;
}

/** Pixels darker than the page's greys, the header's blue left out: text, rules, marks. A view with nothing in it has few. */
export function inkedPixels(png: PNG): number {
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0];
    if (r + g + b < 450 && Math.abs(r - 0x1d) + Math.abs(g - 0x35) + Math.abs(b - 0x57) > 30) n++;
  }
  return n;
}

/** Opens a view and waits until the app says it is drawn (or has shown its error). */
export async function openView(page: Page, url: string): Promise<void> {
  await page.evaluate(() => document.getElementById('view')?.removeAttribute('data-ready')).catch(() => undefined);
  await page.goto(url);
  await page.locator('#view[data-ready]').waitFor();
}

export interface ExplorerView {
  name: string;
  hash: string;
  /** The id of the view's chart, whose coloured pixels are counted; null for a view of text. */
  chart: string | null;
  /** Below this many coloured pixels in the chart (desktop width), the chart counts as empty. */
  minChart: number;
}

export interface Viewport {
  name: string;
  width: number;
  height: number;
}

export const VIEWPORTS: readonly Viewport[] = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 800 },
];

/** Below this many inked pixels, a screenshot of the page is (nearly) empty: the header alone has about 3,000. */
export const MIN_PAGE_INK = 8000;

/**
 * One of each view, on what the store holds: its busiest pair of countries (dyad and profiles), its
 * busiest actor finer than a country (a profile by week), a search for that country as reported, and the
 * article behind the newest event.
 */
export async function pickViews(store: EventReader): Promise<ExplorerView[]> {
  const country = (code: string): boolean => code.length === 3 && code !== '---' && !isSectorOnly(code);
  const pair = (await store.network({}, 100)).find((e) => e.source !== e.target && country(e.source) && country(e.target));
  if (!pair) throw new Error('the store has no pair of countries to show');
  const actors = await store.actors(200);
  const subActor = actors.find((a) => a.code.length > 3 && a.code.startsWith(pair.source) && !isSectorOnly(a.code)) ?? actors.find((a) => a.code.length > 3 && a.country);
  // Searched for as the newest report of the pair names it ("Turkey"), which the name tables may not ("Türkiye").
  const words = (await store.events({ dyad: [pair.source, pair.target], limit: 1 }))[0]?.source.text ?? actorLabel(pair.source, actorNameTables());
  const article = (await store.events({ limit: 1 }))[0]?.evidence[0]?.article;
  if (!article) throw new Error('the store has no events');
  return [
    { name: 'events', hash: '#/events', chart: null, minChart: 0 },
    { name: 'dyad-pairs', hash: '#/dyad', chart: null, minChart: 0 },
    { name: 'dyad', hash: `#/dyad?a=${pair.source}&b=${pair.target}&by=month`, chart: 'dyad-chart', minChart: 2000 },
    { name: 'network', hash: '#/network', chart: 'network-chart', minChart: 500 },
    { name: 'map', hash: '#/map', chart: 'map-chart', minChart: 3000 },
    { name: `profile-${pair.source}`, hash: `#/actor/${pair.source}`, chart: 'profile-chart', minChart: 1000 },
    ...(subActor ? [{ name: `profile-${subActor.code}`, hash: `#/actor/${subActor.code}?by=week`, chart: 'profile-chart', minChart: 300 }] : []),
    { name: 'search', hash: `#/search?q=${encodeURIComponent(words)}`, chart: null, minChart: 0 },
    { name: 'article', hash: `#/article/${article}`, chart: null, minChart: 0 },
  ];
}

export interface ViewResult {
  view: string;
  viewport: string;
  /** Coloured pixels in the chart; null for a view of text. */
  chartPixels: number | null;
  pagePixels: number;
  /** Console errors, CSP violations, failed requests and uncaught errors while the view loaded. */
  errors: string[];
  /** From navigation to the view drawn. */
  ms: number;
  /** How much of the page is wider than the viewport (sideways scrolling). */
  overflow: number;
  /** What failed, empty when the view passed. */
  problems: string[];
  file: string;
}

/** A screenshot written to `file`, returned decoded. */
async function shoot(target: Locator | Page, file: string): Promise<PNG> {
  const png = await target.screenshot();
  writeFileSync(file, png);
  return PNG.sync.read(png);
}

/**
 * Opens each view at each viewport on the app served at `base`, keeps a screenshot of the page (and
 * of the chart at desktop width) in `dir`, and checks it. The page's viewport is left at the last one.
 */
export async function shootViews(page: Page, base: string, views: readonly ExplorerView[], dir: string, viewports: readonly Viewport[] = VIEWPORTS): Promise<ViewResult[]> {
  mkdirSync(dir, { recursive: true });
  let errors: string[] = [];
  const onConsole = (m: { type(): string; text(): string }): void => {
    if (m.type() === 'error') errors.push(m.text());
  };
  const onError = (e: Error): void => void errors.push(String(e));
  page.on('console', onConsole);
  page.on('pageerror', onError);
  const results: ViewResult[] = [];
  try {
    for (const viewport of viewports) {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      for (const view of views) {
        errors = [];
        const started = Date.now();
        await openView(page, `${base}${view.hash}`);
        if (view.chart) await page.locator(`#${view.chart} canvas`).waitFor();
        const ms = Date.now() - started;
        const file = join(dir, `${viewport.name}-${view.name}.png`);
        const problems: string[] = [];
        let chartPixels: number | null = null;
        if (view.chart) {
          // A chart keeps its colours at any width; a phone's is about a third of the desktop's area.
          chartPixels = colouredPixels(await shoot(page.locator(`#${view.chart}`), file.replace(/\.png$/, '-chart.png')));
          const min = viewport.width >= 1000 ? view.minChart : Math.round(view.minChart / 3);
          if (chartPixels < min) problems.push(`chart has ${chartPixels} coloured pixels, under ${min}`);
        }
        const pagePixels = inkedPixels(await shoot(page, file));
        if (pagePixels < MIN_PAGE_INK) problems.push(`page has ${pagePixels} inked pixels, under ${MIN_PAGE_INK}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) problems.push(`${overflow}px wider than the viewport`);
        if (errors.length > 0) problems.push(`${errors.length} console errors: ${errors[0]}`);
        results.push({ view: view.name, viewport: viewport.name, chartPixels, pagePixels, errors: [...errors], ms, overflow, problems, file });
      }
    }
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onError);
  }
  return results;
}
