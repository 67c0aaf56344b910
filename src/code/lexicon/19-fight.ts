import { noun, verb, type LexEntry } from './types.js';

const at = { preps: 'on at against in into', object: false, needsTarget: true } as const;

/** 19 Fight: conventional military force, blockades, occupation, ceasefire violations. */
export const fight: readonly LexEntry[] = [
  verb('attack|strike|raid|storm|ambush|invade|capture|overrun', '190', { needsTarget: true }),
  verb('bomb|airstrike|strafe', '195', { needsTarget: true }),
  verb('shell|bombard|pound', '194', { needsTarget: true }),
  verb('fight|battle|clash|skirmish', '190', { preps: 'with against', symmetric: true, needsTarget: true }),
  verb('launch|carry_out|conduct|mount|stage attack|offensive|assault|operation|raid|incursion|counteroffensive', '190', at),
  verb('step_up|intensify|escalate|resume attack|offensive|assault|raid|bombardment|shelling|airstrike|air_strike', '190', at),
  verb('launch|carry_out|conduct strike|airstrike|air_strike|drone_strike|air_raid|bombing', '195', at),
  verb('fire|launch missile|rocket|drone', '195', at),
  verb('fire|launch shell|mortar|artillery', '194', at),
  verb('open fire|fire', '193', { preps: 'on at', object: false, needsTarget: true }),
  verb('shoot|gun_down|shoot_down', '193', { needsTarget: true }),
  verb('wage war', '190', { preps: 'on against', object: false, needsTarget: true }),
  verb('declare war', '190', { preps: 'on against', object: false, needsTarget: true }),
  verb('retaliate', '190', { preps: 'against', object: false, needsTarget: true }),
  verb('blockade', '191', { needsTarget: true }),
  verb('besiege|lay_siege', '191', { needsTarget: true, preps: 'to' }),
  verb('impose blockade', '191', { preps: 'on against', object: false }),
  verb('occupy|annex|seize', '192', { needsTarget: true, territory: true }),
  verb('recapture|retake', '192', { needsTarget: true, preps: 'from' }),
  verb('violate|break ceasefire|cease-fire|truce', '196', { object: false, preps: 'with' }),
  noun('attack|assault|offensive|incursion|aggression|raid|invasion', '190', { preps: 'on against in into of', needsTarget: true }),
  noun('airstrike|air_strike|drone_strike|missile_strike|air_raid|bombardment', '195', { preps: 'on against in', needsTarget: true }),
  noun('shelling|artillery_fire', '194', { preps: 'of on in', needsTarget: true }),
  noun('fighting|clash|battle|hostility|war', '190', { preps: 'with between against', symmetric: true, needsTarget: true }),
  noun('occupation|annexation', '192', { preps: 'of', needsTarget: true }),
  noun('ceasefire violation', '196', { preps: 'by', needsTarget: true }),
];
