import { noun, verb, type LexEntry } from './types.js';

const posture = { preps: 'to near along on at in toward towards into against', object: false } as const;

/** 15 Exhibit force posture: mobilisation, deployments, alerts, shows of force. */
export const forcePosture: readonly LexEntry[] = [
  verb('mobilize|mobilise|mass|amass|deploy|send|move|station|dispatch|build_up|reinforce troop|force|soldier|army|warship|tank|missile|unit|reservist|division|battalion|brigade|platoon|regiment|contingent|squadron|fleet|personnel|marine|paratrooper|jet|bomber|warplane|aircraft', '154', { ...posture, refine: { peacekeeping: '074', peacekeeper: '074' } }),
  verb('mobilize|mobilise', '154', { object: false, preps: 'against', intransitive: true }),
  verb('deploy|send|dispatch police|riot_police|police_officer|national_guard', '153', posture),
  verb('put|place force|troop|army|military alert', '152', posture),
  verb('raise|increase|heighten alert', '152', posture),
  verb('fly|send bomber|jet|aircraft|warplane', '150', { preps: 'over near to along into', object: false }),
  verb('test|test-fire|launch missile', '150', { preps: 'near over toward towards', object: false }),
  verb('stage|hold|put show force', '150', posture),
  verb('patrol', '150', { needsTarget: true }),
  verb('violate|breach|enter airspace|territorial_water', '150', { preps: 'of', object: false }),
  verb('overfly', '150', { needsTarget: true }),
  noun('build-up|buildup|build_up|concentration|massing|deployment', '154', { preps: 'near at along on in to by', needsTarget: true, ofAgent: true }),
  noun('troop build-up|buildup', '154', { preps: 'near at along on in', needsTarget: true }),
  noun('show force', '150', { preps: 'near against', needsTarget: true }),
  noun('mobilization|mobilisation', '154', { preps: 'against near', needsTarget: true, ofAgent: true }),
];
