/**
 * Latency of `dyad serve` under concurrent clients, the server in its own process as a user runs it.
 *   node --import tsx bench/server-latency.ts [--db PATH] [--clients 50] [--requests 20]
 * Without --db, the sample articles are ingested into a new store first. Each client sends its
 * requests one after another over its own keep-alive connection: ordinary API pages and the explorer.
 * Prints wall-clock percentiles, the server's CPU time per request (from /proc, Linux) and the load
 * average, since on a shared machine wall time mostly measures the other processes.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Agent, request } from 'undici';
import { runCli } from '../src/cli/run-cli.js';

const { values } = parseArgs({ options: { db: { type: 'string' }, clients: { type: 'string', default: '50' }, requests: { type: 'string', default: '20' } } });
const clients = Number(values.clients);
const perClient = Number(values.requests);
const quiet = { write: (): boolean => true };

let db = values.db;
if (!db) {
  db = join(mkdtempSync(join(tmpdir(), 'dyad-latency-')), 'samples.db');
  await runCli(['ingest', 'samples/corpus', '--db', db, '--jobs', '1', '--quiet'], { stdout: quiet, stderr: quiet });
}

const server = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const base = await new Promise<string>((resolve, reject) => {
  let out = '';
  server.stdout.on('data', (d: Buffer) => {
    out += d.toString();
    const url = /on (http:\/\/\S+?\/?) /.exec(out)?.[1];
    if (url) resolve(url.endsWith('/') ? url : `${url}/`);
  });
  server.on('exit', (code) => reject(new Error(`dyad serve exited (${code})`)));
});

/** The server process's user + system CPU time in ms, from /proc (clock ticks of 10 ms); null elsewhere. */
function serverCpuMs(): number | null {
  try {
    const fields = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

const PATHS = ['api/events?limit=50', 'api/stats', 'api/network', 'api/countries', 'api/search?q=border', 'api/actors', 'api/events?actor=RUS&limit=20', 'api/dyad?a=RUS&b=BLR&by=month', ''];
const agent = new Agent({ connections: clients, pipelining: 1 });
const get = async (path: string): Promise<number> => {
  const { statusCode, body } = await request(`${base}${path}`, { dispatcher: agent });
  await body.arrayBuffer();
  return statusCode;
};

// Warm up: every page once, so that first-use costs (statements, the explorer's files) are not timed.
for (const path of PATHS) await get(path);

const cpuBefore = serverCpuMs();
const load = loadavg()[0] ?? 0;
const times: number[] = [];
let failures = 0;
const started = performance.now();
await Promise.all(
  Array.from({ length: clients }, async (_, c) => {
    for (let r = 0; r < perClient; r++) {
      const t = performance.now();
      const status = await get(PATHS[(c + r) % PATHS.length] ?? '');
      times.push(performance.now() - t);
      if (status !== 200) failures++;
    }
  }),
);
const wallMs = performance.now() - started;
const cpuAfter = serverCpuMs();
times.sort((a, b) => a - b);
const pct = (p: number): number => Math.round(times[Math.floor(p * (times.length - 1))] ?? 0);
const cpuMs = cpuBefore !== null && cpuAfter !== null ? cpuAfter - cpuBefore : null;

server.kill('SIGTERM');
await agent.close();
console.log(
  JSON.stringify({
    store: db,
    clients,
    requests: times.length,
    failures,
    wallMs: Math.round(wallMs),
    p50Ms: pct(0.5),
    p95Ms: pct(0.95),
    p99Ms: pct(0.99),
    maxMs: pct(1),
    serverCpuMs: cpuMs,
    serverCpuMsPerRequest: cpuMs === null ? null : Math.round((cpuMs / times.length) * 100) / 100,
    loadAverageAtStart: Math.round(load * 10) / 10,
    loadAverageAtEnd: Math.round((loadavg()[0] ?? 0) * 10) / 10,
    cores: (await import('node:os')).availableParallelism(),
  }),
);
