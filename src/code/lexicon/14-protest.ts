import { noun, verb, type LexEntry } from './types.js';

const against = { preps: 'against outside at over in', object: false } as const;
const protestVerb = { preps: 'against outside at over', object: true } as const;

/** 14 Protest: demonstrations, strikes and boycotts, blockades by protesters, riots. */
export const protest: readonly LexEntry[] = [
  verb('protest', '141', protestVerb),
  verb('demonstrate|rally|march', '141', { ...against, intransitive: true }),
  verb('hold|stage|organize|organise|lead protest|demonstration|rally|march|sit-in|vigil', '141', against),
  verb('join|attend protest|demonstration|rally|sit-in', '141', against),
  verb('take to street', '141', against),
  verb('burn|torch flag|effigy|portrait', '141', { ...against, preps: 'of against outside at' }),
  verb('chant slogan', '141', against),
  verb('go strike', '143', against),
  verb('hold|stage|call|declare|observe strike|walkout', '143', against),
  verb('down tool', '143', against),
  verb('boycott election|vote|poll|ballot|session', '143', { object: false }),
  verb('go hunger strike', '142', against),
  verb('begin|start|stage|declare|launch|hold|continue hunger strike', '142', against),
  verb('block|blockade road|highway|street|bridge|traffic|entrance|railway', '144', against),
  verb('erect|set_up|put_up barricade|roadblock', '144', against),
  verb('riot', '145', against),
  noun('protest|demonstration|rally|march|sit-in', '141', { preps: 'against outside at over in', needsTarget: true }),
  noun('hunger strike', '142', { preps: 'against over' }),
  noun('general strike', '143', { preps: 'against over' }),
  noun('riot', '145', { preps: 'against in', needsTarget: true }),
];
