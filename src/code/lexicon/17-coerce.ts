import { noun, verb, type LexEntry } from './types.js';

/** 17 Coerce: seizures, administrative sanctions, bans, arrests and charges, deportations, repression. */
export const coerce: readonly LexEntry[] = [
  verb('arrest|detain|jail|imprison|apprehend|sentence|round_up|lock_up|incarcerate', '173', { needsTarget: true }),
  verb('take custody', '173', { preps: 'into', object: true }),
  verb('confiscate|impound|expropriate|nationalize|nationalise', '1711', { preps: 'from of', needsTarget: true }),
  verb('demolish|raze|bulldoze', '1712', { preps: 'of', needsTarget: true }),
  verb('outlaw|proscribe', '1722', { needsTarget: true }),
  verb('bar|ban', '172', { preps: 'from', needsTarget: true, refine: { party: '1722', opposition: '1722' } }),
  verb('deny entry|visa', '172', { preps: 'to', object: true }),
  verb('impose restriction|control|limit', '172', { preps: 'on against', object: false }),
  verb('censor|gag|muzzle|silence', '1721', { needsTarget: true }),
  verb('block website|medium|internet|access|platform', '1721', { preps: 'of to', object: false }),
  verb('impose|declare curfew', '1723', { preps: 'on in', object: false }),
  verb('impose|declare|introduce martial_law|state_of_emergency', '1724', { preps: 'on in', object: false }),
  verb('deport|expel', '174', { needsTarget: true, preps: 'to from' }),
  verb('crack down', '175', { preps: 'on', object: false, needsTarget: true }),
  verb('repress|suppress|quash|quell|disperse', '175', { needsTarget: true }),
  verb('harass|coerce|pressure|pressurize|pressurise|blackmail', '170', { needsTarget: true }),
  verb('raid', '170', { needsTarget: true }),
  noun('crackdown|clampdown', '175', { preps: 'on against', needsTarget: true }),
  noun('repression|suppression', '175', { preps: 'of against', needsTarget: true }),
  noun('arrest|detention|imprisonment|indictment|prosecution', '173', { preps: 'of', needsTarget: true }),
  noun('deportation', '174', { preps: 'of', needsTarget: true }),
  noun('raid', '170', { preps: 'on against', needsTarget: true }),
  noun('blockade', '191', { preps: 'on of against', needsTarget: true }),
];
