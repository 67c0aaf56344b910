import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LEFT, ParseState, RIGHT, SHIFT, projectivise } from '../../src/parse/arc-hybrid.js';

/** Follows the cheapest allowed transition (the static oracle the dynamic one reduces to). */
function oracleParse(gold: Int32Array): ParseState {
  const st = new ParseState(gold.length);
  while (!st.done) {
    let best = -1;
    let bestCost = Infinity;
    for (const t of [SHIFT, LEFT, RIGHT]) {
      if (!st.allowed(t)) continue;
      const c = st.cost(t, gold);
      if (c < bestCost) {
        bestCost = c;
        best = t;
      }
    }
    assert.equal(bestCost, 0, 'a zero-cost transition exists on the gold path');
    st.apply(best);
  }
  return st;
}

describe('arc-hybrid', () => {
  // "The minister , who resigned , blamed the press in a statement ." (root = 13)
  //  0 The  1 minister  2 ,  3 who  4 resigned  5 ,  6 blamed  7 the  8 press  9 in  10 a  11 statement  12 .
  const gold = Int32Array.from([1, 6, 4, 4, 1, 4, 13, 8, 6, 11, 11, 6, 6]);

  it('the oracle reproduces a projective gold tree', () => {
    const st = oracleParse(gold);
    assert.deepEqual(Array.from(st.head.subarray(0, gold.length)), Array.from(gold));
  });

  it('gives a wrong transition its cost in lost gold arcs', () => {
    const st = new ParseState(gold.length);
    st.apply(SHIFT); // The
    // Attaching "The" to the root's side (RIGHT is not allowed yet) or shifting "minister" loses The <- minister.
    assert.equal(st.allowed(RIGHT), false);
    assert.equal(st.cost(LEFT, gold), 0);
    assert.equal(st.cost(SHIFT, gold), 1);
  });

  it('keeps one root: the root takes a dependent only when the buffer is empty', () => {
    const st = new ParseState(2);
    st.apply(SHIFT);
    assert.equal(st.allowed(RIGHT), false);
    st.apply(SHIFT);
    st.apply(RIGHT);
    assert.equal(st.allowed(RIGHT), true);
    st.apply(RIGHT);
    assert.ok(st.done);
    assert.deepEqual(Array.from(st.head.subarray(0, 2)), [2, 0]);
  });

  it('lifts a non-projective arc to the head of its head', () => {
    // "A hearing is scheduled on the issue today" with "on the issue" attached to "hearing" across "is scheduled":
    // 0 A  1 hearing  2 is  3 scheduled  4 on  5 issue  6 today (root = 7)
    const nonProjective = Int32Array.from([1, 3, 3, 7, 5, 1, 3]);
    const lifted = projectivise(nonProjective);
    assert.deepEqual(Array.from(lifted), [1, 3, 3, 7, 5, 3, 3]);
    assert.deepEqual(Array.from(oracleParse(lifted).head.subarray(0, 7)), Array.from(lifted));
    assert.deepEqual(Array.from(projectivise(gold)), Array.from(gold), 'a projective tree is left alone');
  });
});
