import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/annotate/annotate.js';
import { isOffTopicSentence } from '../../src/relevance/is-off-topic-sentence.js';
import { articleOf } from '../annotate/article-of.js';

const offTopic = (sentence: string): boolean => {
  const [s] = annotate(articleOf(sentence)).sentences;
  assert.ok(s);
  return isOffTopicSentence(s);
};

function table(name: string, rows: [string, boolean][]): void {
  describe(name, () => {
    for (const [sentence, expected] of rows) it(sentence, () => assert.equal(offTopic(sentence), expected));
  });
}

table('sport: scores, comebacks, discard phrases, two sports words', [
  ['Brazil beat Argentina 2-1 in Rio on Sunday.', true],
  ['Winnipeg held on to beat Calgary in overtime.', true],
  ['Quebec rallied past Boston on Saturday night.', true],
  ['France knocked England out of the World Cup.', true],
  ['The Kenyan team won the match after a late goal.', true],
  ['The goalkeeper was sent off in the second half.', true],
  ['Police beat protesters in Minsk on Sunday.', false],
  ['Russia attacked Ukraine on Thursday.', false],
  ['The Senate voted 52-48 to send aid to Ukraine.', false],
  ['Talks in 2021-22 failed.', false],
]);

table('entertainment', [
  ['The film topped the box office in France.', true],
  ['The singer won three Grammys for the album.', true],
  ['The minister opened the film archive in Lagos.', false],
]);

table('markets: an index, or a market word moving by a figure', [
  ["Korea's Kospi slipped 0.8% in early trade.", true],
  ['Shares in Tokyo fell 1.2 percent on Monday.', true],
  ['Government bond yields rose 12 basis points.', true],
  ['Iran rejected the offer on Monday.', false],
  ['Unemployment rose to 7 percent, the ministry said.', false],
]);

table('stat lines', [
  ['He finished with 2 tkl, 1 sack, 1 FF.', true],
  ['Jones had 14 pts, 9 reb, 5 ast in the loss.', true],
  ['Israel released 30 prisoners and 2 journalists.', false],
]);

table('shopping and service offers', [
  ['The winter campaign offers 40% off every coat until Sunday.', true],
  ['The firm provides on-demand support for small offices.', true],
  ['Plans start at $12 a month with a free trial.', true],
  ['Greece offered Turkey talks on the islands.', false],
  ['The strikers demand a 10% pay rise from the mining company.', false],
  ['Turkey sent 40 tanks into Syria.', false],
]);
