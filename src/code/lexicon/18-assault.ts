import { noun, verb, type LexEntry } from './types.js';

/** 18 Assault: unconventional violence against people. */
export const assault: readonly LexEntry[] = [
  verb('kidnap|abduct|hijack|snatch', '181', { needsTarget: true }),
  verb('take hostage|captive', '181', { object: true, needsTarget: true }),
  verb('beat|assault|stab|lynch|maim|injure|wound|hurt', '182', { needsTarget: true }),
  verb('torture', '1822', { needsTarget: true }),
  verb('mistreat|terrorize|terrorise', '180', { needsTarget: true }),
  verb('rape', '1821', { needsTarget: true }),
  verb('kill|murder|slay|execute|behead|massacre|decapitate|strangle', '1823', { needsTarget: true }),
  verb('assassinate', '186', { needsTarget: true }),
  verb('blow up', '183', { object: true }),
  verb('detonate bomb|explosive|device|car_bomb', '183', { preps: 'in at near outside', object: false }),
  verb('use human shield', '184', { object: true }),
  noun('suicide bombing|attack', '1831', { preps: 'on against in at', needsTarget: true }),
  noun('car bomb|bombing', '1832', { preps: 'on against in at', needsTarget: true }),
  noun('roadside bomb|bombing', '1833', { preps: 'on against in at', needsTarget: true }),
  noun('terror|terrorist attack|bombing', '180', { preps: 'on against in at', needsTarget: true }),
  noun('bombing', '183', { preps: 'of on against in at', needsTarget: true }),
  noun('assassination', '186', { preps: 'of', needsTarget: true }),
  noun('assassination attempt', '185', { preps: 'on against', needsTarget: true }),
  noun('abduction|kidnapping|hijacking', '181', { preps: 'of', needsTarget: true }),
  noun('killing|murder', '1823', { preps: 'of', needsTarget: true }),
  noun('torture', '1822', { preps: 'of', needsTarget: true }),
  noun('human shield', '184', {}),
];
