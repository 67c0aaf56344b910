import { noun, verb, type LexEntry } from './types.js';

/** 05 Engage in diplomatic cooperation: praise, support, recognition, apologies, signed agreements. */
export const diplomaticCooperation: readonly LexEntry[] = [
  verb('praise|commend|hail|laud|applaud|salute|congratulate|thank|compliment', '051', { needsTarget: true, preps: 'for' }),
  verb('welcome', '051', { needsTarget: true }),
  verb('endorse|back|support|champion', '051', { needsTarget: true }),
  verb('express|voice|reaffirm|declare|show support|solidarity|backing', '051', { object: false, preps: 'for with to', needsTarget: true }),
  verb('pay tribute', '051', { object: false, preps: 'to' }),
  verb('stand by', '052', { object: false }),
  verb('defend', '052', { needsTarget: true }),
  verb('rally support', '053', { object: false, preps: 'for behind' }),
  verb('recognize|recognise', '054', { needsTarget: true }),
  verb('establish|restore|normalize|normalise|resume|upgrade relation|tie', '054', { object: false, preps: 'with', symmetric: true }),
  verb('apologize|apologise', '055', { object: false, preps: 'to' }),
  verb('forgive', '056', { needsTarget: true }),
  verb('sign|ink|conclude|ratify agreement|deal|treaty|accord|pact|memorandum|contract|protocol|declaration|charter', '057', { object: false, preps: 'with between', symmetric: true }),
  verb('cooperate|collaborate', '050', { object: false, preps: 'with', symmetric: true }),
  verb('ally', '050', { object: false, preps: 'with' }),
  noun('praise', '051', { preps: 'for' }),
  noun('support|backing', '051', { preps: 'for', needsTarget: true }),
  noun('apology', '055', { preps: 'to' }),
  noun('recognition', '054', { preps: 'of' }),
  noun('treaty|pact|accord', '057', { preps: 'with between', symmetric: true }),
  noun('cooperation', '050', { preps: 'with between', symmetric: true }),
];
