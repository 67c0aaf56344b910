import type { WeightArrays } from './compact-weights.js';

/**
 * The weights without entries smaller in magnitude than `min` (in units of the averaged weight,
 * i.e. perceptron updates), and without features that have no entry left. Most features were seen
 * a few times in training and end with weights near zero: they cost a table slot (a cache miss at
 * every look-up) and file size for little effect on the argmax.
 */
export function pruneWeights(a: WeightArrays, min: number): WeightArrays {
  const limit = min / a.scale;
  const keys: number[] = [];
  const counts: number[] = [];
  const cls: number[] = [];
  const values: number[] = [];
  let e = 0;
  for (let i = 0; i < a.keys.length; i++) {
    let kept = 0;
    for (let j = 0; j < a.counts[i]!; j++, e++) {
      const v = a.values[e]!;
      if (Math.abs(v) < limit) continue;
      cls.push(a.cls[e]!);
      values.push(v);
      kept++;
    }
    if (kept > 0) {
      keys.push(a.keys[i]!);
      counts.push(kept);
    }
  }
  return { classes: a.classes, scale: a.scale, keys: Int32Array.from(keys), counts: Uint8Array.from(counts), cls: Uint8Array.from(cls), values: Int16Array.from(values) };
}
