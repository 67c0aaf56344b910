import type { PetrarchActor, PetrarchCode } from './petrarch-dictionary.js';

/**
 * Reads data/phoenix/actors.tsv, written by tools/convert-phoenix.ts from the Phoenix actor
 * dictionaries: "NAME|NAME…<TAB>CODE[@FROM~TO];…" a line. Split, not parsed as PETRARCH text: the
 * table is loaded by every process, and this is several times faster.
 */
export function readPhoenixActors(text: string): PetrarchActor[] {
  const out: PetrarchActor[] = [];
  let line = 0;
  for (const row of text.split('\n')) {
    line++;
    const tab = row.indexOf('\t');
    if (tab < 0) continue;
    const names = row.slice(0, tab).split('|');
    const codes = row.slice(tab + 1).split(';').map((spec): PetrarchCode => {
      const at = spec.indexOf('@');
      if (at < 0) return { code: spec, from: null, to: null };
      const [from = '', to = ''] = spec.slice(at + 1).split('~');
      return { code: spec.slice(0, at), from: from || null, to: to || null };
    });
    out.push({ name: names[0] ?? '', names, codes, line });
  }
  return out;
}

/** Reads data/phoenix/agents.tsv ("phrase<TAB>SECTOR" a line; see tools/convert-phoenix.ts). */
export function readPhoenixAgents(text: string): { phrase: string; sector: string }[] {
  const out: { phrase: string; sector: string }[] = [];
  for (const row of text.split('\n')) {
    const tab = row.indexOf('\t');
    if (tab > 0) out.push({ phrase: row.slice(0, tab), sector: row.slice(tab + 1) });
  }
  return out;
}
