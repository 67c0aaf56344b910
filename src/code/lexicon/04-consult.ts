import { noun, verb, type LexEntry } from './types.js';

const talkPreps = { preps: 'with between', symmetric: true } as const;

/** 04 Consult: meetings, talks, visits, calls, mediation, negotiation. */
export const consult: readonly LexEntry[] = [
  verb('meet', '040', { ...talkPreps, object: true }),
  verb('hold|have|conduct|begin|start|open|resume talk|meeting|summit|consultation|discussion|dialogue', '040', { ...talkPreps, object: false }),
  verb('talk', '040', { preps: 'with to', symmetric: true, object: false }),
  verb('confer|consult', '040', { ...talkPreps, object: true }),
  verb('discuss', '040', { preps: 'with', symmetric: true, object: false, needsTarget: true }),
  verb('sit down', '040', { preps: 'with', symmetric: true, object: false }),
  verb('speak|talk phone|telephone', '041', { preps: 'with to', symmetric: true, object: false }),
  verb('phone|telephone|ring', '041', { symmetric: true }),
  // "Putin called Macron on Monday": a call to a named actor; "called X a liar" is an accusation
  // the purpose of the call makes the event when it is coded: "called Erdogan to apologise" (055)
  verb('call', '041', { needsTarget: true, predicative: '112', frame: 'order', naming: true }),
  verb('hold|have phone|telephone call|conversation', '041', { ...talkPreps, object: false }),
  verb('visit', '042', { needsTarget: true }),
  verb('pay|make visit', '042', { preps: 'to', object: false }),
  verb('travel|fly|arrive|head', '042', { preps: 'to in', object: false, needsTarget: true }),
  verb('leave|depart|set_off for', '042', { object: true, needsTarget: true }),
  verb('conclude|wrap_up visit|trip|tour', '042', { preps: 'to of', object: false }),
  verb('host', '043', { needsTarget: true }),
  verb('receive delegation|visitor|envoy|counterpart|president|minister', '043', { object: false, preps: 'from' }),
  verb('mediate', '045', { preps: 'between', object: true }),
  verb('broker', '045', { preps: 'between', object: false }),
  verb('negotiate', '046', { ...talkPreps, object: true }),
  verb('hold|conduct|begin|start|resume|open negotiation', '046', { ...talkPreps, object: false }),
  noun('talk', '040', talkPreps),
  noun('meeting', '040', talkPreps),
  noun('summit', '040', talkPreps),
  noun('consultation', '040', talkPreps),
  noun('phone|telephone call|conversation', '041', talkPreps),
  noun('visit', '042', { preps: 'to' }),
  noun('trip', '042', { preps: 'to', needsTarget: true }),
  noun('negotiation', '046', talkPreps),
  noun('mediation', '045', { preps: 'between' }),
];
