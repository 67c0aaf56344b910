/**
 * What the queue benchmarks share: the generated corpus, fresh stores and queues on the local
 * PostgreSQL, worker processes with their CPU time, and a fingerprint of a store for comparisons.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import pg from 'pg';
import { openStore } from '../src/store/open-store.js';

export const PG_URL = process.env.DYAD_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** The corpus of bench/generate-corpus.ts, made when missing. */
export function ensureCorpus(count: number, seed = 1): string {
  const corpus = `bench/out/corpus-${count}-seed${seed}`;
  if (!existsSync(corpus)) {
    console.error(`generating ${count} documents into ${corpus}`);
    execFileSync(process.execPath, ['--import', 'tsx', 'bench/generate-corpus.ts', '--out', corpus, '--count', String(count), '--seed', String(seed)], { stdio: 'inherit' });
  }
  return corpus;
}

async function admin<T>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/** A store of its own: a new PostgreSQL database (the store's tables and the queue's schema go in it), or an SQLite file. */
export async function freshStore(kind: 'postgres' | 'sqlite', label: string): Promise<{ db: string; queue: string; drop: () => Promise<void> }> {
  const name = `dyad_bench_${label}_${randomBytes(3).toString('hex')}`;
  if (kind === 'postgres') {
    await admin(`CREATE DATABASE ${name}`);
    const url = new URL(PG_URL);
    url.pathname = `/${name}`;
    return { db: url.href, queue: url.href, drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).then(() => undefined) };
  }
  const db = `bench/out/${name}.db`;
  return {
    db,
    // The queue still needs PostgreSQL: a schema of its own in the test database.
    queue: PG_URL,
    drop: () => {
      for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
      return Promise.resolve();
    },
  };
}

export interface RunningWorker {
  child: ChildProcess;
  /** Resolves when it ends: its exit code, and its CPU seconds when it ended by itself. */
  ended: Promise<{ code: number | null; signal: NodeJS.Signals | null; cpu: number | null }>;
}

/** Starts one worker process (niced like every benchmark here) on the queue. */
export function startWorker(db: string, queue: string, schema: string, jobs: number, extra: string[] = []): RunningWorker {
  const child = spawn('nice', ['-n', '10', process.execPath, '--import', 'tsx', 'bench/queue-worker.ts', '--db', db, '--queue', queue, '--queue-schema', schema, '--jobs', String(jobs), '--quiet', ...extra], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null; cpu: number | null }>((resolve) => {
    child.on('exit', (code, signal) => {
      const cpu = /cpu ([\d.]+)\s*$/.exec(out);
      resolve({ code, signal, cpu: cpu ? Number(cpu[1]) : null });
    });
  });
  return { child, ended };
}

export interface Fingerprint {
  articles: number;
  events: number;
  mentions: number;
  /** sha256 of the sorted merged-event ids. */
  eventIds: string;
  /** sha256 of the sorted report ids (each mention's own event id): which reports got stored. */
  reportIds: string;
  /** sha256 of how reports are grouped into events, whatever each event is named after. */
  grouping: string;
}

/** What two stores must share to be "the same": counts, event ids, and the reports behind them. */
export async function fingerprint(db: string): Promise<Fingerprint> {
  const store = await openStore(db);
  try {
    const stats = await store.stats();
    const ids: string[] = [];
    const reports: string[] = [];
    const groups: string[] = [];
    for await (const e of store.eachEvent()) {
      ids.push(e.id);
      const behind = e.evidence.map((x) => x.event).sort();
      reports.push(...behind);
      groups.push(behind.join(','));
    }
    const digest = (list: string[]): string => createHash('sha256').update(list.sort().join('\n')).digest('hex').slice(0, 16);
    return { ...stats, eventIds: digest(ids), reportIds: digest(reports), grouping: digest(groups) };
  } finally {
    await store.close();
  }
}

/** Drops a queue's schema (when its database still exists). */
export async function dropSchemaAt(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } catch {
    // The database went with the store.
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * CPU seconds the PostgreSQL server has used so far on this machine: its live processes, plus what its
 * ended backends used (counted in the postmaster's children's time once reaped). It includes every
 * other client of the server, so only a difference over a quiet stretch means much.
 */
export function postgresCpuSeconds(): number | null {
  let ticks = 0;
  let found = false;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue;
    }
    const close = stat.lastIndexOf(')');
    if (stat.slice(stat.indexOf('(') + 1, close) !== 'postgres') continue;
    found = true;
    // Fields after the command: state is 3, utime 14, stime 15, cutime 16, cstime 17 (1-based over the whole line).
    const fields = stat.slice(close + 2).split(' ');
    ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
  }
  return found ? ticks / 100 : null;
}
