import { noun, verb, type LexEntry } from './types.js';

/** 02 Appeal: requests, proposals and suggestions; the governed event picks the subcode. */
export const appeal: readonly LexEntry[] = [
  verb('urge', '020', { frame: 'appeal' }),
  verb('call on|upon', '020', { frame: 'appeal' }),
  verb('call for', '020', { frame: 'appeal', object: false }),
  verb('appeal', '020', { frame: 'appeal', object: false, preps: 'to' }),
  verb('ask', '020', { frame: 'appeal' }),
  verb('request', '020', { frame: 'appeal' }),
  verb('plead', '020', { frame: 'appeal', object: false, preps: 'with' }),
  // Weak appeals: only with someone appealed to ("suggested that the data were wrong" is a statement,
  // "policies that encourage investment" no appeal).
  verb('implore|beseech|exhort|encourage', '020', { frame: 'appeal', needsTarget: true }),
  verb('beg', '020', { frame: 'appeal', needsTarget: true }),
  verb('suggest|recommend', '020', { frame: 'appeal', object: false, preps: 'to', needsTarget: true }),
  verb('seek|request|ask aid|assistance|help|loan|funding', '023', { object: false, preps: 'from' }),
  verb('seek|request|ask|apply asylum|refuge', '0233', { object: false, preps: 'in from' }),
  verb('appeal for aid|assistance|help', '023', { object: false, preps: 'to from' }),
  noun('appeal', '020', { preps: 'to', frame: 'appeal' }),
  noun('plea', '020', { preps: 'to', frame: 'appeal' }),
  // A call is an appeal only for something or on someone: "a phone call", "a call readout" are not.
  noun('call for', '020', { frame: 'appeal' }),
  noun('call on|upon', '020', { preps: 'on upon', frame: 'appeal', needsTarget: true }),
  noun('call', '020', { frame: 'appeal', infinitive: true }),
];
