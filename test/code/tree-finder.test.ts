import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeSentence, windowFinder } from '../../src/code/patterns.js';
import { treeFinder, withFallback } from '../../src/code/tree-finder.js';
import type { ResolvedSentence } from '../../src/types/index.js';
import { resolvedOf } from './resolved.js';

/**
 * The tree finder on trees written by hand (CoNLL-U style: each token's 1-based head, 0 for the
 * root, and its relation), so that argument finding is tested apart from the parser.
 */
const ACTORS: Record<string, string> = {
  Putin: 'RUSGOV', Lukashenko: 'BLRGOV', Erdogan: 'TURGOV', Russia: 'RUS', Ukraine: 'UKR', Syria: 'SYR', Belarus: 'BLR',
  'the US': 'USA', 'the EU': 'IGOEUREEC', 'The EU': 'IGOEUREEC', 'Russian troops': 'RUSMIL', 'Ukrainian forces': 'UKRMIL', Reporters: 'MED',
};

function withTree(text: string, tree: string): ResolvedSentence {
  const [s] = resolvedOf(text, ACTORS);
  assert.ok(s);
  const arcs = tree.split(' ');
  assert.equal(arcs.length, s.tokens.length, `one arc per token: ${s.tokens.map((t) => t.text).join(' ')}`);
  s.tokens.forEach((t, i) => {
    const [head = '0', ...rel] = (arcs[i] ?? '').split(':');
    Object.assign(t, { head: Number(head) - 1, rel: rel.join(':') });
  });
  return s;
}

const coded = (s: ResolvedSentence): string[] => codeSentence(s, treeFinder).map((e) => `${e.code} ${e.source.code}>${e.target?.code ?? '-'} ${e.modality}`).sort();

describe('tree finder', () => {
  it('takes the agent of a passive from its by-phrase, however far', () => {
    const s = withTree('Ukrainian forces were attacked on Monday by Russian troops.',
      '2:amod 4:nsubj:pass 4:aux:pass 0:root 6:case 4:obl 9:case 9:amod 4:obl:agent 4:punct');
    assert.deepEqual(coded(s), ['190 RUSMIL>UKRMIL asserted']);
  });

  it('gives each coordinated subject its own event', () => {
    // accusing of a ceasefire violation (196) is accusing of aggression (1123); the violation stands as alleged
    const s = withTree('Russia and Syria accused the US of violating the truce.',
      '4:nsubj 3:cc 1:conj 0:root 6:det 4:obj 8:mark 4:advcl 10:det 8:obj 4:punct');
    assert.deepEqual(coded(s), ['1123 RUS>USA asserted', '1123 SYR>USA asserted', '196 USA>- alleged']);
  });

  it('does not take the subject of the main clause for an act in a subordinate clause', () => {
    const s = withTree('Reporters laughed when Erdogan criticised Putin.', '2:nsubj 0:root 5:mark 5:nsubj 2:advcl 5:obj 2:punct');
    assert.deepEqual(coded(s), ['111 TURGOV>RUSGOV asserted']);
  });

  it('gives a relative clause its antecedent as subject, and the main verb the whole subject', () => {
    const s = withTree('Putin, who met Lukashenko on Wednesday, criticised the EU.',
      '9:nsubj 4:punct 4:nsubj 1:acl:relcl 4:obj 7:case 4:obl 4:punct 0:root 11:det 9:obj 9:punct');
    assert.deepEqual(coded(s), ['040 RUSGOV>BLRGOV asserted', '111 RUSGOV>IGOEUREEC asserted']);
  });

  it('makes the object of an appeal the one asked to act', () => {
    const s = withTree('The EU urged Russia to withdraw its troops from Ukraine.',
      '2:det 3:nsubj 0:root 3:obj 6:mark 3:xcomp 8:nmod:poss 6:obj 10:case 6:obl 3:punct');
    assert.deepEqual(coded(s), ['0256 IGOEUREEC>RUS asserted']);
  });

  it('codes an event noun only with its actor on the tree', () => {
    const s = withTree('The invasion of Ukraine was the main topic.', '2:det 8:nsubj 4:case 2:nmod 8:cop 8:det 8:amod 0:root 8:punct');
    assert.deepEqual(coded(s), []);
  });

  it('reads the source of a noun from the passive verb that carries it', () => {
    const s = withTree('Sanctions were imposed on Belarus by the EU.', '3:nsubj:pass 3:aux:pass 0:root 5:case 3:obl 8:case 8:det 3:obl:agent 3:punct');
    assert.deepEqual(coded(s), ['163 IGOEUREEC>BLR asserted']);
  });

  it('attributes an event to the speaker of a reporting clause, not as its agent', () => {
    const s = withTree('Russian troops shelled Ukrainian forces, Ukraine said.', '2:amod 3:nsubj 0:root 5:amod 3:obj 8:punct 8:nsubj 3:parataxis 3:punct');
    const events = codeSentence(s, treeFinder);
    assert.deepEqual(events.map((e) => `${e.code} ${e.source.code}>${e.target?.code ?? '-'} ${e.attribution?.code ?? '-'}`), ['194 RUSMIL>UKRMIL UKR']);
  });

  it('falls back to word windows where a parse gives a trigger no subject', () => {
    // a flat parse, as a parser may give for a sentence unlike its training data
    const s = withTree('The EU imposed sanctions on Belarus.', '3:dep 3:dep 0:root 3:dep 3:dep 3:dep 3:punct');
    assert.deepEqual(coded(s), []);
    const events = codeSentence(s, withFallback(treeFinder, windowFinder));
    assert.deepEqual(events.map((e) => `${e.code} ${e.source.code}>${e.target?.code ?? '-'}`), ['163 IGOEUREEC>BLR']);
  });
});
