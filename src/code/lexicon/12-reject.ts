import { verb, type LexEntry } from './types.js';

const rejectRefine = {
  'talk': '125', 'meeting': '125', 'negotiation': '125', 'dialogue': '125', 'summit': '125', 'invitation': '125',
  'mediation': '126', 'aid': '122', 'assistance': '122', 'loan': '122',
  'peace plan': '127', 'peace deal': '127', 'peace proposal': '127', 'ceasefire': '127', 'settlement': '127',
  'resignation': '1231', 'reform': '123',
};

/** 12 Reject: refusals, vetoes, defiance; the governed event picks the subcode. */
export const reject: readonly LexEntry[] = [
  verb('reject|rebuff|spurn|dismiss|repudiate|snub', '120', { frame: 'reject', needsTarget: true, preps: 'from by', refine: rejectRefine }),
  verb('refuse|decline', '120', { frame: 'reject', refine: rejectRefine }),
  verb('turn down', '120', { frame: 'reject', refine: rejectRefine }),
  verb('rule out', '120', { frame: 'reject', refine: rejectRefine }),
  // talks that end without agreement: the sides reject each other's terms
  verb('fail to reach|strike agreement|deal|accord|compromise|consensus', '120', { object: false, preps: 'with on', symmetric: true }),
  verb('oppose', '120', { needsTarget: true, refine: rejectRefine }),
  verb('veto', '129', { object: true }),
  verb('defy|flout', '128', { needsTarget: true }),
  verb('violate|breach|break sanction|law|agreement|resolution|deal|treaty|rule|norm', '128', { object: false }),
  verb('cancel|call_off|postpone|scrap|abandon talk|meeting|summit|visit|negotiation', '125', { object: false, preps: 'with', symmetric: true }),
  verb('boycott|snub|shun talk|meeting|summit|negotiation|conference|session', '125', { object: false, preps: 'with' }),
  verb('renege', '120', { object: false, preps: 'on', needsTarget: true }),
  verb('withdraw|pull_out|quit|exit|leave agreement|deal|treaty|accord|pact', '127', { object: false, preps: 'with' }),
];
