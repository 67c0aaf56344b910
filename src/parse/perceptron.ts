import { CompactWeights } from './compact-weights.js';

/**
 * Averaged perceptron weights. Training keeps sparse rows per feature in a growable table; the
 * result is a compact model (per feature only its non-zero class weights, quantised to 16 bits;
 * see CompactWeights) that is fast to score and small to store.
 */

/** What taggers and parsers score with: class scores (summed weights) of a set of features. */
export interface Scorer {
  readonly classes: number;
  score(feats: Int32Array, n: number, out: Float64Array): void;
}

export class TrainingWeights implements Scorer {
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
