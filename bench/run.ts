/**
 * Runs every benchmark, one after the other, each in its own process so that one's memory and JIT
 * state do not colour the next. The numbers go to docs/benchmarks.md by hand, with the machine.
 *   npm run bench            all of them
 *   npm run bench -- eval    only those whose name contains "eval"
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const BENCHES: [file: string, args: string[]][] = [
  ['bench/extraction.ts', []],
  ['bench/dates.ts', []],
  ['bench/text-extraction.ts', []],
  ['bench/dates-places.ts', []],
  ['bench/actor-dictionary.ts', []],
  ['bench/annotate-speed.ts', []],
  ['bench/parser.ts', []],
  ['bench/plover-eval.ts', []],
  ['bench/real-news.ts', []],
  ['bench/non-political.ts', []],
  ['bench/example.ts', []],
  ['bench/coder-speed.ts', []],
  ['bench/ingest-throughput.ts', ['--count', '10000']],
  ['bench/store-queries.ts', ['--events', '1000000']],
];

const only = process.argv[2];
let failed = 0;
for (const [file, args] of BENCHES) {
  if (only && !file.includes(only)) continue;
  if (!existsSync(file)) {
    console.log(`\n## ${file}: not present, skipped`);
    continue;
  }
  console.log(`\n## ${file} ${args.join(' ')}`);
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', file, ...args], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;
