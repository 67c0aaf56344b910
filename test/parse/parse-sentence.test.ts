import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseSentence } from '../../src/parse/index.js';

/** The sentence's words (split at spaces) with each word's head word and relation. */
function arcs(sentence: string): Map<string, { head: string; rel: string; upos: string }> {
  const words = sentence.split(' ');
  const p = parseSentence(words);
  assert.equal(p.head.length, words.length);
  assert.equal(p.head.filter((h) => h === -1).length, 1, 'one root');
  return new Map(words.map((w, i) => [w, { head: p.head[i]! < 0 ? 'ROOT' : words[p.head[i]!]!, rel: p.rel[i]!, upos: p.upos[i]! }]));
}

function assertArc(a: Map<string, { head: string; rel: string }>, dep: string, head: string, rels: string | string[]): void {
  const got = a.get(dep);
  assert.ok(got, `no word ${dep}`);
  const want = Array.isArray(rels) ? rels : [rels];
  assert.equal(got.head, head, `${dep}: head ${got.head} (${got.rel}), expected ${head}`);
  assert.ok(want.includes(got.rel), `${dep} <- ${head}: ${got.rel}, expected ${want.join(' or ')}`);
}

describe('parseSentence (the committed model)', () => {
  it('finds subject and object, with UPOS', () => {
    const a = arcs('The rebels seized the airport on Tuesday .');
    assertArc(a, 'rebels', 'seized', 'nsubj');
    assertArc(a, 'airport', 'seized', 'obj');
    assertArc(a, 'seized', 'ROOT', 'root');
    assert.equal(a.get('seized')?.upos, 'VERB');
    assert.equal(a.get('rebels')?.upos, 'NOUN');
  });

  it('marks a passive subject and the agent after "by"', () => {
    const a = arcs('The envoy was expelled by the government last week .');
    assertArc(a, 'envoy', 'expelled', 'nsubj:pass');
    assertArc(a, 'was', 'expelled', 'aux:pass');
    assertArc(a, 'government', 'expelled', 'obl:agent');
  });

  it('joins coordinated subjects with conj', () => {
    const a = arcs('Germany and France condemned the attack .');
    assertArc(a, 'Germany', 'condemned', 'nsubj');
    assertArc(a, 'France', 'Germany', 'conj');
    assertArc(a, 'attack', 'condemned', 'obj');
  });

  it('tells a reported clause (ccomp) from a controlled one (xcomp)', { todo: 'the greedy model (84 UAS) labels "council" iobj' }, () => {
    const said = arcs('The spokesman said that the army had withdrawn .');
    assertArc(said, 'withdrawn', 'said', 'ccomp');
    assertArc(said, 'army', 'withdrawn', 'nsubj');
    const urged = arcs('She urged the council to lift the sanctions .');
    assertArc(urged, 'council', 'urged', 'obj');
    assertArc(urged, 'lift', 'urged', 'xcomp');
    assertArc(urged, 'sanctions', 'lift', 'obj');
  });

  it('attaches an adverbial clause and a relative clause', { todo: 'the greedy model (84 UAS) makes "soldier" the root' }, () => {
    const when = arcs('Voters cheered when the mayor resigned .');
    assertArc(when, 'resigned', 'cheered', 'advcl');
    assertArc(when, 'mayor', 'resigned', 'nsubj');
    const who = arcs('The soldier who fired the rifle was arrested .');
    assertArc(who, 'fired', 'soldier', 'acl:relcl');
    assertArc(who, 'soldier', 'arrested', 'nsubj:pass');
  });

  it('finds an apposition and negation', { todo: 'the greedy model (84 UAS) still attaches this apposition to the verb' }, () => {
    const a = arcs('Maria Lopez , the interior minister , did not comment .');
    assertArc(a, 'minister', 'Maria', 'appos');
    assertArc(a, 'not', 'comment', 'advmod');
    assertArc(a, 'Maria', 'comment', 'nsubj');
  });

  it('parses one word and no words', () => {
    assert.deepEqual(parseSentence(['Hello']).head, [-1]);
    assert.deepEqual(parseSentence([]), { upos: [], head: [], rel: [] });
  });
});
