import { noun, verb, type LexEntry } from './types.js';

/** 01 Make public statement: only the specific forms; a plain "said" is never an event. */
export const statement: readonly LexEntry[] = [
  verb('decline comment', '011', { object: false }),
  verb('refuse comment', '011', { object: false }),
  verb('express|voice concern|pessimism|alarm', '012', { object: false, preps: 'over about at' }),
  verb('express|voice optimism|confidence', '013', { object: false, preps: 'about over in' }),
  verb('claim responsibility', '015', { object: false, preps: 'for' }),
  verb('admit|acknowledge responsibility|wrongdoing|mistake|error', '015', { object: false }),
  verb('claim attack|bombing|killing|kidnapping|assassination|massacre', '015', { object: false }),
  verb('deny', '016', { frame: 'deny' }),
  verb('dismiss|reject|refute accusation|allegation|charge|claim|report', '016', { preps: 'by from of' }),
  verb('deny involvement|responsibility|wrongdoing', '016', { object: false }),
  noun('denial', '016', { preps: 'of' }),
  verb('lay wreath', '017', { object: false, preps: 'at for' }),
  verb('hold|attend vigil|funeral|memorial|commemoration', '017', { object: false, preps: 'for' }),
  verb('offer|express|send|extend condolence|sympathy', '018', { object: false, preps: 'to with' }),
  verb('sympathize|sympathise', '018', { object: false, preps: 'with' }),
  // "agreed with China to hold drills": the partner is the object of "with"; an act after it is intended
  verb('agree with', '019', { object: true, frame: 'intend' }),
  verb('share view|concern|position', '019', { object: false, preps: 'with' }),
];
