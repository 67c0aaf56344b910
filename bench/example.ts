/**
 * The shared example (../shared/examples/000_eb6cf435a74dfdc9.txt, an article of 2021-12-30): does
 * the pipeline code every event the developers' brief names, and what else does it produce? The
 * other events are listed so that a reader can judge whether they are real or invented.
 *
 *   node --import tsx bench/example.ts
 */
import { join } from 'node:path';
import { readInput } from '../src/io/read-input.js';
import { processDocument } from '../src/pipeline.js';
import type { Event, Quantity } from '../src/types/index.js';
import { sharedDir } from './shared-dir.js';

interface Expected {
  what: string;
  /** The event or quantity is there (actors, code, modality as the brief gives them). */
  finds: (e: Event) => boolean;
  /** What else must hold of the found event, and what is wrong when it does not. */
  wrong?: (e: Event) => string | null;
}

const country = (a: Event['source'] | null): string | null => a?.country ?? (a?.code.startsWith('IGO') ? a.code : (a?.code.slice(0, 3) ?? null));
const root = (e: Event): string => e.action.cameo.slice(0, 2);
const pair = (e: Event, a: string, b: string): boolean =>
  (country(e.source) === a && country(e.target) === b) || (country(e.source) === b && country(e.target) === a);
const WEST = new Set(['WST', 'EUR', 'USA', 'IGOEUREEC']);

const EXPECTED: Expected[] = [
  {
    what: 'Putin met Lukashenko in St. Petersburg: RUSGOV 04x BLRGOV, dated 2021-12-29',
    finds: (e) => root(e) === '04' && pair(e, 'RUS', 'BLR') && e.sentence.text.includes('met his Belarusian counterpart'),
    wrong: (e) => (e.date?.value === '2021-12-29' ? null : `dated ${e.date?.value ?? 'nothing'}`),
  },
  {
    what: 'the West imposed five sanction packages on Belarus: 163 West/EU/USA -> BLR',
    finds: (e) => e.action.cameo === '163' && WEST.has(country(e.source) ?? '') && country(e.target) === 'BLR',
  },
  {
    what: 'joint military drills planned for early next year: RUS-BLR, intent, dated 2022-Q1',
    finds: (e) => pair(e, 'RUS', 'BLR') && (root(e) === '03' || (root(e) === '06' && e.modality !== 'asserted')) && /drills|exercises/.test(e.sentence.text),
    wrong: (e) => (e.date?.value === '2022-Q1' ? null : `dated ${e.date?.value ?? 'nothing'}`),
  },
  {
    what: 'the US and its allies accused Russia: 112 USA -> RUS',
    finds: (e) => root(e) === '11' && country(e.source) === 'USA' && country(e.target) === 'RUS',
  },
  {
    what: 'the invasion of Ukraine, as alleged: RUS -> UKR, alleged',
    finds: (e) => country(e.source) === 'RUS' && country(e.target) === 'UKR' && e.modality === 'alleged' && ['15', '19'].includes(root(e)),
  },
  {
    what: 'Russia denied it: RUS 016/12x -> USA',
    finds: (e) => (e.action.cameo === '016' || root(e) === '12') && country(e.source) === 'RUS' && country(e.target) === 'USA',
  },
];

const describe = (e: Event): string =>
  `${e.action.cameo} "${e.action.text}" ${e.source.code}(${e.source.text}) -> ${e.target ? `${e.target.code}(${e.target.text})` : '-'}` +
  `${e.modality === 'asserted' ? '' : ` [${e.modality}]`} ${e.date?.value ?? '-'}\n      in "${e.sentence.text.slice(0, 150)}"`;

async function main(): Promise<void> {
  const file = join(sharedDir(), 'examples', '000_eb6cf435a74dfdc9.txt');
  const { coded } = processDocument(await readInput(file), { published: '2021-12-30' });
  const used = new Set<Event>();
  let found = 0;
  console.log(`The shared example (${file})\n`);
  for (const x of EXPECTED) {
    // The candidate that is right in full if there is one, else the first that is right in part.
    const candidates = coded.events.filter((e) => !used.has(e) && x.finds(e));
    const hit = candidates.find((e) => !x.wrong?.(e)) ?? candidates[0];
    if (hit) used.add(hit);
    const problem = hit && x.wrong ? x.wrong(hit) : null;
    if (hit && !problem) found++;
    console.log(`${hit ? (problem ? 'PART ' : 'ok   ') : 'MISS '} ${x.what}${problem ? `: ${problem}` : ''}`);
    if (hit) console.log(`      ${describe(hit)}`);
  }
  const growth = coded.quantities.find((q: Quantity) => q.unit === 'percent' && Math.abs(q.value - 0.36) < 1e-9);
  if (growth) found++;
  console.log(`${growth ? 'ok   ' : 'MISS '} trade grew 36%: a quantity${growth ? ` "${growth.text}" (${growth.change ?? 'no change'}, ${growth.what ?? 'no subject'})` : ''}`);
  const others = coded.events.filter((e) => !used.has(e));
  console.log(`\n${found} of ${EXPECTED.length + 1} found in full; ${others.length} other events (each real or invented? judge by the sentence):`);
  for (const e of others) console.log(`  ${describe(e)}`);
}

main().catch((err: unknown) => {
  console.error(`example: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
