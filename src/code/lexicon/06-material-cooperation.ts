import { noun, verb, type LexEntry } from './types.js';

const drill = { preps: 'with between', symmetric: true, object: false, soloCode: '150' } as const;

/** 06 Engage in material cooperation: trade, joint military activity, judicial and intelligence cooperation. */
export const materialCooperation: readonly LexEntry[] = [
  verb('trade', '061', { preps: 'with', symmetric: true, object: false }),
  verb('invest', '061', { preps: 'in', object: false }),
  verb('export|sell|supply|ship gas|oil|energy|grain|good|product|electricity|wheat', '061', { preps: 'to', object: false }),
  verb('import|buy|purchase gas|oil|energy|grain|good|product|electricity|wheat', '061', { preps: 'from', object: false }),
  verb('expand|boost|deepen|increase|strengthen trade|economic|investment', '061', { preps: 'with between', symmetric: true, object: false }),
  verb('hold|conduct|stage|launch|begin|start|carry_out|host|plan exercise|drill|maneuver|manoeuvre|war_game|wargame', '062', drill),
  verb('exercise|train', '062', { preps: 'with', symmetric: true, object: false }),
  verb('train troop|soldier|force|army|officer|pilot', '062', { preps: 'of', object: false }),
  verb('deepen|boost|expand|strengthen military|defence|defense|security', '062', { preps: 'with between', symmetric: true, object: false }),
  verb('extradite', '063', { preps: 'to', object: false, needsTarget: true }),
  verb('hand over suspect', '063', { preps: 'to', object: false }),
  verb('share|exchange intelligence|information|data|evidence', '064', { preps: 'with', symmetric: true, object: false }),
  verb('exchange|swap prisoner|captive|detainee|hostage|prisoner_of_war', '0841', { preps: 'with', symmetric: true, object: false }),
  noun('exercise|drill|maneuver|manoeuvre|war_game|wargame', '062', drill),
  noun('joint patrol', '062', { preps: 'with', symmetric: true }),
  noun('military cooperation', '062', { preps: 'with between', symmetric: true }),
  noun('economic cooperation', '061', { preps: 'with between', symmetric: true }),
  noun('trade', '061', { preps: 'with between', symmetric: true, needsTarget: true }),
  noun('extradition', '063', { preps: 'to' }),
];
