import type { Scorer } from './perceptron.js';

/** The stored form of a compact model. */
export interface WeightArrays {
  classes: number;
  /** The weight of one quantised unit. */
  scale: number;
  /** Features (hashes). */
  keys: Int32Array;
  /** Number of non-zero classes of each key, in key order. */
  counts: Uint8Array;
  /** Class and quantised weight of each entry, key after key. */
  cls: Uint8Array;
  values: Int16Array;
}

/**
 * The averaged weights as the tagger and parser use them: an open-addressing table of feature
 * hashes laid out so that a look-up touches one cache line (the models are tens of megabytes and
 * most look-ups miss the cache). With at most DENSE_CLASSES classes (the parser's three
 * transitions) a slot holds the key and its weights. With more, a 32-byte slot holds the key, up to
 * SPARSE_INLINE (class, weight) entries (95% of the features have no more) and where the rest of
 * its entries are. Scores are sums of the quantised integer weights: exact, and the scale does not
 * change an argmax.
 */
export class CompactWeights implements Scorer {
  readonly classes: number;
  readonly arrays: WeightArrays;
  private readonly dense: boolean;
  private readonly table: Int32Array;
  /** Mask of slot offsets (in Int32 units) and the shift that takes a key to its home slot. */
  private readonly mask: number;
  private readonly shift: number;
  /** Entries that do not fit in their slot. */
  private readonly overflow: Int32Array;
  /** Written by the touching passes of score() so that they are not optimised away. */
  touched = 0;

  private constructor(a: WeightArrays) {
    this.arrays = a;
    this.classes = a.classes;
    this.dense = a.classes <= DENSE_CLASSES;
    const n = a.keys.length;
    let bits = 10;
    while (1 << bits < n + (n >>> 1)) bits++; // load factor at most 2/3
    const stride = this.dense ? DENSE_STRIDE : SPARSE_STRIDE;
    const size = 1 << bits;
    this.shift = 32 - bits;
    this.mask = size * stride - 1;
    this.table = new Int32Array(size * stride);
    const table = this.table;
    let spill = 0;
    if (!this.dense) for (let i = 0; i < n; i++) spill += Math.max(0, a.counts[i]! - SPARSE_INLINE);
    // Overflow pointers are start * 256 + count in a signed 32-bit slot.
    if (spill >= 1 << 23) throw new Error(`weight set too large for its table (${spill} overflow entries)`);
    this.overflow = new Int32Array(spill);
    spill = 0;
    let e = 0;
    for (let i = 0; i < n; i++) {
      const key = a.keys[i]!;
      let s = (key >>> this.shift) * stride;
      while (table[s] !== 0) s = (s + stride) & this.mask;
      table[s] = key;
      const count = a.counts[i]!;
      if (this.dense) {
        for (let j = 0; j < count; j++, e++) table[s + 1 + a.cls[e]!] = a.values[e]!;
        continue;
      }
      for (let j = 0; j < count; j++, e++) {
        const x = packEntry(a.cls[e]!, a.values[e]!);
        if (j < SPARSE_INLINE) table[s + 2 + j] = x;
        else this.overflow[spill + j - SPARSE_INLINE] = x;
      }
      if (count > SPARSE_INLINE) {
        table[s + 1] = spill * 256 + count - SPARSE_INLINE;
        spill += count - SPARSE_INLINE;
      }
    }
  }

  static from(a: WeightArrays): CompactWeights {
    return new CompactWeights(a);
  }

  get size(): number {
    return this.arrays.keys.length;
  }

  score(feats: Int32Array, n: number, out: Float64Array): void {
    if (this.dense) this.scoreDense(feats, n, out);
    else this.scoreSparse(feats, n, out);
  }

  private scoreDense(feats: Int32Array, n: number, out: Float64Array): void {
    const table = this.table;
    const mask = this.mask;
    const shift = this.shift;
    // A first pass reads each feature's home slot, with no branch between the reads, so that the
    // CPU fetches their cache lines in parallel; the probing pass then finds them in the cache.
    let touched = 0;
    for (let i = 0; i < n; i++) touched ^= table[(feats[i]! >>> shift) * DENSE_STRIDE]!;
    this.touched = touched;
    let a = 0;
    let b = 0;
    let c = 0;
    for (let i = 0; i < n; i++) {
      const f = feats[i]!;
      let s = (f >>> shift) * DENSE_STRIDE;
      for (;;) {
        const key = table[s]!;
        if (key === f) {
          a += table[s + 1]!;
          b += table[s + 2]!;
          c += table[s + 3]!;
          break;
        }
        if (key === 0) break;
        s = (s + DENSE_STRIDE) & mask;
      }
    }
    out[0] = a;
    out[1] = b;
    out[2] = c;
  }

  private scoreSparse(feats: Int32Array, n: number, out: Float64Array): void {
    out.fill(0, 0, this.classes);
    const table = this.table;
    const mask = this.mask;
    const shift = this.shift;
    let touched = 0;
    for (let i = 0; i < n; i++) touched ^= table[(feats[i]! >>> shift) * SPARSE_STRIDE]!;
    this.touched = touched;
    for (let i = 0; i < n; i++) {
      const f = feats[i]!;
      let s = (f >>> shift) * SPARSE_STRIDE;
      for (;;) {
        const key = table[s]!;
        if (key === f) {
          for (let j = s + 2; j < s + SPARSE_STRIDE; j++) {
            const x = table[j]!;
            if (x === 0) break;
            out[(x >>> 16) - 1]! += (x << 16) >> 16;
          }
          const more = table[s + 1]!;
          if (more !== 0) {
            const end = (more >>> 8) + (more & 255);
            for (let j = more >>> 8; j < end; j++) {
              const x = this.overflow[j]!;
              out[(x >>> 16) - 1]! += (x << 16) >> 16;
            }
          }
          break;
        }
        if (key === 0) break;
        s = (s + SPARSE_STRIDE) & mask;
      }
    }
  }
}

/** Weight sets with this many classes or fewer keep their weights inline in the hash table. */
const DENSE_CLASSES = 3;
const DENSE_STRIDE = 4;
/** Sparse slots: key, overflow (start * 256 + count), then SPARSE_INLINE packed entries. */
const SPARSE_STRIDE = 8;
const SPARSE_INLINE = SPARSE_STRIDE - 2;

/** Class + 1 in the high 16 bits (so that no entry is 0, the end mark), the weight in the low 16. */
function packEntry(cls: number, value: number): number {
  return ((cls + 1) << 16) | (value & 0xffff);
}

/** The weights with their features in the given order . */
export function reordered(a: WeightArrays, order: readonly number[]): WeightArrays {
  const start = new Int32Array(a.keys.length + 1);
  for (let i = 0; i < a.keys.length; i++) start[i + 1] = start[i]! + a.counts[i]!;
  const keys = new Int32Array(order.length);
  const counts = new Uint8Array(order.length);
  const cls = new Uint8Array(a.cls.length);
  const values = new Int16Array(a.values.length);
  let e = 0;
  order.forEach((i, k) => {
    keys[k] = a.keys[i]!;
    counts[k] = a.counts[i]!;
    for (let j = start[i]!; j < start[i + 1]!; j++, e++) {
      cls[e] = a.cls[j]!;
      values[e] = a.values[j]!;
    }
  });
  return { classes: a.classes, scale: a.scale, keys, counts, cls: cls.subarray(0, e), values: values.subarray(0, e) };
}
