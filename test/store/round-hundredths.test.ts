import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { roundHundredths } from '../../src/store/round-hundredths.js';

describe('roundHundredths', () => {
  it('rounds a mean the same whatever order its values were summed in', () => {
    const values = [2.8, 2.8, 1, 7, 1.9, -2, 1, 1.9, 7, 3.4, -2, 7, -2, 3.4, 0.5, 3.4, 2.8, -0.7, 1, 1.9];
    const forward = values.reduce((x, y) => x + y, 0);
    const sorted = [...values].sort((x, y) => x - y).reduce((x, y) => x + y, 0);
    // The two sums differ in their last bits, around a mean of exactly 2.105.
    assert.notEqual(forward, sorted);
    assert.deepEqual([roundHundredths(forward / 20), roundHundredths(sorted / 20)], [2.11, 2.11]);
    assert.deepEqual([roundHundredths(-1.234), roundHundredths(2.285), roundHundredths(0)], [-1.23, 2.29, 0]);
  });
});
