import { noun, verb, type LexEntry } from './types.js';

/** 20 Use unconventional mass violence. */
export const massViolence: readonly LexEntry[] = [
  verb('exterminate|slaughter|butcher', '202', { needsTarget: true }),
  verb('commit genocide|massacre', '202', { preps: 'against of', object: false }),
  verb('carry out massacre|genocide', '202', { preps: 'of against in', object: false }),
  verb('use|deploy chemical_weapon|poison_gas|nerve_agent|sarin|chlorine', '2041', { preps: 'on against in', object: false }),
  verb('use|detonate nuclear_weapon|nuclear_bomb', '2042', { preps: 'on against', object: false }),
  verb('ethnically cleanse', '203', { needsTarget: true }),
  noun('massacre|genocide|mass_killing|mass_murder', '202', { preps: 'of against in', needsTarget: true }),
  noun('ethnic cleansing', '203', { preps: 'of against in', needsTarget: true }),
  noun('chemical attack|weapon', '2041', { preps: 'on against in', needsTarget: true }),
  noun('gas attack', '2041', { preps: 'on against in', needsTarget: true }),
  noun('mass expulsion|deportation', '201', { preps: 'of from', needsTarget: true }),
];
