/**
 * The analyst's explorer: events, dyad time lines, actor and country profiles, the actor network, a
 * world map and the article reader, over the HTTP API. Article text is hostile input: every piece
 * of it enters the page as a text node (textContent), never as markup. The page's CSP allows no
 * inline style, so colours are classes and chart options, and chart tooltips are built as elements.
 */
import type * as Echarts from 'echarts';
import { csvLine, flattenEvent } from '../export/flat-event.js';
import { FILTER_FIELDS } from '../filter/filter-fields.js';
import { parseFilter } from '../filter/parse-filter.js';
import { actorLabel, type ActorNameTables } from '../knowledge/actor-label.js';
import type { ActorProfile } from '../server/actor-profile.js';
import type { ArticleHit, CountryCount, DyadPoint, NetworkEdge, StoredArticle } from '../store/event-store.js';
import type { Event, MergedEvent } from '../types/index.js';
import { everyPeriod, periodBounds, type PeriodKind } from '../store/period-labels.js';
import { countPieces } from './count-pieces.js';
import './app.css';

declare const echarts: typeof Echarts;

type Child = Node | string | null | undefined | false;

/** /api/events: a total that is not exact is a lower bound, shown as "1,000+". */
interface EventsPage {
  total: number;
  totalExact: boolean;
  offset: number;
  items: MergedEvent[];
}

const QUADS = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'] as const;
const QUAD_COLOURS = ['#7fc97f', '#1b9e77', '#fdb462', '#d95f02'] as const;
const PAGE = 50;

let names: ActorNameTables = { named: {}, countries: {}, sectors: {} };
const label = (code: string): string => actorLabel(code, names);

function totalText(page: EventsPage): string {
  return `${page.total.toLocaleString('en')}${page.totalExact ? '' : '+'}`;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') node.className = v;
    else node.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return node;
}

async function api<T>(path: string, params: Record<string, string | undefined> = {}): Promise<T> {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const res = await fetch(`${path}${q.size > 0 ? `?${q.toString()}` : ''}`);
  const body = (await res.json()) as T & { error?: string };
  if (!res.ok) throw new Error(body.error ?? `HTTP ${res.status}`);
  return body;
}

const view = (): HTMLElement => document.getElementById('view') as HTMLElement;

/** Goldstein -10..10 in seven steps, as a class: red (conflict), grey, green (cooperation). */
function goldsteinClass(g: number): string {
  return `gold gold-${Math.max(-3, Math.min(3, Math.round((g / 10) * 3))) + 3}`;
}

function goldsteinColour(g: number): string {
  const t = Math.max(-1, Math.min(1, g / 10));
  const end = t < 0 ? [215, 48, 39] : [26, 152, 80];
  return `rgb(${[150, 150, 150].map((c, i) => Math.round(c + ((end[i] ?? c) - c) * Math.abs(t))).join(',')})`;
}

function hashParams(): [string, URLSearchParams] {
  const [path = '', query = ''] = location.hash.replace(/^#/, '').split('?');
  return [decodeURIComponent(path) || '/events', new URLSearchParams(query)];
}

function hashOf(path: string, params: Record<string, string | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  return `#${path}${q.size > 0 ? `?${q.toString()}` : ''}`;
}

function go(path: string, params: Record<string, string | undefined> = {}): void {
  location.hash = hashOf(path, params);
}

/** An actor code as a link to its profile, with its name. */
function actorLink(code: string | null | undefined): HTMLElement | string {
  if (!code) return '';
  const name = label(code);
  if (code === '---') return el('span', { class: 'actor unresolved', title: name }, '—');
  return el('a', { href: hashOf(`/actor/${code}`), class: 'actor', title: name }, el('span', { class: 'code' }, code), name !== code ? el('span', { class: 'name' }, name) : null);
}

// ---- filters, kept in the URL -----------------------------------------------------------------

type Filters = Record<string, string>;

function filtersOf(q: URLSearchParams): Filters {
  const f: Filters = {};
  for (const { key } of FILTER_FIELDS) if (q.get(key)) f[key] = q.get(key) ?? '';
  if (q.get('background') === 'false') f.background = 'false';
  return f;
}

const FIELD_LABELS: Record<string, string> = { ...Object.fromEntries(FILTER_FIELDS.map((f) => [f.key, f.label])), background: 'background' };

/**
 * The filter form, the same on every view. It checks the values with the filter's one definition
 * before the page changes, and says what is wrong next to the form.
 */
function filterForm(path: string, current: Filters, extra: [key: string, label: string, value: string, placeholder: string][] = [], keep: Filters = {}): HTMLFormElement {
  const f = el('form', { class: 'filters', role: 'search' });
  for (const [key, text, value, placeholder] of extra) f.append(el('label', {}, text, el('input', { name: key, value, placeholder })));
  for (const field of FILTER_FIELDS) {
    f.append(el('label', { title: field.help }, field.label, el('input', { name: field.key, value: current[field.key] ?? '', placeholder: field.example, ...(field.key === 'since' || field.key === 'until' ? { inputmode: 'numeric' } : {}) })));
  }
  const background = el('input', { type: 'checkbox', name: 'background', value: 'false', ...(current.background === 'false' ? { checked: '' } : {}) });
  f.append(el('label', { class: 'check', title: 'events dated over 30 days before their article' }, background, 'hide background'));
  const message = el('p', { class: 'form-error', role: 'alert' });
  f.append(el('button', { type: 'submit' }, 'Show'), el('a', { href: hashOf(path, keep), class: 'reset' }, 'clear'), message);
  f.addEventListener('submit', (e) => {
    e.preventDefault();
    const values: Filters = { ...keep };
    for (const [k, v] of new FormData(f)) if (typeof v === 'string' && v.trim()) values[k] = v.trim();
    try {
      parseFilter(values, (key) => FIELD_LABELS[key] ?? key);
    } catch (err) {
      message.textContent = (err as Error).message;
      return;
    }
    go(path, values);
  });
  return f;
}

// ---- states and export ------------------------------------------------------------------------

function loading(what: string): HTMLElement {
  return el('p', { class: 'state loading', role: 'status' }, `Loading ${what}…`);
}

function empty(text: string): HTMLElement {
  return el('p', { class: 'state empty' }, text);
}

function download(name: string, type: string, text: string): void {
  const a = el('a', { href: URL.createObjectURL(new Blob([text], { type })), download: name });
  document.body.append(a);
  a.click();
  a.remove();
}

type Row = Record<string, string | number | boolean | null>;

/** Buttons that save what the view shows, as CSV (rows) and JSON (the API's answer). */
function exportBar(name: string, rows: () => Row[], data: () => unknown): HTMLElement {
  const csv = el('button', { type: 'button' }, 'CSV');
  csv.addEventListener('click', () => {
    const list = rows();
    const columns = [...new Set(list.flatMap((r) => Object.keys(r)))];
    download(`${name}.csv`, 'text/csv', [csvLine(columns), ...list.map((r) => csvLine(columns.map((c) => r[c] ?? null)))].join('\n') + '\n');
  });
  const json = el('button', { type: 'button' }, 'JSON');
  json.addEventListener('click', () => download(`${name}.json`, 'application/json', JSON.stringify(data(), null, 2)));
  return el('div', { class: 'export' }, 'Save this view: ', csv, json);
}

/** The columns of `dyad events --format csv`, with the actors' names. */
function eventRow(e: MergedEvent): Row {
  const flat = flattenEvent(e);
  return { ...flat, source_name: label(e.source.code), target_name: e.target ? label(e.target.code) : null };
}

// ---- charts -----------------------------------------------------------------------------------

/** A tooltip as elements (the CSP forbids the inline styles of ECharts' own HTML tooltips). */
function tip(title: string, ...lines: [string, string | number][]): HTMLElement {
  return el('div', { class: 'tip' }, el('strong', {}, title), ...lines.map(([k, v]) => el('div', { class: 'tip-row' }, el('span', {}, k), el('span', { class: 'tip-value' }, typeof v === 'number' ? v.toLocaleString('en') : v))));
}

const charts = new Set<Echarts.ECharts>();

/** A view whose page was left while its data loaded: nothing more to draw. */
class StaleView extends Error {}

function chart(container: HTMLElement): Echarts.ECharts {
  if (!container.isConnected) throw new StaleView();
  const c = echarts.init(container, undefined, { renderer: 'canvas' });
  charts.add(c);
  return c;
}

window.addEventListener('resize', () => {
  for (const c of charts) c.resize();
});

/** Stacked quad-class bars over every period, optionally with Goldstein lines. */
function quadChart(container: HTMLElement, by: PeriodKind, points: { period: string; quad: number[] }[], lines: { name: string; values: Map<string, number> }[] = []): string[] {
  const sorted = points.map((p) => p.period).sort();
  const periods = sorted.length > 0 ? everyPeriod(sorted[0] ?? '', sorted[sorted.length - 1] ?? '', by) : [];
  const byPeriod = new Map<string, number[]>();
  for (const p of points) byPeriod.set(p.period, (byPeriod.get(p.period) ?? [0, 0, 0, 0]).map((n, i) => n + (p.quad[i] ?? 0)));
  const c = chart(container);
  c.setOption({
    animation: false,
    tooltip: {
      trigger: 'axis',
      formatter: (params: unknown) => {
        const list = params as { axisValue: string; seriesName: string; value: number | null }[];
        return tip(list[0]?.axisValue ?? '', ...list.map((p): [string, string | number] => [p.seriesName, p.value ?? '—']));
      },
    },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 50, right: lines.length > 0 ? 60 : 20, top: 50, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: periods },
    yAxis: [{ type: 'value', name: 'events', minInterval: 1 }, ...(lines.length > 0 ? [{ type: 'value', name: 'Goldstein', min: -10, max: 10 }] : [])],
    series: [
      ...QUADS.map((name, i) => ({ name, type: 'bar', stack: 'quad', itemStyle: { color: QUAD_COLOURS[i] }, data: periods.map((p) => byPeriod.get(p)?.[i] ?? 0) })),
      ...lines.map((l) => ({ name: l.name, type: 'line', yAxisIndex: 1, connectNulls: false, data: periods.map((p) => l.values.get(p) ?? null) })),
    ],
  });
  return periods;
}

// ---- events -----------------------------------------------------------------------------------

/** The reports behind a merged event, one line per sentence: the same sentence met twice is listed once. */
function evidenceList(e: MergedEvent): HTMLElement {
  const seen = new Set<string>();
  const items = e.evidence.filter((ev) => {
    const key = `${ev.article}\u0000${ev.sentence.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return el(
    'ul',
    { class: 'evidence' },
    ...items.map((ev) =>
      el('li', {}, el('q', {}, ev.sentence.text), ' — ', el('a', { href: hashOf(`/article/${ev.article}`, { s: String(ev.sentence.index) }) }, ev.title ?? ev.article), ev.published ? ` (${ev.published})` : ''),
    ),
  );
}

function eventsTable(events: MergedEvent[], open = false): HTMLElement {
  const body = el('tbody');
  for (const e of events) {
    const detail = el('tr', { class: 'detail', ...(open ? {} : { hidden: '' }) }, el('td', { colspan: '9' }, evidenceList(e)));
    const row = el(
      'tr',
      { class: 'event', tabindex: '0', 'aria-expanded': String(open) },
      el('td', { class: 'date' }, e.date?.value ?? ''),
      el('td', {}, actorLink(e.source.code)),
      el('td', {}, actorLink(e.target?.code)),
      el('td', {}, e.action.cameo),
      el('td', {}, e.action.plover.event ?? ''),
      el('td', { class: `num ${goldsteinClass(e.action.goldstein)}` }, String(e.action.goldstein)),
      el('td', { class: 'num', title: 'reporting sentences / articles' }, `${e.mentions}/${e.articles}`),
      el('td', {}, e.modality === 'asserted' ? '' : e.modality, e.background ? ' background' : ''),
      el('td', { class: 'sentence' }, e.sentence.text),
    );
    const toggle = (): void => {
      detail.toggleAttribute('hidden');
      row.setAttribute('aria-expanded', String(!detail.hidden));
    };
    row.addEventListener('click', (ev) => {
      if (!(ev.target instanceof HTMLAnchorElement) && !(ev.target instanceof Element && ev.target.closest('a'))) toggle();
    });
    row.addEventListener('keydown', (ev) => {
      if (ev.target === row && (ev.key === 'Enter' || ev.key === ' ')) {
        ev.preventDefault();
        toggle();
      }
    });
    body.append(row, detail);
  }
  return el(
    'div',
    { class: 'table-wrap' },
    el(
      'table',
      { class: 'events' },
      el('thead', {}, el('tr', {}, ...['date', 'source', 'target', 'CAMEO', 'PLOVER', 'Goldstein', 'reports', 'modality', 'sentence'].map((h) => el('th', { scope: 'col' }, h)))),
      body,
    ),
  );
}

async function showEvents(q: URLSearchParams): Promise<void> {
  const filters = filtersOf(q);
  const offset = Number(q.get('offset') ?? 0) || 0;
  const v = view();
  const results = el('div', {}, loading('events'));
  v.replaceChildren(el('h2', {}, 'Events'), filterForm('/events', filters), results);
  const data = await api<EventsPage>('/api/events', { ...filters, offset: String(offset), limit: String(PAGE) });
  if (data.items.length === 0) {
    results.replaceChildren(empty(Object.keys(filters).length > 0 ? 'No events match these filters.' : 'The store has no events yet: ingest some documents with "dyad ingest".'));
    return;
  }
  const nav = el('p', { class: 'pager' }, `${offset + 1}-${offset + data.items.length} of ${totalText(data)} events. Select a row (click, or Enter) for its evidence. `);
  if (offset > 0) nav.append(el('a', { href: hashOf('/events', { ...filters, offset: String(Math.max(0, offset - PAGE)) }), class: 'button' }, 'previous'));
  if (offset + data.items.length < data.total || (!data.totalExact && data.items.length === PAGE)) nav.append(el('a', { href: hashOf('/events', { ...filters, offset: String(offset + PAGE) }), class: 'button' }, 'next'));
  results.replaceChildren(nav, exportBar('events', () => data.items.map(eventRow), () => data), eventsTable(data.items));
}

// ---- dyad -------------------------------------------------------------------------------------

const PERIODS: PeriodKind[] = ['day', 'week', 'month', 'year'];

function periodOption(q: URLSearchParams): PeriodKind {
  const by = q.get('by') as PeriodKind | null;
  return by && PERIODS.includes(by) ? by : 'month';
}

async function showDyad(q: URLSearchParams): Promise<void> {
  const a = (q.get('a') ?? '').toUpperCase();
  const b = (q.get('b') ?? '').toUpperCase();
  const by = periodOption(q);
  const filters = filtersOf(q);
  const v = view();
  const results = el('div', {}, loading('the time line'));
  v.replaceChildren(
    el('h2', {}, 'Dyad time line', a && b ? `: ${label(a)} and ${label(b)}` : ''),
    filterForm('/dyad', filters, [
      ['a', 'actor A', a, 'RUS'],
      ['b', 'actor B', b, 'UKR'],
      ['by', 'period', by, 'day, week, month, year'],
    ]),
    results,
  );
  if (!a || !b) {
    const net = await api<{ edges: NetworkEdge[] }>('/api/network', { ...filters, limit: '40' });
    const pairs = new Map<string, { a: string; b: string; events: number }>();
    for (const e of net.edges) {
      // A country with itself (its government and its opposition) is its own profile's business, not a pair to pick.
      if (e.source === e.target) continue;
      const [x, y] = [e.source, e.target].sort() as [string, string];
      const key = `${x}:${y}`;
      pairs.set(key, { a: x, b: y, events: (pairs.get(key)?.events ?? 0) + e.events });
    }
    const list = [...pairs.values()].sort((p, r) => r.events - p.events).slice(0, 20);
    results.replaceChildren(
      list.length === 0
        ? empty('No pairs of actors with events yet.')
        : el(
            'div',
            {},
            el('p', {}, 'Choose two actors above, or one of the most active pairs:'),
            el('ol', { class: 'pairs' }, ...list.map((p) => el('li', {}, el('a', { href: hashOf('/dyad', { a: p.a, b: p.b, by }) }, `${label(p.a)} and ${label(p.b)}`), ` (${p.a}, ${p.b}): ${p.events.toLocaleString('en')} event${p.events === 1 ? '' : 's'}`))),
          ),
    );
    return;
  }
  const data = await api<{ points: DyadPoint[] }>('/api/dyad', { a, b, by, ...filters });
  const container = el('div', { id: 'dyad-chart', class: 'chart', 'data-points': String(data.points.length) });
  const details = el('div', { id: 'dyad-events' }, el('p', { class: 'hint' }, 'Click a bar (or pick a period in the table) to see the events and sentences behind it.'));
  if (data.points.length === 0) {
    results.replaceChildren(empty(`No dated events between ${label(a)} (${a}) and ${label(b)} (${b}) with these filters.`));
    return;
  }
  results.replaceChildren(container, exportBar(`dyad-${a}-${b}`, () => data.points.map((p) => ({ period: p.period, direction: p.direction === 'a>b' ? `${a}>${b}` : `${b}>${a}`, events: p.events, reports: p.mentions, goldstein_sum: p.goldsteinSum, goldstein_mean: p.goldsteinMean, q1: p.quad[0], q2: p.quad[1], q3: p.quad[2], q4: p.quad[3] })), () => data), details);
  const mean = (dir: 'a>b' | 'b>a'): Map<string, number> => new Map(data.points.filter((p) => p.direction === dir).map((p) => [p.period, p.goldsteinMean]));
  const periods = quadChart(container, by, data.points, [
    { name: `Goldstein ${a}→${b}`, values: mean('a>b') },
    { name: `Goldstein ${b}→${a}`, values: mean('b>a') },
  ]);
  const showPeriod = (period: string): void => {
    const [since, until] = periodBounds(period, by);
    details.replaceChildren(loading(`the events of ${period}`));
    void api<EventsPage>('/api/events', { ...filters, dyad: `${a}:${b}`, since, until, limit: '100' }).then(
      (d) => details.replaceChildren(el('h3', {}, `${a} and ${b}, ${period}: ${totalText(d)} events`), eventsTable(d.items, true)),
      (err: Error) => details.replaceChildren(el('p', { class: 'state error' }, `Could not load: ${err.message}`)),
    );
  };
  echarts.getInstanceByDom(container)?.on('click', (params) => {
    const period = periods[(params as { dataIndex: number }).dataIndex];
    if (period) showPeriod(period);
  });
  const active = [...new Set(data.points.map((p) => p.period))].sort();
  const pick = el('select', { 'aria-label': 'period' }, el('option', { value: '' }, 'events of a period…'), ...active.map((p) => el('option', { value: p }, p)));
  pick.addEventListener('change', () => pick.value && showPeriod(pick.value));
  container.after(el('p', { class: 'period-pick' }, pick));
}

// ---- profile ----------------------------------------------------------------------------------

async function showProfile(code: string, q: URLSearchParams): Promise<void> {
  const actor = code.toUpperCase();
  const by = periodOption(q);
  const filters = filtersOf(q);
  delete filters.actor;
  const v = view();
  const isCountry = actor.length === 3 && names.countries[actor] !== undefined;
  const results = el('div', {}, loading('the profile'));
  v.replaceChildren(el('h2', {}, `${label(actor)} `, el('span', { class: 'code' }, actor), isCountry ? ' · country' : ''), filterForm(`/actor/${actor}`, filters, [['by', 'period', by, 'month']]), results);
  const p = await api<ActorProfile>('/api/profile', { ...filters, actor, by });
  if (p.timeline.length === 0 && p.latest.length === 0) {
    results.replaceChildren(empty(`No events with ${label(actor)} (${actor}) as either side${Object.keys(filters).length > 0 ? ' with these filters' : ''}.`));
    return;
  }
  const timeline = el('div', { id: 'profile-chart', class: 'chart', 'data-periods': String(p.timeline.length) });
  const partners = el(
    'table',
    { class: 'compact' },
    el('thead', {}, el('tr', {}, el('th', {}, 'partner'), el('th', { class: 'num' }, 'events'), el('th', { class: 'num' }, 'Goldstein'), el('th', {}, ''))),
    el(
      'tbody',
      {},
      ...p.partners.map((x) =>
        el('tr', {}, el('td', {}, actorLink(x.code)), el('td', { class: 'num' }, x.events.toLocaleString('en')), el('td', { class: `num ${goldsteinClass(x.goldsteinMean)}` }, String(x.goldsteinMean)), el('td', {}, el('a', { href: hashOf('/dyad', { a: actor, b: x.code, by }) }, 'time line'))),
      ),
    ),
  );
  const types = el(
    'table',
    { class: 'compact' },
    el('thead', {}, el('tr', {}, el('th', {}, 'CAMEO'), el('th', {}, 'event type'), el('th', { class: 'num' }, 'events'))),
    el('tbody', {}, ...p.types.map((t) => el('tr', {}, el('td', {}, t.root), el('td', {}, el('a', { href: hashOf('/events', { ...filters, actor, code: t.root }) }, t.name)), el('td', { class: 'num' }, t.events.toLocaleString('en'))))),
  );
  results.replaceChildren(
    el('h3', {}, 'Events over time, by quad class'),
    timeline,
    exportBar(`profile-${actor}`, () => p.timeline.map((t) => ({ period: t.period, events: t.events, q1: t.quad[0], q2: t.quad[1], q3: t.quad[2], q4: t.quad[3] })), () => p),
    el('div', { class: 'columns' }, el('section', {}, el('h3', {}, 'Top partners'), p.partners.length > 0 ? partners : empty('No partners.')), el('section', {}, el('h3', {}, 'Top event types'), types)),
    el('h3', {}, 'Latest evidence ', el('a', { href: hashOf('/events', { ...filters, actor }), class: 'more' }, 'all events')),
    eventsTable(p.latest),
  );
  if (p.timeline.length > 0) quadChart(timeline, by, p.timeline);
  else timeline.replaceWith(empty('None of these events is dated.'));
}

// ---- network and map --------------------------------------------------------------------------

async function showNetwork(q: URLSearchParams): Promise<void> {
  const filters = filtersOf(q);
  const v = view();
  const results = el('div', {}, loading('the network'));
  v.replaceChildren(el('h2', {}, 'Actor network'), filterForm('/network', filters), results);
  const data = await api<{ nodes: { id: string; events: number }[]; edges: NetworkEdge[] }>('/api/network', { ...filters, limit: '150' });
  if (data.edges.length === 0) {
    results.replaceChildren(empty('No events between resolved actors match these filters.'));
    return;
  }
  const container = el('div', { id: 'network-chart', class: 'chart tall', 'data-edges': String(data.edges.length), 'data-nodes': String(data.nodes.length) });
  const top = [...data.edges].sort((x, y) => y.events - x.events).slice(0, 15);
  results.replaceChildren(
    container,
    el('p', { class: 'hint' }, 'Edges: width by events, colour by mean Goldstein (red conflict, green cooperation). Click a node for its profile, an edge for its events; drag or scroll to move and zoom.'),
    exportBar('network', () => data.edges.map((e) => ({ source: e.source, source_name: label(e.source), target: e.target, target_name: label(e.target), events: e.events, goldstein_mean: e.goldsteinMean })), () => data),
    el('h3', {}, 'Busiest directed pairs'),
    el('ol', { class: 'pairs' }, ...top.map((e) => el('li', {}, el('a', { href: hashOf('/events', { ...filters, dyad: `${e.source}:${e.target}` }) }, `${label(e.source)} → ${label(e.target)}`), `: ${e.events} event${e.events === 1 ? '' : 's'}, mean Goldstein ${e.goldsteinMean}`))),
  );
  const max = Math.max(1, ...data.edges.map((e) => e.events));
  const maxNode = Math.max(1, ...data.nodes.map((n) => n.events));
  const c = chart(container);
  c.setOption({
    animation: false,
    tooltip: {
      formatter: (params: unknown) => {
        const p = params as { dataType: string; data: { name?: string; value: number; source?: string; target?: string; goldstein?: number } };
        if (p.dataType === 'edge') return tip(`${label(p.data.source ?? '')} → ${label(p.data.target ?? '')}`, ['events', p.data.value], ['mean Goldstein', p.data.goldstein ?? 0]);
        return tip(`${label(p.data.name ?? '')} (${p.data.name ?? ''})`, ['events', p.data.value]);
      },
    },
    series: [
      {
        type: 'graph',
        layout: 'force',
        roam: true,
        draggable: true,
        // Gravity keeps small components near the centre, so that nodes stay inside the frame.
        force: { repulsion: 260, gravity: 0.14, edgeLength: [50, 160], layoutAnimation: false },
        top: 30,
        bottom: 30,
        left: 30,
        right: 30,
        label: { show: true, position: 'right', color: '#222', fontSize: 11 },
        labelLayout: { hideOverlap: true },
        edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: 6,
        data: data.nodes.map((n) => ({ name: n.id, value: n.events, symbolSize: 8 + 28 * Math.sqrt(n.events / maxNode), itemStyle: { color: '#4a6fa5' } })),
        links: data.edges.map((e) => ({
          source: e.source,
          target: e.target,
          value: e.events,
          goldstein: e.goldsteinMean,
          lineStyle: { width: 1 + 6 * (e.events / max), color: goldsteinColour(e.goldsteinMean), curveness: 0.15, opacity: 0.8 },
        })),
      },
    ],
  });
  c.on('click', (params) => {
    const d = params.data as { source?: string; target?: string; name?: string };
    if (d.source && d.target) go('/events', { ...filters, dyad: `${d.source}:${d.target}` });
    else if (d.name) go(`/actor/${d.name}`, filters);
  });
}

let mapRegistered = false;

async function showMap(q: URLSearchParams): Promise<void> {
  const filters = filtersOf(q);
  const v = view();
  const results = el('div', {}, loading('the map'));
  v.replaceChildren(el('h2', {}, 'Events by country'), filterForm('/map', filters), results);
  if (!mapRegistered) {
    const geo = await api<object>('/assets/world.json');
    echarts.registerMap('world', geo as Parameters<typeof echarts.registerMap>[1]);
    mapRegistered = true;
  }
  const data = await api<{ items: CountryCount[] }>('/api/countries', filters);
  const container = el('div', { id: 'map-chart', class: 'chart tall', 'data-countries': String(data.items.length) });
  const top = [...data.items].sort((x, y) => y.events - x.events).slice(0, 15);
  results.replaceChildren(
    container,
    el('p', { class: 'hint' }, 'Where events happened (else the country acted on). Click a country for its profile.'),
    data.items.length === 0 ? empty('No events with a country match these filters.') : '',
    exportBar('countries', () => data.items.map((d) => ({ country: d.country, name: label(d.country), events: d.events, goldstein_mean: d.goldsteinMean })), () => data),
    el('h3', {}, 'Most events'),
    el('ol', { class: 'pairs' }, ...top.map((d) => el('li', {}, el('a', { href: hashOf(`/actor/${d.country}`, filters) }, label(d.country)), `: ${d.events.toLocaleString('en')} event${d.events === 1 ? '' : 's'}`))),
  );
  const counts = new Map(data.items.map((d) => [d.country, d.events]));
  const c = chart(container);
  c.setOption({
    animation: false,
    tooltip: {
      trigger: 'item',
      formatter: (params: unknown) => {
        const code = (params as { name: string }).name;
        return tip(`${label(code)} (${code})`, ['events', counts.get(code) ?? 0]);
      },
    },
    visualMap: { type: 'piecewise', pieces: countPieces(Math.max(1, ...data.items.map((d) => d.events))), left: 10, bottom: 10, inRange: { color: ['#9ecae1', '#08306b'] } },
    series: [
      {
        type: 'map',
        map: 'world',
        roam: true,
        nameProperty: 'name',
        itemStyle: { areaColor: '#eeeeee', borderColor: '#999999', borderWidth: 0.5 },
        emphasis: { label: { show: false }, itemStyle: { areaColor: '#f4d35e' } },
        data: data.items.map((d) => ({ name: d.country, value: d.events })),
      },
    ],
  });
  c.on('click', (params) => go(`/actor/${(params as { name: string }).name}`, filters));
}

// ---- articles ---------------------------------------------------------------------------------

/** A snippet from FTS5 marks hits with [ and ]: shown as <mark> built from text nodes. */
function snippet(text: string): HTMLElement {
  const p = el('p', { class: 'snippet' });
  for (const [i, part] of text.split(/\[|\]/).entries()) p.append(i % 2 === 1 ? el('mark', {}, part) : document.createTextNode(part));
  return p;
}

async function showSearch(q: URLSearchParams): Promise<void> {
  const text = q.get('q') ?? '';
  const v = view();
  const f = el('form', { class: 'filters', role: 'search' }, el('label', {}, 'search', el('input', { name: 'q', value: text, placeholder: 'words in titles and bodies' })), el('button', { type: 'submit' }, 'Search'));
  f.addEventListener('submit', (e) => {
    e.preventDefault();
    const value = new FormData(f).get('q');
    go('/search', { q: typeof value === 'string' ? value.trim() : '' });
  });
  v.replaceChildren(el('h2', {}, 'Articles'), f);
  if (!text) {
    v.append(empty('Search the titles and bodies of the stored articles.'));
    return;
  }
  const results = el('div', {}, loading('articles'));
  v.append(results);
  const data = await api<{ items: ArticleHit[] }>('/api/search', { q: text, limit: '50' });
  results.replaceChildren(
    data.items.length === 0
      ? empty(`No article has "${text}".`)
      : el('div', {}, el('p', {}, `${data.items.length} articles`), el('ol', { class: 'hits' }, ...data.items.map((h) => el('li', {}, el('a', { href: hashOf(`/article/${h.id}`) }, h.title ?? h.id), ` ${h.published ?? ''} · ${h.events} events`, snippet(h.snippet))))),
  );
}

async function showArticle(id: string, q: URLSearchParams): Promise<void> {
  view().replaceChildren(loading('the article'));
  const data = await api<StoredArticle>(`/api/articles/${encodeURIComponent(id)}`);
  const { article } = data;
  const bySentence = new Map<number, (Event & { merged: string })[]>();
  for (const e of data.events) bySentence.set(e.sentence.index, [...(bySentence.get(e.sentence.index) ?? []), e]);
  const sentences = [...bySentence.values()].map((list) => list[0]?.sentence).filter((s) => s !== undefined).sort((x, y) => x.start - y.start);
  const text = el('div', { class: 'article-text' });
  for (const p of article.paragraphs) {
    const para = el('p');
    let at = p.start;
    for (const s of sentences) {
      if (s.end <= p.start || s.start >= p.end || s.start < at) continue;
      para.append(article.body.slice(at, s.start));
      const mark = el('mark', { class: 'coded', id: `s${s.index}`, title: (bySentence.get(s.index) ?? []).map((e) => `${label(e.source.code)} ${e.action.cameo} ${e.target ? label(e.target.code) : ''}`).join('; ') }, article.body.slice(s.start, s.end));
      para.append(mark);
      at = s.end;
    }
    para.append(article.body.slice(at, p.end));
    text.append(para);
  }
  const side = el(
    'aside',
    { class: 'article-events' },
    el('h3', {}, `${data.events.length} events`),
    ...data.events.map((e) =>
      el(
        'div',
        { class: 'side-event' },
        el('a', { href: hashOf(`/article/${article.id}`, { s: String(e.sentence.index) }) }, `${label(e.source.code)} → ${e.target ? label(e.target.code) : '—'}`),
        ` ${e.action.cameo} ${e.action.plover.event ?? ''} “${e.action.text}” ${e.date?.value ?? ''} ${e.modality === 'asserted' ? '' : e.modality}`,
      ),
    ),
  );
  view().replaceChildren(
    el(
      'article',
      { class: 'reader' },
      el('h2', { class: 'article-title' }, article.title ?? '(no title)'),
      article.subtitle ? el('p', { class: 'subtitle' }, article.subtitle) : null,
      el('p', { class: 'meta' }, [article.published, article.byline.join(', '), article.site ?? ''].filter(Boolean).join(' · '), ' ', article.url ? el('a', { href: article.url, rel: 'noreferrer' }, 'source') : null),
      el('div', { class: 'reader-body' }, text, side),
    ),
  );
  const s = q.get('s');
  if (s) document.getElementById(`s${s}`)?.scrollIntoView({ block: 'center' });
}

// ---- routing ----------------------------------------------------------------------------------

let generation = 0;

async function route(): Promise<void> {
  const mine = ++generation;
  const [path, q] = hashParams();
  for (const c of charts) c.dispose();
  charts.clear();
  for (const a of document.querySelectorAll('nav a')) {
    const on = path.startsWith((a.getAttribute('href') ?? '').slice(1));
    a.classList.toggle('active', on);
    if (on) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  const article = /^\/article\/(.+)$/.exec(path);
  const actor = /^\/actor\/([A-Za-z0-9-]+)$/.exec(path);
  try {
    if (article?.[1]) await showArticle(article[1], q);
    else if (actor?.[1]) await showProfile(actor[1], q);
    else if (path === '/dyad') await showDyad(q);
    else if (path === '/network') await showNetwork(q);
    else if (path === '/map') await showMap(q);
    else if (path === '/search') await showSearch(q);
    else await showEvents(q);
  } catch (err) {
    if (err instanceof StaleView) return;
    for (const s of view().querySelectorAll('.state.loading')) s.remove();
    view().append(el('p', { class: 'state error', role: 'alert' }, `Could not load: ${(err as Error).message}`));
  }
  // Tests and scripts wait for this; a view left before it loaded does not set it.
  if (mine === generation) view().setAttribute('data-ready', path);
}

async function start(): Promise<void> {
  const [stats, tables] = await Promise.all([api<{ articles: number; events: number; mentions: number }>('/api/stats'), api<ActorNameTables>('/api/names')]);
  names = tables;
  const statsLabel = document.getElementById('stats');
  if (statsLabel) statsLabel.textContent = `${stats.articles.toLocaleString('en')} articles · ${stats.events.toLocaleString('en')} events · ${stats.mentions.toLocaleString('en')} reports`;
  window.addEventListener('hashchange', () => void route());
  await route();
}

void start();
