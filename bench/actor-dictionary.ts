/**
 * Speed of the actor dictionary: matchAt and matchRoleAt called at every word start of a news
 * text, the way the coder calls them. Run: node --import tsx bench/actor-dictionary.ts
 *
 * The leader tables may still be small, so the run adds 5,000 made-up people with dated terms to
 * measure the dictionary at the size it will have.
 */
import { performance } from 'node:perf_hooks';
import { createActorDictionary } from '../src/knowledge/actor-dictionary.js';
import { OFFICE_TERMS } from '../src/knowledge/leaders/index.js';
import type { OfficeTerm } from '../src/knowledge/types.js';

const PARAGRAPHS = [
  'On Tuesday, Ukrainian President Volodymyr Zelensky met the German chancellor in Kyiv, where officials said the two leaders discussed air defence and new sanctions on Russia.',
  'The Kremlin denied the reports, and Russia’s foreign ministry accused the United States and NATO of provoking the conflict with weapons deliveries to Ukraine.',
  'Protesters gathered outside parliament in Tbilisi as riot police blocked the road; the opposition said dozens of demonstrators had been detained.',
  'The UN Security Council will meet on Friday, the U.S. mission said, after the European Union (EU) called for an urgent session on the fighting in eastern Congo.',
  'Beijing and Washington agreed to resume military talks, the Pentagon said, while Chinese warships held drills near Taiwan for a third day.',
  'Rebels in northern Mali attacked an army base, killing 12 soldiers, the defence ministry said in a statement read on state television.',
  'The IMF and the World Bank said growth in Latin America would slow to 1.8% next year, as central banks kept interest rates high.',
  'Western countries pledged $2 billion in aid to Gaza, and the Arab League called on the international community to press Israel for a ceasefire.',
  'In Brasilia, Lula told reporters that Brazil would host the BRICS summit, and that Indian Prime Minister Narendra Modi had confirmed he would attend.',
  'Turkey’s parliament approved Sweden’s bid to join the alliance after months of delay, Turkish lawmakers said, ending a dispute with Stockholm.',
];

function syntheticTerms(n: number): OfficeTerm[] {
  const syl = ['ka', 'lo', 'ven', 'tir', 'mar', 'os', 'del', 'ru', 'an', 'si', 'qu', 'bel', 'dor', 'ne', 'vak'];
  const countries = ['RUS', 'USA', 'FRA', 'DEU', 'CHN', 'IND', 'BRA', 'NGA', 'KEN', 'MEX', 'JPN', 'ITA', 'ESP', 'POL', 'UKR'];
  const offices = ['HOS', 'HOG', 'FM', 'DM'] as const;
  const word = (i: number, k: number): string => {
    let s = '';
    for (let j = 0; j < k; j++) s += syl[(i * 7 + j * 13 + ((i >> j) % 5)) % syl.length];
    return s.charAt(0).toUpperCase() + s.slice(1);
  };
  const out: OfficeTerm[] = [];
  for (let i = 0; i < n; i++) {
    const name = `${word(i, 2)} ${word(i + 101, 3)}${i}`;
    const year = 2000 + (i % 24);
    out.push([countries[i % countries.length] ?? 'RUS', offices[i % 4] ?? 'HOS', `${name}|${name.toUpperCase()}`, `${year}-01-01`, i % 3 === 0 ? null : `${year + 2}-06-30`]);
  }
  return out;
}

function wordStarts(text: string): number[] {
  const starts: number[] = [];
  const re = /(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) starts.push(m.index);
  return starts;
}

const terms = [...OFFICE_TERMS, ...syntheticTerms(5000)];
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const dict = createActorDictionary({ terms });
const buildCpu = process.cpuUsage(cpu0);
const buildMs = performance.now() - t0;

const text = Array.from({ length: 400 }, (_, i) => PARAGRAPHS[i % PARAGRAPHS.length]).join('\n\n');
const starts = wordStarts(text);
const dates = ['2021-12-30', '2010-06-01', null];

// Warm up (the JIT needs a few hundred thousand calls), then measure.
for (let r = 0; r < 10; r++) {
  for (const s of starts) {
    dict.matchAt(text, s, dates[r % dates.length] ?? null);
    dict.matchRoleAt(text, s);
  }
}
let actors = 0;
let roles = 0;
const rounds = 50;
const t1 = performance.now();
for (let r = 0; r < rounds; r++) {
  const date = dates[r % dates.length] ?? null;
  for (const s of starts) if (dict.matchAt(text, s, date) !== null) actors++;
}
const actorMs = performance.now() - t1;
const t2 = performance.now();
for (let r = 0; r < rounds; r++) for (const s of starts) if (dict.matchRoleAt(text, s) !== null) roles++;
const roleMs = performance.now() - t2;

const calls = starts.length * rounds;
// CPU time as well as wall time: on a shared machine wall time counts other processes' turns.
const cpu = (f: () => void): number => {
  const before = process.cpuUsage();
  f();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
};
const actorCpu = cpu(() => {
  for (let r = 0; r < rounds; r++) for (const s of starts) dict.matchAt(text, s, dates[r % dates.length] ?? null);
});
const roleCpu = cpu(() => {
  for (let r = 0; r < rounds; r++) for (const s of starts) dict.matchRoleAt(text, s);
});
console.log(
  `dictionary build (our tables + ${OFFICE_TERMS.length} office terms + 5,000 synthetic people): ${buildMs.toFixed(0)} ms wall, ${((buildCpu.user + buildCpu.system) / 1000).toFixed(0)} ms CPU`,
);
console.log(`text: ${text.length.toLocaleString()} chars, ${starts.length.toLocaleString()} word starts, ${rounds} rounds`);
const rate = (seconds: number): string => Math.round(calls / seconds).toLocaleString();
console.log(`matchAt:     ${rate(actorMs / 1000)} calls/s wall, ${rate(actorCpu)} calls per CPU-second (${(actors / rounds).toFixed(0)} matches per round)`);
console.log(`matchRoleAt: ${rate(roleMs / 1000)} calls/s wall, ${rate(roleCpu)} calls per CPU-second (${(roles / rounds).toFixed(0)} matches per round)`);
