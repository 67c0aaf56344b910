import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { annotate } from '../../src/annotate/index.js';
import { codeSentence } from '../../src/code/patterns.js';
import type { ActorMention, ResolvedSentence } from '../../src/types/index.js';
import { articleOf } from '../annotate/article-of.js';

/**
 * Sentences with actor mentions given by the test ("Putin" -> RUSGOV), so that the coder's patterns
 * can be tested apart from the actor resolver. Names are matched as whole words, longest first.
 */
export function resolvedOf(text: string, actors: Record<string, string>): ResolvedSentence[] {
  const doc = annotate(articleOf(text));
  const names = Object.keys(actors).sort((a, b) => b.length - a.length);
  return doc.sentences.map((s) => {
    const mentions: ActorMention[] = [];
    const taken = new Set<number>();
    for (const name of names) {
      const code = actors[name] ?? '';
      for (let from = 0; ; ) {
        const at = s.text.indexOf(name, from);
        if (at < 0) break;
        from = at + name.length;
        const start = s.start + at;
        const end = start + name.length;
        const first = s.tokens.findIndex((t) => t.start === start);
        const last = s.tokens.findIndex((t) => t.end === end);
        if (first < 0 || last < 0 || taken.has(first)) continue;
        for (let k = first; k <= last; k++) taken.add(k);
        const country = /^[A-Z]{3}/.test(code) && code.length >= 3 ? code.slice(0, 3) : null;
        mentions.push({
          text: name, span: [start, end], code, country, sector: code.length > 3 ? code.slice(3) : null,
          entity: null, tokens: [first, last + 1], via: 'name',
        });
      }
    }
    return { ...s, mentions: mentions.sort((a, b) => a.tokens[0] - b.tokens[0]) };
  });
}

export type Row = [sentence: string, expected: string[]];

/**
 * A maker of test tables for the coder's patterns: each row is a sentence and every event it must
 * give, as "CODE SOURCE>TARGET modality" (target "-" when none), with the actors given by `actors`.
 */
export function patternTable(actors: Record<string, string>): (name: string, rows: Row[]) => void {
  const coded = (sentence: string): string[] =>
    resolvedOf(sentence, actors).flatMap((s) => codeSentence(s).map((e) => `${e.code} ${e.source.code}>${e.target?.code ?? '-'} ${e.modality}`));
  return (name, rows) => {
    describe(name, () => {
      for (const [sentence, expected] of rows) {
        it(sentence, () => assert.deepEqual(coded(sentence).sort(), [...expected].sort()));
      }
    });
  };
}
