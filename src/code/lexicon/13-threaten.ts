import { noun, verb, type LexEntry } from './types.js';

/** 13 Threaten: the governed event picks the subcode ("threatened to impose sanctions" -> 1312). */
export const threaten: readonly LexEntry[] = [
  verb('threaten', '130', { frame: 'threaten', preps: 'with' }),
  verb('warn', '130', { frame: 'threaten', needsTarget: true, preps: 'against' }),
  verb('caution', '130', { frame: 'threaten', needsTarget: true, preps: 'against' }),
  verb('issue|make|repeat|reiterate threat', '130', { object: false, preps: 'to against' }),
  verb('issue|give|deliver ultimatum', '139', { object: false, preps: 'to' }),
  verb('issue|give|send|deliver warning', '130', { object: false, preps: 'to against' }),
  verb('give|set|impose deadline', '139', { object: true, preps: 'for to', needsTarget: true }),
  verb('intimidate', '130', { needsTarget: true }),
  noun('threat', '130', { preps: 'against to', needsTarget: true, frame: 'threaten' }),
  noun('ultimatum', '139', { preps: 'to', needsTarget: true }),
  noun('deadline', '139', { preps: 'for to', needsTarget: true }),
];
