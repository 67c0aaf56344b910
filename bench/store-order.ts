/**
 * Does the store depend on the order documents arrive in? Codes each document once, then adds the
 * coded articles to fresh stores in several orders (sorted, then seeded shuffles) and compares what
 * a user can read back: the jsonl, csv and plover exports, the actors, the network, the countries and
 * the stats, byte for byte.
 *   node --import tsx bench/store-order.ts [--input DIR] [--limit N] [--orders 3] [--seed 1] [--postgres URL]
 * Default input: the bundled sample corpus. With --postgres, each order also goes into a fresh
 * schema of that database, every document written at once (as many workers would).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { writeTextExport } from '../src/export/write-export.js';
import { readInput } from '../src/io/read-input.js';
import { processDocument } from '../src/pipeline.js';
import { seededRandom } from '../src/seeded-random.js';
import type { EventStore } from '../src/store/event-store.js';
import { openStore } from '../src/store/open-store.js';
import type { Article, CodedArticle } from '../src/types/index.js';

const { values } = parseArgs({
  options: {
    input: { type: 'string', default: 'samples/corpus' },
    limit: { type: 'string' },
    orders: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    postgres: { type: 'string' },
  },
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile() && !/(README|LICENSE)/.test(f))
    .sort();
}

function shuffled<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function cpuSeconds(since: NodeJS.CpuUsage): string {
  const used = process.cpuUsage(since);
  return ((used.user + used.system) / 1e6).toFixed(1);
}

async function fingerprint(store: EventStore): Promise<{ hash: string; events: number; mentions: number }> {
  const hash = createHash('sha256');
  for (const format of ['jsonl', 'csv', 'plover'] as const) {
    await writeTextExport(store.eachEvent({ background: true }), format, { write: (chunk) => void hash.update(chunk) });
  }
  hash.update(JSON.stringify([await store.actors(100_000), await store.network({}, 100_000), await store.countries(), await store.stats()]));
  const stats = await store.stats();
  return { hash: hash.digest('hex').slice(0, 16), events: stats.events, mentions: stats.mentions };
}

const files = filesUnder(values.input).slice(0, values.limit ? Number(values.limit) : undefined);
const cpuCoding = process.cpuUsage();
const docs: { article: Article; coded: CodedArticle }[] = [];
let refused = 0;
for (const file of files) {
  try {
    docs.push(processDocument(await readInput(file)));
  } catch {
    refused++;
  }
}
console.log(`${values.input}: ${files.length} files, ${docs.length} coded (${refused} refused) in ${cpuSeconds(cpuCoding)} s of CPU; Node ${process.version}`);

const random = seededRandom(Number(values.seed));
const orders = [docs, ...Array.from({ length: Number(values.orders) - 1 }, () => shuffled(docs, random))];
const dir = mkdtempSync(join(tmpdir(), 'dyad-order-'));
const results: string[] = [];
for (const [i, order] of orders.entries()) {
  const cpu = process.cpuUsage();
  const store = await openStore(join(dir, `order-${i}.db`));
  for (const d of order) await store.addArticle(d.article, d.coded);
  const f = await fingerprint(store);
  await store.close();
  results.push(f.hash);
  console.log(`SQLite, order ${i} (${i === 0 ? 'sorted' : `shuffle ${i}`}): ${f.events} events, ${f.mentions} reports, fingerprint ${f.hash}, ${cpuSeconds(cpu)} s CPU`);
}
rmSync(dir, { recursive: true, force: true });

if (values.postgres) {
  const admin = new pg.Client({ connectionString: values.postgres });
  await admin.connect();
  for (const [i, order] of orders.entries()) {
    const schema = `dyad_order_${process.pid}_${i}`;
    const url = new URL(values.postgres);
    url.searchParams.set('schema', schema);
    const cpu = process.cpuUsage();
    const store = await openStore(url.toString());
    await Promise.all(order.map((d) => store.addArticle(d.article, d.coded)));
    const f = await fingerprint(store);
    await store.close();
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    results.push(f.hash);
    console.log(`PostgreSQL, order ${i}, all at once: ${f.events} events, ${f.mentions} reports, fingerprint ${f.hash}, ${cpuSeconds(cpu)} s CPU (this process)`);
  }
  await admin.end();
}
console.log(`identical stores: ${new Set(results).size === 1 ? 'yes' : 'NO'} (${new Set(results).size} distinct of ${results.length})`);
