/**
 * Converts the Phoenix (PETRARCH-2) actor dictionaries in ../shared/reference/phoenix/ (MIT) into
 * data/phoenix/actors.tsv, the compact table Dyad loads under its own tables (read by
 * src/knowledge/read-phoenix-actors.ts): one actor a line, "NAME|NAME…<TAB>CODE[@FROM~TO];…", dates
 * YYYY-MM-DD, an empty bound open.
 *
 *   node --import tsx tools/convert-phoenix.ts      (DYAD_SHARED overrides the ../shared folder)
 *
 * What is kept and changed, and why:
 * - Whole countries ("AFGHANISTAN [AFG]" with its cities and provinces as synonyms) are left out:
 *   our country tables know them, and a province as a country actor turns places into actors.
 * - One-word names of people ("+PUTIN_") are left out: a lone surname must not resolve to a person
 *   of an unrelated country (Mullah Omar for Rep. Ilhan Omar); full names are kept.
 * - A role open at the end (">100201") ends at the file's horizon, 2016-12-31; after their last
 *   role people are elites of their country (CCCELI), not still in office.
 * - Names shorter than four letters that are not all-capital acronyms are left out.
 * - People our office tables know are left out (ours are newer), and so are names of people with
 *   a title in them ("PRESIDENT VLADIMIR PUTIN"): our resolver composes titles with names.
 * - A leading "THE" is dropped (the matcher takes an article before any name).
 * - Names are written in title case, small words in lower case ("Bank of England"): the matcher
 *   then wants those capitals in the text, so that "a white house" is no White House.
 *
 * The agents dictionary (role nouns -> sectors) becomes data/phoenix/agents.tsv, "phrase<TAB>SECTOR"
 * a line, under our role table (src/knowledge/sectors.ts):
 * - A compound code keeps its first sector (GOVHLH "ministry of health" is GOV, OPPEDU OPP): a
 *   ministry is the government whatever its portfolio, as in our table.
 * - Only the sectors our table uses are kept; religions (MUS, CHR, JEW...) and unaligned armed forces
 *   (UAF) are left out: they are not sectors of ours, and a believer named is not an actor acting.
 * - Phrases our table has are left out (ours decide); so are things (AIRLINER), sport (ATHLETE),
 *   participles ("retired") and phrases with a complement (see below).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readOfficeTerms } from '../src/knowledge/leaders.js';
import { OFFICE_TERMS } from '../src/knowledge/leaders/index.js';
import { foldName } from '../src/knowledge/normalise-name.js';
import { readPetrarchActors, readPetrarchAgents, type PetrarchActor, type PetrarchCode } from '../src/knowledge/petrarch-dictionary.js';
import { ROLE_TABLE, pluralise, roleWords } from '../src/knowledge/sectors.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(process.env.DYAD_SHARED ?? join(root, '..', 'shared'), 'reference', 'phoenix');
const FILES = ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt'];
const HORIZON = '2016-12-31';

const OURS = new Set(readOfficeTerms(OFFICE_TERMS).flatMap((p) => p.fullNames.map(foldName)));
const TITLES = /\b(?:PRESIDENT|MINISTER|PREMIER|KING|QUEEN|PRINCE|CHANCELLOR|SECRETARY|GENERAL|LEADER|CHIEF|SPEAKER|SHEIKH|SHEIK|EMIR|SULTAN|GOVERNOR|AMBASSADOR|MR|MRS|DR|GEN|COL|SENATOR|SEN|REP|JUDGE|JUSTICE)\b\.?/;
const SMALL = new Set(['of', 'the', 'and', 'for', 'de', 'del', 'la', 'le', 'el', 'du', 'des', 'da', 'do', 'dos', 'das', 'y', 'van', 'von', 'der', 'in', 'on', 'at', 'to']);

function titleCase(name: string): string {
  return name.toLowerCase().split(' ').map((w, i) => (i > 0 && SMALL.has(w) ? w : w.replace(/(^|[-'])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase()))).join(' ');
}

const isPerson = (a: PetrarchActor): boolean => a.codes.some((c) => c.from !== null || c.to !== null);
const isCountry = (a: PetrarchActor): boolean => a.codes.every((c) => /^[A-Z]{3}$/.test(c.code));
const words = (name: string): number => name.split(' ').length;

function keepName(name: string, person: boolean): boolean {
  const letters = name.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4 && !/^[A-Z0-9&]+$/.test(name)) return false;
  return !(person && (words(name) === 1 || TITLES.test(name)));
}

/** As the matcher should see it: acronyms (up to three letters) kept, the rest in title case. */
function written(name: string): string {
  const bare = name.replace(/^THE /, '');
  return bare.replace(/[^\p{L}]/gu, '').length <= 3 ? bare : titleCase(bare);
}

function codesOf(a: PetrarchActor): string[] {
  const person = isPerson(a);
  const out: string[] = [];
  let country: string | null = null;
  for (const c of a.codes) {
    country ??= /^[A-Z]{3}/.exec(c.code)?.[0] ?? null;
    const to: string | null = c.to ?? (person && c.from !== null && c.from <= HORIZON ? HORIZON : null);
    out.push(c.from === null && to === null ? c.code : `${c.code}@${c.from ?? ''}~${to ?? ''}`);
  }
  const undated = a.codes.some((c: PetrarchCode) => c.from === null && c.to === null);
  if (person && !undated && country !== null && !country.startsWith('IGO')) out.push(`${country}ELI`);
  return out;
}

const lines: string[] = [];
let actors = 0;
let names = 0;
for (const file of FILES) {
  const read = readPetrarchActors(readFileSync(join(dir, file), 'utf8'), file);
  for (const a of read.items) {
    if (isCountry(a) || a.codes.some((c) => c.code === '---')) continue;
    if (isPerson(a) && a.names.some((n) => OURS.has(foldName(n)))) continue;
    const kept = [...new Set(a.names.filter((n) => keepName(n, isPerson(a)) && !/[|\t]/.test(n)).map(written))];
    if (kept.length === 0) continue;
    lines.push(`${kept.join('|')}\t${codesOf(a).join(';')}`);
    actors++;
    names += kept.length;
  }
}
writeFileSync(join(root, 'data', 'phoenix', 'actors.tsv'), lines.join('\n') + '\n');
console.log(`${actors} actors, ${names} names -> data/phoenix/actors.tsv`);

/** Phoenix agents that name things or sportspeople, not actors. */
const NOT_AGENTS = /^(?:airliner|athlete|player|footballer|coach|fan|supporter|sportsman|sportswoman)s?$/;
const OUR_SECTORS = new Set(ROLE_TABLE.map(([sector]) => sector));
const ourPhrases = new Set(roleWords().map((r) => r.phrase.toLowerCase()));
const agentsRead = readPetrarchAgents(readFileSync(join(dir, 'Phoenix.agents.txt'), 'utf8'), 'Phoenix.agents.txt');
const agents = new Map<string, string>();
for (const a of agentsRead.items) {
  const sector = a.sector.slice(0, 3);
  if (!OUR_SECTORS.has(sector) || ourPhrases.has(a.phrase) || NOT_AGENTS.test(a.phrase) || agents.has(a.phrase)) continue;
  // Phrases with a complement ("minister of textiles") are our role and a name ("Ministry of
  // Health" is GOV by its head already); plurals are derived again when the table is loaded.
  if (!/^[\p{L}][\p{L}' .-]*$/u.test(a.phrase) || /\b(?:of|for|the|and|with|minist\w*)\b/.test(a.phrase)) continue;
  // One word in -ed is a participle ("retired", "exiled"): as a role word it would take verbs.
  if (/^[\p{L}-]+ed$/u.test(a.phrase) || a.phrase === 'governance') continue;
  agents.set(a.phrase, sector);
}
for (const phrase of [...agents.keys()]) if (agents.has(pluralise(phrase)) && pluralise(phrase) !== phrase) agents.delete(pluralise(phrase));
writeFileSync(join(root, 'data', 'phoenix', 'agents.tsv'), [...agents].map(([phrase, sector]) => `${phrase}\t${sector}`).join('\n') + '\n');
console.log(`${agents.size} role phrases -> data/phoenix/agents.tsv`);
