/**
 * The arc-hybrid transition system (Kuhlmann et al. 2011) with a single root: the root sits at the
 * bottom of the stack and takes its one dependent only when the buffer is empty. Words are 0..n-1,
 * the root is n. Every arc is made when its dependent leaves the stack, so the dependent's subtree
 * is complete then (the labeller relies on it).
 */

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;

export class ParseState {
  readonly n: number;
  readonly stack: Int32Array;
  sp = 0;
  /** Front of the buffer. */
  b = 0;
  readonly head: Int32Array;
  readonly label: Int32Array;
  /** Leftmost and second leftmost, rightmost and second rightmost children; -1 for none. */
  readonly lc1: Int32Array;
  readonly lc2: Int32Array;
  readonly rc1: Int32Array;
  readonly rc2: Int32Array;
  readonly nLeft: Int32Array;
  readonly nRight: Int32Array;
  /** Bit set (label id mod 31) of the labels of each node's left and right children. */
  readonly leftLabels: Int32Array;
  readonly rightLabels: Int32Array;

  constructor(n: number) {
    this.n = n;
    this.stack = new Int32Array(n + 1);
    this.stack[this.sp++] = n;
    this.head = new Int32Array(n + 1).fill(-1);
    this.label = new Int32Array(n + 1).fill(-1);
    this.lc1 = new Int32Array(n + 1).fill(-1);
    this.lc2 = new Int32Array(n + 1).fill(-1);
    this.rc1 = new Int32Array(n + 1).fill(-1);
    this.rc2 = new Int32Array(n + 1).fill(-1);
    this.nLeft = new Int32Array(n + 1);
    this.nRight = new Int32Array(n + 1);
    this.leftLabels = new Int32Array(n + 1);
    this.rightLabels = new Int32Array(n + 1);
  }

  get done(): boolean {
    return this.b >= this.n && this.sp === 1;
  }

  /** The i-th item from the stack top (0 = s0), or -1. */
  s(i: number): number {
    return this.sp - 1 - i >= 0 ? this.stack[this.sp - 1 - i]! : -1;
  }

  allowed(t: number): boolean {
    if (t === SHIFT) return this.b < this.n;
    if (t === LEFT) return this.sp >= 2 && this.b < this.n;
    return this.sp >= 2 && (this.sp > 2 || this.b >= this.n);
  }

  /** Applies a transition; for an arc, returns the dependent (its head is in head[]), else -1. */
  apply(t: number): number {
    if (t === SHIFT) {
      this.stack[this.sp++] = this.b++;
      return -1;
    }
    const d = this.stack[--this.sp]!;
    const h = t === LEFT ? this.b : this.stack[this.sp - 1]!;
    this.head[d] = h;
    if (d < h) {
      this.lc2[h] = this.lc1[h]!;
      this.lc1[h] = d;
      this.nLeft[h]!++;
    } else {
      this.rc2[h] = this.rc1[h]!;
      this.rc1[h] = d;
      this.nRight[h]!++;
    }
    return d;
  }

  setLabel(d: number, label: number): void {
    this.label[d] = label;
    const h = this.head[d]!;
    const bit = 1 << (label % 31);
    if (d < h) this.leftLabels[h]! |= bit;
    else this.rightLabels[h]! |= bit;
  }

  /**
   * Gold arcs a transition makes unreachable (Goldberg & Nivre 2013), for a projective gold tree
   * with heads in `gold` (root = n).
   */
  cost(t: number, gold: Int32Array): number {
    const n = this.n;
    const s0 = this.s(0);
    const b0 = this.b;
    let c = 0;
    if (t === SHIFT) {
      const g = gold[b0]!;
      for (let i = 0; i < this.sp; i++) {
        const k = this.stack[i]!;
        if (gold[k] === b0) c++;
        if (k !== s0 && g === k) c++;
      }
      return c;
    }
    const s1 = this.s(1);
    const g = gold[s0]!;
    for (let d = b0; d < n; d++) if (gold[d] === s0) c++;
    if (t === LEFT) {
      if (g !== b0 && (g === s1 || (g > b0 && g < n))) c++;
    } else if (g !== s1 && g >= b0 && g < n) c++;
    return c;
  }
}

/**
 * Makes a tree projective by lifting each non-projective arc (shortest first) to the head's head,
 * as arc-hybrid can only build projective trees. Heads use the root = n convention; the root counts
 * as standing before the first word.
 */
export function projectivise(gold: Int32Array): Int32Array {
  const heads = Int32Array.from(gold);
  const n = heads.length;
  const pos = (x: number): number => (x === n ? -1 : x);
  const dominates = (h: number, x: number): boolean => {
    for (let y = x, steps = 0; y !== n && steps <= n; y = heads[y]!, steps++) if (y === h) return true;
    return h === n;
  };
  for (;;) {
    let worst = -1;
    let worstSpan = Infinity;
    for (let d = 0; d < n; d++) {
      const h = heads[d]!;
      const lo = Math.min(pos(h), d);
      const hi = Math.max(pos(h), d);
      if (hi - lo >= worstSpan) continue;
      for (let x = lo + 1; x < hi; x++) {
        if (!dominates(h, x)) {
          worst = d;
          worstSpan = hi - lo;
          break;
        }
      }
    }
    if (worst < 0) return heads;
    heads[worst] = heads[heads[worst]!]!;
  }
}
