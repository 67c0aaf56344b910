/**
 * The analyst's explorer: events, dyad time lines, the actor network, a world map and the article
 * reader, over the HTTP API. Article text is hostile input: every piece of it enters the page as a
 * text node (textContent), never as markup.
 */
import type * as Echarts from 'echarts';
import type { ActorSummary, ArticleHit, CountryCount, DyadPoint, NetworkEdge, StoredArticle } from '../store/event-store.js';
import type { Event, MergedEvent } from '../types/index.js';
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

/** Goldstein -10..10 as a colour from red (conflict) through grey to green (cooperation). */
function goldsteinColour(g: number): string {
  const t = Math.max(-1, Math.min(1, g / 10));
  const grey = [150, 150, 150];
  const end = t < 0 ? [215, 48, 39] : [26, 152, 80];
  const mix = grey.map((c, i) => Math.round(c + ((end[i] ?? c) - c) * Math.abs(t)));
  return `rgb(${mix.join(',')})`;
}

function hashParams(): [string, URLSearchParams] {
  const [path = '', query = ''] = location.hash.replace(/^#/, '').split('?');
  return [path || '/events', new URLSearchParams(query)];
}

function go(path: string, params: Record<string, string | undefined> = {}): void {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  location.hash = `${path}${q.size > 0 ? `?${q.toString()}` : ''}`;
}

function form(fields: [name: string, label: string, value: string, placeholder?: string][], onSubmit: (values: Record<string, string>) => void): HTMLFormElement {
  const f = el('form', { class: 'filters' });
  for (const [name, label, value, placeholder] of fields) {
    const input = el('input', { name, value, placeholder: placeholder ?? '' });
    f.append(el('label', {}, label, input));
  }
  f.append(el('button', { type: 'submit' }, 'Show'));
  f.addEventListener('submit', (e) => {
    e.preventDefault();
    const values: Record<string, string> = {};
    for (const [k, v] of new FormData(f)) values[k] = typeof v === 'string' ? v.trim() : '';
    onSubmit(values);
  });
  return f;
}

function evidenceList(e: MergedEvent): HTMLElement {
  return el(
    'ul',
    { class: 'evidence' },
    ...e.evidence.map((ev) =>
      el(
        'li',
        {},
        el('q', {}, ev.sentence.text),
        ' — ',
        el('a', { href: `#/article/${ev.article}?s=${ev.sentence.index}` }, ev.title ?? ev.article),
        ev.published ? ` (${ev.published})` : '',
      ),
    ),
  );
}

function eventsTable(events: MergedEvent[]): HTMLElement {
  const body = el('tbody');
  for (const e of events) {
    const row = el(
      'tr',
      { class: 'event' },
      el('td', {}, e.date?.value ?? ''),
      el('td', { title: e.source.entity ?? e.source.text }, e.source.code),
      el('td', { title: e.target?.entity ?? e.target?.text ?? '' }, e.target?.code ?? ''),
      el('td', {}, e.action.cameo),
      el('td', {}, e.action.plover.event ?? ''),
      el('td', { class: 'num', style: `color:${goldsteinColour(e.action.goldstein)}` }, String(e.action.goldstein)),
      el('td', { class: 'num' }, `${e.mentions}/${e.articles}`),
      el('td', {}, e.modality === 'asserted' ? '' : e.modality, e.background ? ' background' : ''),
      el('td', { class: 'sentence' }, e.sentence.text),
    );
    const detail = el('tr', { class: 'detail', hidden: '' }, el('td', { colspan: '9' }, evidenceList(e)));
    row.addEventListener('click', () => detail.toggleAttribute('hidden'));
    body.append(row, detail);
  }
  return el(
    'table',
    { class: 'events' },
    el('thead', {}, el('tr', {}, ...['date', 'source', 'target', 'CAMEO', 'PLOVER', 'Goldstein', 'reports', 'modality', 'sentence'].map((h) => el('th', {}, h)))),
    body,
  );
}

async function showEvents(q: URLSearchParams): Promise<void> {
  const params = Object.fromEntries(['actor', 'dyad', 'code', 'plover', 'since', 'until', 'q', 'offset'].map((k) => [k, q.get(k) ?? '']));
  const v = view();
  v.replaceChildren(
    el('h2', {}, 'Events'),
    form(
      [
        ['q', 'text', params.q ?? '', 'words in the sentence'],
        ['actor', 'actor', params.actor ?? '', 'RUS, RUSGOV, IGOEUREEC'],
        ['dyad', 'dyad', params.dyad ?? '', 'RUS:BLR'],
        ['code', 'CAMEO', params.code ?? '', '16'],
        ['plover', 'PLOVER', params.plover ?? '', 'SANCTION'],
        ['since', 'since', params.since ?? '', 'YYYY-MM-DD'],
        ['until', 'until', params.until ?? '', 'YYYY-MM-DD'],
      ],
      (values) => go('/events', values),
    ),
  );
  const data = await api<EventsPage>('/api/events', { ...params, limit: '50' });
  const offset = data.offset;
  const nav = el('p', { class: 'pager' }, `${data.total === 0 ? 0 : offset + 1}-${offset + data.items.length} of ${totalText(data)} events. Click a row for its evidence. `);
  if (offset > 0) {
    const prev = el('button', {}, 'previous');
    prev.addEventListener('click', () => go('/events', { ...params, offset: String(Math.max(0, offset - 50)) }));
    nav.append(prev);
  }
  if (offset + data.items.length < data.total || (!data.totalExact && data.items.length === 50)) {
    const next = el('button', {}, 'next');
    next.addEventListener('click', () => go('/events', { ...params, offset: String(offset + 50) }));
    nav.append(next);
  }
  v.append(nav, eventsTable(data.items));
}

/** The first and last day of a period label from the dyad API. */
function periodBounds(period: string, by: string): [string, string] {
  if (by === 'year') return [`${period}-01-01`, `${period}-12-31`];
  if (by === 'month') {
    const [y, m] = period.split('-').map(Number) as [number, number];
    return [`${period}-01`, `${period}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`];
  }
  if (by === 'week') {
    // strftime %W: weeks start on Monday; week 0 holds the days before the first Monday.
    const [y, w] = period.split('-W').map(Number) as [number, number];
    const jan1 = new Date(Date.UTC(y, 0, 1));
    const firstMonday = 1 + ((8 - jan1.getUTCDay()) % 7);
    const start = new Date(Date.UTC(y, 0, w === 0 ? 1 : firstMonday + (w - 1) * 7));
    const end = new Date(Date.UTC(y, 0, w === 0 ? firstMonday - 1 : firstMonday + (w - 1) * 7 + 6));
    return [start.toISOString().slice(0, 10), end.toISOString().slice(0, 10)];
  }
  return [period, period];
}

async function showDyad(q: URLSearchParams): Promise<void> {
  const a = (q.get('a') ?? '').toUpperCase();
  const b = (q.get('b') ?? '').toUpperCase();
  const by = q.get('by') ?? 'month';
  const v = view();
  v.replaceChildren(
    el('h2', {}, 'Dyad time line'),
    form(
      [
        ['a', 'actor A', a, 'RUS'],
        ['b', 'actor B', b, 'BLR'],
        ['by', 'period', by, 'week, month or year'],
      ],
      (values) => go('/dyad', values),
    ),
  );
  if (!a || !b) {
    const actors = await api<{ items: ActorSummary[] }>('/api/actors', { limit: '30' });
    v.append(el('p', {}, 'Pick two actors. The most active: ', actors.items.map((x) => `${x.code}${x.name ? ` (${x.name})` : ''}`).join(', ')));
    return;
  }
  const data = await api<{ points: DyadPoint[] }>('/api/dyad', { a, b, by });
  const periods = [...new Set(data.points.map((p) => p.period))].sort();
  const at = (dir: 'a>b' | 'b>a', period: string): DyadPoint | undefined => data.points.find((p) => p.period === period && p.direction === dir);
  const chart = el('div', { id: 'dyad-chart', class: 'chart', 'data-points': String(data.points.length) });
  const details = el('div', { id: 'dyad-events' }, el('p', { class: 'hint' }, 'Click a bar or a point to see the events and sentences behind it.'));
  v.append(chart, details);
  if (periods.length === 0) {
    chart.append(el('p', {}, `No dated events between ${a} and ${b}.`));
    return;
  }
  const quadNames = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
  const quadColours = ['#7fc97f', '#1b9e77', '#fdb462', '#d95f02'];
  const c = echarts.init(chart, undefined, { renderer: 'canvas' });
  c.setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 50, right: 50, top: 60, bottom: 40 },
    xAxis: { type: 'category', data: periods },
    yAxis: [
      { type: 'value', name: 'events' },
      { type: 'value', name: 'Goldstein mean', min: -10, max: 10 },
    ],
    series: [
      ...quadNames.map((name, i) => ({
        name,
        type: 'bar',
        stack: 'quad',
        itemStyle: { color: quadColours[i] },
        data: periods.map((p) => (at('a>b', p)?.quad[i] ?? 0) + (at('b>a', p)?.quad[i] ?? 0)),
      })),
      { name: `Goldstein ${a}→${b}`, type: 'line', yAxisIndex: 1, connectNulls: true, data: periods.map((p) => at('a>b', p)?.goldsteinMean ?? null) },
      { name: `Goldstein ${b}→${a}`, type: 'line', yAxisIndex: 1, connectNulls: true, data: periods.map((p) => at('b>a', p)?.goldsteinMean ?? null) },
    ],
  });
  c.on('click', (params) => {
    const period = periods[(params as { dataIndex: number }).dataIndex];
    if (!period) return;
    const [since, until] = periodBounds(period, by);
    void api<EventsPage>('/api/events', { dyad: `${a}:${b}`, since, until, limit: '100' }).then((d) => {
      details.replaceChildren(el('h3', {}, `${a} and ${b}, ${period}: ${totalText(d)} events`), eventsTable(d.items));
      for (const row of details.querySelectorAll('tr.detail')) row.removeAttribute('hidden');
    });
  });
}

/** A view over a period: its heading and a since/until form that reloads the same view. */
function periodView(q: URLSearchParams, heading: string, path: string): { v: HTMLElement; since: string; until: string } {
  const since = q.get('since') ?? '';
  const until = q.get('until') ?? '';
  const v = view();
  v.replaceChildren(
    el('h2', {}, heading),
    form(
      [
        ['since', 'since', since, 'YYYY-MM-DD'],
        ['until', 'until', until, 'YYYY-MM-DD'],
      ],
      (values) => go(path, values),
    ),
  );
  return { v, since, until };
}

async function showNetwork(q: URLSearchParams): Promise<void> {
  const { v, since, until } = periodView(q, 'Actor network', '/network');
  const data = await api<{ nodes: { id: string; events: number }[]; edges: NetworkEdge[] }>('/api/network', { since, until, limit: '150' });
  const chart = el('div', { id: 'network-chart', class: 'chart tall', 'data-edges': String(data.edges.length) });
  v.append(chart, el('p', { class: 'hint' }, 'Edges: width by events, colour by mean Goldstein (red conflict, green cooperation). Click an edge for its events.'));
  const max = Math.max(1, ...data.edges.map((e) => e.events));
  const c = echarts.init(chart);
  c.setOption({
    animation: false,
    tooltip: {},
    series: [
      {
        type: 'graph',
        layout: 'force',
        roam: true,
        draggable: true,
        force: { repulsion: 220, edgeLength: [60, 180] },
        label: { show: true },
        edgeSymbol: ['none', 'arrow'],
        data: data.nodes.map((n) => ({ name: n.id, value: n.events, symbolSize: 10 + 30 * Math.sqrt(n.events / max) })),
        links: data.edges.map((e) => ({
          source: e.source,
          target: e.target,
          value: e.events,
          tooltip: { formatter: `${e.source} → ${e.target}: ${e.events} events, mean Goldstein ${e.goldsteinMean}` },
          lineStyle: { width: 1 + 6 * (e.events / max), color: goldsteinColour(e.goldsteinMean), curveness: 0.15 },
        })),
      },
    ],
  });
  c.on('click', (params) => {
    const d = params.data as { source?: string; target?: string };
    if (d.source && d.target) go('/events', { dyad: `${d.source}:${d.target}`, since, until });
  });
}

let mapRegistered = false;

async function showMap(q: URLSearchParams): Promise<void> {
  const { v, since, until } = periodView(q, 'Events by country', '/map');
  if (!mapRegistered) {
    const geo = await api<object>('/assets/world.json');
    echarts.registerMap('world', geo as Parameters<typeof echarts.registerMap>[1]);
    mapRegistered = true;
  }
  const data = await api<{ items: CountryCount[] }>('/api/countries', { since, until });
  const chart = el('div', { id: 'map-chart', class: 'chart tall', 'data-countries': String(data.items.length) });
  v.append(chart, el('p', { class: 'hint' }, 'Where events happened (else the country acted on). Click a country for its events.'));
  const c = echarts.init(chart);
  c.setOption({
    animation: false,
    tooltip: { trigger: 'item' },
    visualMap: { min: 0, max: Math.max(1, ...data.items.map((d) => d.events)), calculable: true, left: 10, bottom: 10 },
    series: [{ type: 'map', map: 'world', roam: true, nameProperty: 'name', data: data.items.map((d) => ({ name: d.country, value: d.events })) }],
  });
  c.on('click', (params) => go('/events', { actor: (params as { name: string }).name, since, until }));
}

/** A snippet from FTS5 marks hits with [ and ]: shown as <mark> built from text nodes. */
function snippet(text: string): HTMLElement {
  const p = el('p', { class: 'snippet' });
  for (const [i, part] of text.split(/\[|\]/).entries()) p.append(i % 2 === 1 ? el('mark', {}, part) : document.createTextNode(part));
  return p;
}

async function showSearch(q: URLSearchParams): Promise<void> {
  const text = q.get('q') ?? '';
  const v = view();
  v.replaceChildren(el('h2', {}, 'Articles'), form([['q', 'search', text, 'words in titles and bodies']], (values) => go('/search', values)));
  if (!text) return;
  const data = await api<{ items: ArticleHit[] }>('/api/search', { q: text, limit: '50' });
  v.append(
    el('p', {}, `${data.items.length} articles`),
    el(
      'ol',
      { class: 'hits' },
      ...data.items.map((h) => el('li', {}, el('a', { href: `#/article/${h.id}` }, h.title ?? h.id), ` ${h.published ?? ''} · ${h.events} events`, snippet(h.snippet))),
    ),
  );
}

async function showArticle(id: string, q: URLSearchParams): Promise<void> {
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
      const mark = el('mark', { class: 'coded', id: `s${s.index}`, title: (bySentence.get(s.index) ?? []).map((e) => `${e.source.code} ${e.action.cameo} ${e.target?.code ?? ''}`).join('; ') }, article.body.slice(s.start, s.end));
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
        el('a', { href: `#/article/${article.id}?s=${e.sentence.index}` }, `${e.source.code} → ${e.target?.code ?? '—'}`),
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

async function route(): Promise<void> {
  const [path, q] = hashParams();
  const article = /^\/article\/(.+)$/.exec(path);
  for (const a of document.querySelectorAll('nav a')) a.classList.toggle('active', path.startsWith((a.getAttribute('href') ?? '').slice(1)));
  try {
    if (article?.[1]) await showArticle(article[1], q);
    else if (path === '/dyad') await showDyad(q);
    else if (path === '/network') await showNetwork(q);
    else if (path === '/map') await showMap(q);
    else if (path === '/search') await showSearch(q);
    else await showEvents(q);
  } catch (err) {
    view().append(el('p', { class: 'error' }, `Could not load: ${(err as Error).message}`));
  }
}

async function start(): Promise<void> {
  const stats = await api<{ articles: number; events: number; mentions: number }>('/api/stats');
  const label = document.getElementById('stats');
  if (label) label.textContent = `${stats.articles} articles · ${stats.events} events · ${stats.mentions} reports`;
  window.addEventListener('hashchange', () => void route());
  await route();
}

void start();
