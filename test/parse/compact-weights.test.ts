import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CompactWeights, type WeightArrays } from '../../src/parse/compact-weights.js';
import { pruneWeights } from '../../src/parse/prune-weights.js';
import { seededRandom } from '../../src/seeded-random.js';

/** Random weight arrays: `keys` features, each with 1..maxPerKey distinct classes. */
function randomArrays(classes: number, keys: number, maxPerKey: number, seed: number): WeightArrays {
  const rnd = seededRandom(seed);
  const seen = new Set<number>();
  const k: number[] = [];
  const counts: number[] = [];
  const cls: number[] = [];
  const values: number[] = [];
  while (k.length < keys) {
    const key = (Math.floor(rnd() * 2 ** 32) | 0) || 1;
    if (seen.has(key)) continue;
    seen.add(key);
    k.push(key);
    const picked = [...Array(classes).keys()].sort(() => rnd() - 0.5).slice(0, 1 + Math.floor(rnd() * maxPerKey));
    counts.push(picked.length);
    for (const c of picked) {
      cls.push(c);
      values.push(Math.round((rnd() - 0.5) * 65000));
    }
  }
  return { classes, scale: 0.01, keys: Int32Array.from(k), counts: Uint8Array.from(counts), cls: Uint8Array.from(cls), values: Int16Array.from(values) };
}

/** The scores as plain sums over the arrays. */
function reference(a: WeightArrays, feats: number[]): number[] {
  const out = new Array<number>(a.classes).fill(0);
  let e = 0;
  for (let i = 0; i < a.keys.length; i++) {
    const times = feats.filter((f) => f === a.keys[i]).length;
    for (let j = 0; j < a.counts[i]!; j++, e++) out[a.cls[e]!]! += times * a.values[e]!;
  }
  return out;
}

describe('CompactWeights', () => {
  for (const [name, classes, maxPerKey] of [['dense (3 classes)', 3, 3], ['sparse, entries past the slot', 40, 12]] as const) {
    it(`scores ${name} as the sum of the features' quantised weights`, () => {
      const a = randomArrays(classes, 3000, maxPerKey, 7);
      const w = CompactWeights.from(a);
      const rnd = seededRandom(9);
      for (let trial = 0; trial < 50; trial++) {
        // known features (some twice) mixed with unknown ones
        const feats = Array.from({ length: 30 }, () => (rnd() < 0.7 ? a.keys[Math.floor(rnd() * a.keys.length)]! : (Math.floor(rnd() * 2 ** 32) | 0) || 1));
        const out = new Float64Array(classes);
        w.score(Int32Array.from(feats), feats.length, out);
        assert.deepEqual(Array.from(out), reference(a, feats));
      }
    });
  }

  it('pruning drops small entries and features left empty', () => {
    const a: WeightArrays = { classes: 3, scale: 0.5, keys: Int32Array.from([5, 6]), counts: Uint8Array.from([2, 2]), cls: Uint8Array.from([0, 2, 1, 2]), values: Int16Array.from([1, -8, 3, -2]) };
    // min 2 (in weight units) is 4 quantised units: only the -8 stays
    const p = pruneWeights(a, 2);
    assert.deepEqual(Array.from(p.keys), [5]);
    assert.deepEqual(Array.from(p.counts), [1]);
    assert.deepEqual(Array.from(p.cls), [2]);
    assert.deepEqual(Array.from(p.values), [-8]);
  });
});
