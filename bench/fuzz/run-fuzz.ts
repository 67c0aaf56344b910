import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DyadError } from '../../src/errors.js';
import { expandInputs } from '../../src/ingest/expand-inputs.js';
import { readInput } from '../../src/io/read-input.js';
import { processDocument } from '../../src/pipeline.js';
import { startServer } from '../../src/server/start-server.js';
import type { EventStore } from '../../src/store/event-store.js';
import { seededRandom, type HostileFile } from './hostile-files.js';

export interface DocumentFuzz {
  tried: number;
  refused: number;
  crashes: string[];
  /** Documents that took longer than the hang limit, in wall time (inflated on a loaded machine). */
  hangs: string[];
  slowest: { name: string; ms: number };
  /** Documents that took more CPU time than the hang limit: what the code costs, whatever the load. */
  cpuHangs: string[];
  slowestCpu: { name: string; ms: number };
  /** Where the files were written, for a second pass through `dyad ingest`. */
  dir: string;
  /** Largest resident set seen after any one document, MB. */
  peakRssMb: number;
}

/** Each file is written to disk and read the way `dyad code` reads it: a crash is any error that is not a DyadError. */
export async function fuzzDocuments(files: Iterable<HostileFile>, hangMs = 10_000): Promise<DocumentFuzz> {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-fuzz-'));
  const result: DocumentFuzz = { tried: 0, refused: 0, crashes: [], hangs: [], slowest: { name: '', ms: 0 }, cpuHangs: [], slowestCpu: { name: '', ms: 0 }, dir, peakRssMb: 0 };
  let i = 0;
  for (const file of files) {
    const path = join(dir, `${i++}-${file.name.replace(/\//g, '_')}`);
    writeFileSync(path, file.bytes);
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    try {
      processDocument(await readInput(path));
    } catch (err) {
      if (err instanceof DyadError) result.refused++;
      else result.crashes.push(`${file.name}: ${(err as Error).message}`);
    }
    const ms = performance.now() - started;
    const used = process.cpuUsage(cpuStarted);
    const cpuMs = Math.round((used.user + used.system) / 1000);
    if (cpuMs > hangMs) result.cpuHangs.push(`${file.name}: ${cpuMs} ms of CPU`);
    if (cpuMs > result.slowestCpu.ms) result.slowestCpu = { name: file.name, ms: cpuMs };
    result.tried++;
    if (ms > hangMs) result.hangs.push(`${file.name}: ${Math.round(ms)} ms`);
    if (ms > result.slowest.ms) result.slowest = { name: file.name, ms: Math.round(ms) };
    result.peakRssMb = Math.max(result.peakRssMb, Math.round(process.memoryUsage().rss / 1024 / 1024));
  }
  return result;
}

/** Sends raw bytes and reads the status line; null when the connection ends without one. */
function rawRequest(port: number, request: string | Buffer): Promise<number | null> {
  return new Promise((resolve) => {
    let text = '';
    const socket = connect(port, '127.0.0.1', () => socket.end(request));
    socket.setTimeout(10_000, () => socket.destroy());
    socket.on('data', (d: Buffer) => (text += d.toString('latin1')));
    socket.on('close', () => resolve(/^HTTP\/1\.[01] (\d{3})/.exec(text) ? Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1]) : null));
    socket.on('error', () => undefined);
  });
}

const TARGETS = ['//', '///', '//x:y', '/assets/constructor', '/assets/__proto__', '/assets/../../package.json', '/api/events?offset=99999999999999999999', '/api/events?limit=-1', '/api/events?limit=1e3', '/api/events?since=9999-99-99', '/api/events?dyad=%00:%FF', '/api/events?q=%22', '/api/events?q=NEAR(', '/api/events?q=*', '/api/search?q=%22%22%22', '/api/dyad?a=&b=', '/api/articles/%2e%2e', '/api/articles/' + 'a'.repeat(5000), '/%', '/%%%', '/api/events?actor=' + '%'.repeat(100), '*', 'http://evil.example/', '/api/network?limit=0', '/api/countries?plover=x'];

export interface ServerFuzz {
  tried: number;
  /** Requests answered with no status line, or 5xx: the server must answer every one with 4xx or 2xx. */
  unanswered: number;
  errors5xx: number;
  alive: boolean;
  p99Ms: number;
  clients: number;
}

/** Hostile requests (malformed targets, methods, headers, garbage) at the server, 50 at a time; then latency under 50 clients. */
export async function fuzzServer(store: EventStore, seed: number, count: number, clients = 50): Promise<ServerFuzz> {
  const rnd = seededRandom(seed);
  const running = await startServer(store, { port: 0 });
  const port = Number(new URL(running.url).port);
  const result: ServerFuzz = { tried: 0, unanswered: 0, errors5xx: 0, alive: false, p99Ms: 0, clients };
  const hostile = (n: number): string | Buffer => {
    const target = TARGETS[n % TARGETS.length] ?? '/';
    switch (Math.floor(rnd() * 6)) {
      case 0:
        return `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`;
      case 1:
        return `GET ${target} HTTP/1.1\r\nHost: rebound.example\r\nConnection: close\r\n\r\n`;
      case 2:
        return `${['POST', 'DELETE', 'OPTIONS', 'TRACE', 'BREW'][n % 5]} /api/events HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\nConnection: close\r\n\r\nabcde`;
      case 3:
        return Buffer.from(Array.from({ length: 1 + Math.floor(rnd() * 400) }, () => Math.floor(rnd() * 256)));
      case 4:
        return `GET /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\n${'X-Big: ' + 'a'.repeat(20_000)}\r\nConnection: close\r\n\r\n`;
      default:
        return `GET /api/events?${'actor=RUS&'.repeat(Math.floor(rnd() * 500))} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`;
    }
  };
  try {
    for (let start = 0; start < count; start += clients) {
      const batch = Array.from({ length: Math.min(clients, count - start) }, (_, k) => rawRequest(port, hostile(start + k)));
      for (const status of await Promise.all(batch)) {
        result.tried++;
        // A garbage request may be closed without an answer (Node's parser does so); a 5xx never.
        if (status === null) result.unanswered++;
        else if (status >= 500) result.errors5xx++;
      }
    }
    result.alive = (await fetch(`${running.url}api/stats`)).ok;
    // Latency of ordinary pages with `clients` clients at once, 10 requests each.
    const times: number[] = [];
    const paths = ['api/events?limit=50', 'api/stats', 'api/network', 'api/countries', 'api/search?q=border', 'api/actors'];
    await Promise.all(
      Array.from({ length: clients }, async (_, c) => {
        for (let r = 0; r < 10; r++) {
          const t = performance.now();
          const res = await fetch(`${running.url}${paths[(c + r) % paths.length] ?? ''}`);
          await res.arrayBuffer();
          times.push(performance.now() - t);
        }
      }),
    );
    times.sort((a, b) => a - b);
    result.p99Ms = Math.round(times[Math.floor(0.99 * (times.length - 1))] ?? 0);
  } finally {
    await running.close();
  }
  return result;
}

export interface FeedFuzz {
  tried: number;
  /** Documents whose text holds the secret of a local file a feed named: must be 0. */
  leaks: number;
  crashes: string[];
}

/** Feeds from a local server whose links and redirects name local files, loopback ports and odd schemes. */
export async function fuzzFeeds(secretPath: string, secretWord: string): Promise<FeedFuzz> {
  const links = [secretPath, `file://${secretPath}`, `../../../..${secretPath}`, '/dev/zero', 'file:///dev/zero', 'javascript:alert(1)', 'data:text/html,<p>x</p>', 'ftp://127.0.0.1/x', '//127.0.0.1:1/x', '/redirect-file', '/redirect-loop', '/redirect-private', 'http://169.254.169.254/latest/meta-data/', 'http://[::1]:1/', 'http://0x7f000001:1/', '%', '', '\u0000'];
  const server: Server = createServer((req, res) => {
    const port = (server.address() as AddressInfo).port;
    if (req.url === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel>${links.map((l) => `<item><title>x</title><link>${l.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))}</link></item>`).join('')}</channel></rss>`);
    } else if (req.url === '/atom.xml') {
      res.writeHead(200, { 'content-type': 'application/atom+xml' });
      res.end(`<feed xmlns="http://www.w3.org/2005/Atom">${links.map((l) => `<entry><link href="${l.replace(/[<&"]/g, (c) => `&#${c.charCodeAt(0)};`)}"/></entry>`).join('')}</feed>`);
    } else if (req.url === '/redirect-file') {
      res.writeHead(302, { location: `file://${secretPath}` });
      res.end();
    } else if (req.url === '/redirect-loop') {
      res.writeHead(302, { location: '/redirect-loop' });
      res.end();
    } else if (req.url === '/redirect-private') {
      res.writeHead(302, { location: `http://127.0.0.1:${port}/feed.xml` });
      res.end();
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const result: FeedFuzz = { tried: 0, leaks: 0, crashes: [] };
  try {
    for (const allowPrivate of [true, false]) {
      for await (const item of expandInputs([`${base}/feed.xml`, `${base}/atom.xml`], { allowPrivate })) {
        result.tried++;
        if (item.kind === 'document' && Buffer.from(item.doc.bytes).toString('latin1').includes(secretWord)) result.leaks++;
      }
    }
  } catch (err) {
    result.crashes.push((err as Error).message);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  return result;
}
