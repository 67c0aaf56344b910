import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countPieces } from '../../src/web/count-pieces.js';

describe('the map scale of event counts', () => {
  it('bins counts by powers, the last bin open and reaching the largest count', () => {
    assert.deepEqual(countPieces(1), [{ min: 1, label: '1' }]);
    assert.deepEqual(
      countPieces(89).map((p) => p.label),
      ['1', '2-4', '5-9', '10-19', '20-49', '50+'],
    );
    assert.deepEqual(countPieces(12_000).map((p) => [p.min, p.max]), [[1, 9], [10, 99], [100, 999], [1000, 9999], [10_000, undefined]]);
  });

  it('puts every count from 1 to the largest in exactly one bin', () => {
    for (const max of [1, 2, 3, 7, 50, 99, 100, 101, 5000]) {
      const pieces = countPieces(max);
      for (let n = 1; n <= max; n++) assert.equal(pieces.filter((p) => n >= p.min && n <= (p.max ?? Infinity)).length, 1, `${n} of ${max}`);
    }
  });
});
