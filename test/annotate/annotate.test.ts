import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { annotate, MAX_SENTENCE_TOKENS } from '../../src/annotate/annotate.js';
import type { AnnotatedArticle } from '../../src/types/index.js';
import { articleOf } from './article-of.js';

function assertOffsets(doc: AnnotatedArticle): void {
  const body = doc.article.body;
  doc.sentences.forEach((s, i) => {
    assert.equal(s.index, i);
    assert.equal(body.slice(s.start, s.end), s.text);
    for (const t of s.tokens) {
      assert.equal(body.slice(t.start, t.end), t.text, `token ${JSON.stringify(t.text)} at ${t.start}`);
      assert.ok(t.start >= s.start && t.end <= s.end);
    }
  });
}

describe('annotate', () => {
  it('splits paragraphs, lines and sentences', () => {
    const body = 'Flood Warning Issued For Delta\nMarch 3, 2024\n\nThe ministry met donors on Monday. Talks resumed in Geneva.\n\nA third paragraph.';
    const doc = annotate(articleOf(body));
    assert.deepEqual(doc.sentences.map((s) => s.text), [
      'Flood Warning Issued For Delta',
      'March 3, 2024',
      'The ministry met donors on Monday.',
      'Talks resumed in Geneva.',
      'A third paragraph.',
    ]);
    assert.deepEqual(doc.sentences.map((s) => s.paragraph), [0, 0, 1, 1, 2]);
    assertOffsets(doc);
  });

  it('gives tokens POS, lemma and normal form', () => {
    const doc = annotate(articleOf('The envoys met their Kenyan hosts and signed two accords.'));
    const toks = doc.sentences[0]?.tokens ?? [];
    const met = toks.find((t) => t.text === 'met');
    assert.equal(met?.pos, 'VERB');
    assert.equal(met?.lemma, 'meet');
    assert.equal(toks.find((t) => t.text === 'accords')?.lemma, 'accord');
    assert.equal(toks[0]?.normal, 'the');
    assert.equal(toks[toks.length - 1]?.pos, 'PUNCT');
  });

  it('keeps offsets exact with curly quotes, contractions, symbols, odd spaces and astral characters', () => {
    const body = 'She said “we can’t wait”\u00a0— and didn\'t.  The fund gave €300m (US$1.5bn) to 🇺🇦 refugees\tin Lviv. Isn’t it?\n\n“Quoted,” he added… e-mail: a@b.org, http://example.org/x?y=1.';
    const doc = annotate(articleOf(body));
    assertOffsets(doc);
    const texts = doc.sentences.flatMap((s) => s.tokens.map((t) => t.text));
    assert.ok(texts.includes('€'));
    assert.ok(!texts.some((t) => /^\s+$/.test(t)), 'no whitespace tokens');
  });

  it('handles an empty body and whitespace-only paragraphs', () => {
    assert.deepEqual(annotate(articleOf('')).sentences, []);
    assert.deepEqual(annotate({ ...articleOf('   \n  '), paragraphs: [] }).sentences, []);
  });

  it('annotates a body with no paragraph offsets as one paragraph', () => {
    const doc = annotate({ ...articleOf('One. Two.'), paragraphs: [] });
    assert.equal(doc.sentences.length, 2);
  });

  it('caps a 5 MB text with no punctuation in time and memory', () => {
    const words = ['grain', 'ships', 'leave', 'port', 'daily', 'under', 'escort'];
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 5_000_000; i++) {
      const w = words[i % words.length] ?? 'x';
      parts.push(w);
      size += w.length + 1;
    }
    const body = parts.join(' ');
    const t0 = performance.now();
    const doc = annotate(articleOf(body));
    const ms = performance.now() - t0;
    assert.ok(ms < 60_000, `took ${ms} ms`);
    assert.ok(doc.sentences.length > 100);
    for (const s of doc.sentences) {
      assert.ok(s.tokens.length <= MAX_SENTENCE_TOKENS);
      assert.ok(s.end - s.start <= 5000);
    }
    // Spot-check offsets without walking all million tokens.
    for (const s of doc.sentences.filter((_, i) => i % 97 === 0)) {
      for (const t of s.tokens) assert.equal(body.slice(t.start, t.end), t.text);
    }
    const covered = doc.sentences.reduce((n, s) => n + s.tokens.length, 0);
    assert.equal(covered, parts.length);
  });

  it('cuts a long line without spaces hard', () => {
    const body = 'x'.repeat(12_001);
    const doc = annotate(articleOf(body));
    assertOffsets(doc);
    assert.equal(doc.sentences.map((s) => s.text).join(''), body);
  });
});

describe('annotate: parse and sentence ends', () => {
  it('gives every token a head within its sentence and a relation, one root a sentence', () => {
    const doc = annotate(articleOf('The council rejected the plan. Protesters, who had gathered outside, cheered.\n\nA second paragraph follows.'));
    assert.equal(doc.sentences.length, 3);
    for (const s of doc.sentences) {
      assert.equal(s.tokens.filter((t) => t.head === -1).length, 1);
      for (const t of s.tokens) {
        assert.ok(t.head >= -1 && t.head < s.tokens.length && t.rel.length > 0, `${t.text}: ${t.head} ${t.rel}`);
        assert.equal(t.head === -1, t.rel === 'root');
      }
    }
    const first = doc.sentences[0]!.tokens;
    const rejected = first.findIndex((t) => t.text === 'rejected');
    assert.equal(first.find((t) => t.text === 'council')?.head, rejected);
    assert.equal(first.find((t) => t.text === 'council')?.rel, 'nsubj');
  });

  it('does not end a sentence after a title or an abbreviation followed by lower case', () => {
    const body = 'Lt. Gen. Smith and Maj. Jones met the U.S. envoy. Adm. Grady spoke later. Sen. Moore (D-Mass.) said no.';
    const doc = annotate(articleOf(body));
    assert.deepEqual(doc.sentences.map((s) => s.text), [
      'Lt. Gen. Smith and Maj. Jones met the U.S. envoy.',
      'Adm. Grady spoke later.',
      'Sen. Moore (D-Mass.) said no.',
    ]);
    assertOffsets(doc);
  });

  it('splits contractions and possessives as UD does', () => {
    const doc = annotate(articleOf("Russia's envoy didn't attend."));
    assert.deepEqual(doc.sentences[0]?.tokens.map((t) => t.text), ['Russia', "'s", 'envoy', 'did', "n't", 'attend', '.']);
    assertOffsets(doc);
  });
});
