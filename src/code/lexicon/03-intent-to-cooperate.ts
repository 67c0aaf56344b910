import { noun, verb, type LexEntry } from './types.js';

/** 03 Express intent to cooperate: commitments and offers; the governed event picks the subcode. */
export const intentToCooperate: readonly LexEntry[] = [
  verb('agree', '030', { frame: 'intend', object: false, preps: 'with', complement: true }),
  verb('pledge', '030', { frame: 'vow', preps: 'to' }),
  verb('promise', '030', { frame: 'vow' }),
  verb('vow', '030', { frame: 'vow' }),
  verb('commit', '030', { frame: 'intend', object: false, preps: 'to' }),
  verb('offer', '030', { frame: 'intend', preps: 'to' }),
  verb('propose', '030', { frame: 'intend', preps: 'to' }),
  verb('willing|ready|prepared|eager|determined', '030', { frame: 'intend', object: false, infinitive: true }),
  verb('volunteer', '030', { frame: 'intend', object: false }),
  verb('express|voice|signal willingness|readiness|desire|intention', '030', { frame: 'intend', object: false }),
  verb('pledge|promise|offer aid|assistance|help|support|money|fund|funding', '033', { object: false, preps: 'to for' }),
  verb('pledge|promise|offer support|backing', '032', { object: false, preps: 'to for' }),
  verb('reach|strike agreement|deal|accord|understanding|compromise|consensus|truce', '030', { object: false, preps: 'with', symmetric: true }),
  verb('offer mediate', '039', { object: false, preps: 'between' }),
  verb('accept mediation', '038', { object: false, preps: 'by of' }),
  noun('offer', '030', { preps: 'to', frame: 'intend' }),
  noun('pledge', '030', { preps: 'to', frame: 'vow' }),
  noun('proposal', '030', { preps: 'to', frame: 'intend' }),
  noun('agreement', '030', { preps: 'with between', symmetric: true }),
  noun('deal', '030', { preps: 'with between', symmetric: true }),
];
