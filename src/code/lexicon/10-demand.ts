import { verb, noun, type LexEntry } from './types.js';

/** 10 Demand: forceful requests; the governed event picks the subcode. */
export const demand: readonly LexEntry[] = [
  verb('demand', '100', { frame: 'demand', preps: 'from of' }),
  verb('insist', '100', { frame: 'demand', object: false, preps: 'on' }),
  // "ordered the minister to appear": an order with no coded act is a demand on the one ordered
  verb('order', '100', { frame: 'order', needsTarget: true }),
  verb('press', '100', { frame: 'demand', needsTarget: true }),
  verb('press for', '100', { frame: 'demand', object: false }),
  verb('push for', '100', { frame: 'demand', object: false }),
  verb('set|impose condition|precondition', '100', { object: false, preps: 'for on' }),
  verb('issue|make demand', '100', { object: false, preps: 'to on' }),
  noun('demand', '100', { frame: 'demand', preps: 'on to from' }),
];
