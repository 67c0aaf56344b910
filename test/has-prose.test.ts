import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasProse } from '../src/has-prose.js';

describe('hasProse', () => {
  it('tells news prose from a table, a list of words and code', () => {
    assert.equal(hasProse('Poland accused Belarus of pushing migrants across the border. Warsaw summoned the envoy on Monday.'), true);
    assert.equal(hasProse(Array.from({ length: 400 }, (_, i) => `Russia\n\nBelarus\n\n${i}\n\ntalks`).join('\n\n')), false);
    assert.equal(hasProse('root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin'), false);
  });

  it('counts a sentence of hundreds of words as prose', () => {
    const long = `The ministers of ${Array.from({ length: 300 }, (_, i) => `country${i}`).join(' and ')} met in Geneva.`;
    assert.equal(hasProse(long), true);
  });

  it('reads 200,000 characters of words with no sentence end, the text limit, and finds no prose', () => {
    // Once every start of a word tried every run of words after it: minutes of CPU on this text.
    assert.equal(hasProse(Array.from({ length: 20_000 }, (_, i) => ['Russia', 'Belarus', String(i), 'talks'][i % 4]).join(' ').padEnd(200_000, ' x')), false);
  });

  it('reads a long run of comma-separated words with no sentence end (a product page\'s pros and cons)', () => {
    // A comma once matched two ways, inside a word or after it: every comma doubled the ways to fail.
    const pros = `Pros ${Array.from({ length: 60 }, (_, i) => `soft bristles, long battery ${i}, cheap,`).join(' ')} Cons`;
    assert.equal(hasProse(pros), false);
    assert.equal(hasProse('Prices rose by 1,000 dollars, officials said on Monday.'), true);
  });
});
