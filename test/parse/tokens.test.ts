import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { hashString } from '../../src/parse/hash.js';
import { wordKeys } from '../../src/parse/tokens.js';

// The keys as strings, spelt out plainly: what wordKeys must hash without building them.
const normalise = (w: string): string => w.replace(/\d/g, '0').replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"');
function shape(w: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of w) {
    const c = /[A-Z]/.test(ch) ? 'X' : /[a-z]/.test(ch) ? 'x' : /\d/.test(ch) ? 'd' : /\p{L}/u.test(ch) ? 'L' : ch;
    if (c === last) {
      if (++run > 2) continue;
    } else {
      last = c;
      run = 1;
    }
    out += c;
  }
  return out;
}

describe('wordKeys', () => {
  const words = ['Paris', 'U.S.', '12.5', '1,250,000', 'don’t', '“Hello”', 'Müller', 'ÉCOLE', 'naïve', '𝒳𝒳𝒳𝒳y', '😀😀😀!', 'a', '', 'x86-64', 'İstanbul', '---', 'ΣΟΦΙΑ', '中国人民', "'s", 'ﬁnal'];
  it('hashes lower case, shape, affixes as the plain strings would be hashed', () => {
    const k = wordKeys(words);
    words.forEach((w, i) => {
      const lower = normalise(w.toLowerCase());
      assert.equal(k.lower[i], hashString(lower), `lower of ${w}`);
      assert.equal(k.form[i], hashString(w), `form of ${w}`);
      assert.equal(k.shape[i], hashString(shape(w)), `shape of ${w} (${shape(w)})`);
      assert.equal(k.suf2[i], hashString(lower.slice(-2)), `suffix 2 of ${w}`);
      assert.equal(k.suf3[i], hashString(lower.slice(-3)), `suffix 3 of ${w}`);
      assert.equal(k.suf4[i], hashString(lower.slice(-4)), `suffix 4 of ${w}`);
      assert.equal(k.pre1[i], hashString(lower.slice(0, 1)), `prefix 1 of ${w}`);
      assert.equal(k.pre2[i], hashString(lower.slice(0, 2)), `prefix 2 of ${w}`);
    });
  });

  it('gives digits one shape and one spelling', () => {
    const k = wordKeys(['1987', '2024', 'Paris', 'Perth']);
    assert.equal(k.lower[0], k.lower[1]);
    assert.equal(k.shape[2], k.shape[3]);
    assert.notEqual(k.lower[2], k.lower[3]);
  });
});
