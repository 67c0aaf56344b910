/**
 * Averaged perceptron weights. Training keeps dense rows per feature in a growable table; the
 * result is a compact model (open-addressing table of feature hashes and, per feature, only its
 * non-zero class weights, quantised to 16 bits) that is fast to score and small to store.
 */

export class TrainingWeights {
  readonly classes: number;
  /**
   * Open-addressing table: feature hash -> its newest entry; a feature's entries (one per class it
   * was updated for, usually few) form a linked list through `next`.
   */
  private keys = new Int32Array(1 << 16);
  private first = new Int32Array(1 << 16);
  private used = 0;
  private cls = new Int32Array(1 << 16);
  private next = new Int32Array(1 << 16);
  private w = new Float64Array(1 << 16);
  private u = new Float64Array(1 << 16);
  private count = 0;
  /** Instances seen so far: the weight an update gets in the average. */
  step = 1;

  constructor(classes: number) {
    this.classes = classes;
  }

  /** Slot of a feature: where it is, or the empty slot where it would go. */
  private slot(f: number): number {
    const mask = this.keys.length - 1;
    let s = mixSlot(f) & mask;
    for (;;) {
      const k = this.keys[s]!;
      if (k === f || k === 0) return s;
      s = (s + 1) & mask;
    }
  }

  score(feats: Int32Array, n: number, out: Float64Array): void {
    out.fill(0, 0, this.classes);
    for (let i = 0; i < n; i++) {
      const s = this.slot(feats[i]!);
      if (this.keys[s] === 0) continue;
      for (let e = this.first[s]!; e >= 0; e = this.next[e]!) out[this.cls[e]!]! += this.w[e]!;
    }
  }

  update(feats: Int32Array, n: number, truth: number, guess: number): void {
    if (truth === guess) return;
    const c = this.step;
    for (let i = 0; i < n; i++) {
      const t = this.entry(feats[i]!, truth);
      this.w[t]! += 1;
      this.u[t]! += c;
      const g = this.entry(feats[i]!, guess);
      this.w[g]! -= 1;
      this.u[g]! -= c;
    }
  }

  private entry(f: number, k: number): number {
    let s = this.slot(f);
    if (this.keys[s] === 0) {
      if ((this.used + 1) * 2 > this.keys.length) {
        this.rehash();
        s = this.slot(f);
      }
      this.keys[s] = f;
      this.first[s] = -1;
      this.used++;
    }
    for (let e = this.first[s]!; e >= 0; e = this.next[e]!) if (this.cls[e] === k) return e;
    const e = this.count++;
    if (e >= this.w.length) this.grow();
    this.cls[e] = k;
    this.next[e] = this.first[s]!;
    this.first[s] = e;
    return e;
  }

  private rehash(): void {
    const keys = this.keys;
    const first = this.first;
    this.keys = new Int32Array(keys.length * 2);
    this.first = new Int32Array(keys.length * 2);
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === 0) continue;
      const s = this.slot(keys[i]!);
      this.keys[s] = keys[i]!;
      this.first[s] = first[i]!;
    }
  }

  private grow(): void {
    const size = this.w.length * 2;
    const cls = new Int32Array(size); cls.set(this.cls); this.cls = cls;
    const next = new Int32Array(size); next.set(this.next); this.next = next;
    const w = new Float64Array(size); w.set(this.w); this.w = w;
    const u = new Float64Array(size); u.set(this.u); this.u = u;
  }

  /** The averaged weights as a compact model; weights at most `prune` in magnitude are dropped. */
  average(prune = 0): CompactWeights {
    const c = this.step;
    const keys: number[] = [];
    const counts: number[] = [];
    const cls: number[] = [];
    const vals: number[] = [];
    let max = 0;
    for (let slot = 0; slot < this.keys.length; slot++) {
      const f = this.keys[slot]!;
      if (f === 0) continue;
      let kept = 0;
      for (let e = this.first[slot]!; e >= 0; e = this.next[e]!) {
        const v = this.w[e]! - this.u[e]! / c;
        if (Math.abs(v) <= prune) continue;
        cls.push(this.cls[e]!);
        vals.push(v);
        if (Math.abs(v) > max) max = Math.abs(v);
        kept++;
      }
      if (kept > 0) {
        keys.push(f);
        counts.push(kept);
      }
    }
    const scale = max > 0 ? max / 32767 : 1;
    const q = new Int16Array(vals.length);
    for (let i = 0; i < vals.length; i++) q[i] = Math.round(vals[i]! / scale);
    return CompactWeights.from({ classes: this.classes, scale, keys: Int32Array.from(keys), counts: Uint8Array.from(counts), cls: Uint8Array.from(cls), values: q });
  }
}

/** The stored form of a compact model. */
export interface WeightArrays {
  classes: number;
  scale: number;
  keys: Int32Array;
  /** Non-zero classes of each key, in key order. */
  counts: Uint8Array;
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
export class CompactWeights {
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

function mixSlot(key: number): number {
  return Math.imul(key ^ (key >>> 16), 0x45d9f3b) ^ (key >>> 11);
}

/** Index of the highest score among the first `n` (the first of equals). */
export function argmax(scores: Float64Array, n: number): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let k = 0; k < n; k++) {
    if (scores[k]! > bestScore) {
      bestScore = scores[k]!;
      best = k;
    }
  }
  return best;
}
