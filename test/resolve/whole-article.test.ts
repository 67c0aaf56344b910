import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { annotate } from '../../src/annotate/annotate.js';
import { findQuantities } from '../../src/code/quantities.js';
import { findQuotes } from '../../src/code/quotes.js';
import { defaultActorDictionary } from '../../src/knowledge/actor-dictionary.js';
import { resolveActors } from '../../src/resolve/resolve-actors.js';
import { articleOf } from '../annotate/article-of.js';

const DATE = '2024-02-20';
const text = readFileSync(new URL('../fixtures/resolve/kenya-india-visit.txt', import.meta.url), 'utf8').trim();
const article = articleOf(text, DATE);
const sentences = resolveActors(annotate(article), defaultActorDictionary(), DATE);
// Ruto's code is the dictionary's business (its leader tables decide); the resolver must carry it.
const RUTO = defaultActorDictionary().matchAt('William Ruto', 0, DATE)?.entry.code ?? 'none';
const row = (i: number): string[] => (sentences[i]?.mentions ?? []).map((m) => `${m.text}=${m.code}${m.via === 'coreference' ? '*' : ''}`);

describe('a whole article with the real actor dictionary', () => {
  it('splits the headline and the sentences', () => {
    assert.equal(sentences.length, 9);
    assert.equal(sentences[0]?.text, 'Kenya and India Agree to Expand Trade as Ruto Visits New Delhi');
  });

  it('resolves every actor mention', () => {
    assert.deepEqual(row(1), [
      'Indian Prime Minister Narendra Modi=INDGOV', `Kenyan President William Ruto=${RUTO}`,
      'the two leaders=INDGOV*', `the two leaders=${RUTO}*`,
    ]);
    assert.deepEqual(sentences[1]?.places?.map((p) => p.text), ['New Delhi']);
    assert.deepEqual(row(2), ['Modi=INDGOV', 'the two countries=KEN*', 'the two countries=IND*']);
    assert.deepEqual(row(3), ['Kenya=KEN', 'Africa=AFR', 'he=INDGOV*', 'reporters=MED']);
    assert.deepEqual(row(4), [`The Kenyan leader=${RUTO}*`, 'him=INDGOV*', 'India=IND']);
    assert.deepEqual(row(5), ['Officials in Nairobi=KENGOV']);
    assert.deepEqual(row(6), ['The African Union=IGOAFRAFU']);
    assert.deepEqual(row(7), ['The bloc=IGOAFRAFU*', `both leaders=${RUTO}*`, 'both leaders=INDGOV*', 'Asia=ASA', 'Africa=AFR']);
    // Roles with no country take the country of the place their sentence names (Mombasa).
    assert.deepEqual(row(8), ['Kenyan police=KENCOP', 'protesters=KENCVL', 'opposition=KENOPP']);
    assert.deepEqual(sentences[8]?.places?.map((p) => p.text), ['Mombasa']);
  });

  it('gives the coreferences the people named before', () => {
    assert.equal(sentences[4]?.mentions[0]?.entity, 'William Ruto');
    assert.equal(sentences[4]?.mentions[1]?.entity, 'Narendra Modi');
  });

  it('finds the quotes and their speakers', () => {
    assert.deepEqual(findQuotes(sentences, article).map((q) => [q.text, q.speaker?.text, q.speaker?.code]), [
      ['We see Kenya as a gateway to Africa', 'Narendra Modi', 'INDGOV'],
      ['growing fast', 'African Union', 'IGOAFRAFU'],
      ['a distraction', 'opposition', 'KENOPP'],
    ]);
  });

  it('finds the quantities', () => {
    assert.deepEqual(findQuantities(sentences, article, DATE).map((q) => [q.value, q.unit, q.what, q.change, q.date?.value ?? null]), [
      [0.18, 'percent', 'trade between the two countries', 'increase', '2023'],
      [3.4e9, 'USD', null, null, '2023'],
      [12000, 'jobs', 'jobs', null, null],
    ]);
  });
});
