import { statement } from './01-statement.js';
import { appeal } from './02-appeal.js';
import { intentToCooperate } from './03-intent-to-cooperate.js';
import { consult } from './04-consult.js';
import { diplomaticCooperation } from './05-diplomatic-cooperation.js';
import { materialCooperation } from './06-material-cooperation.js';
import { aid } from './07-aid.js';
import { yieldTo } from './08-yield.js';
import { investigate } from './09-investigate.js';
import { demand } from './10-demand.js';
import { disapprove } from './11-disapprove.js';
import { reject } from './12-reject.js';
import { threaten } from './13-threaten.js';
import { protest } from './14-protest.js';
import { forcePosture } from './15-force-posture.js';
import { reduceRelations } from './16-reduce-relations.js';
import { coerce } from './17-coerce.js';
import { assault } from './18-assault.js';
import { fight } from './19-fight.js';
import { massViolence } from './20-mass-violence.js';
import type { LexEntry } from './types.js';

export type { LexEntry, Frame } from './types.js';

/** Every entry of the CAMEO lexicon, roots 01 to 20. */
export const lexicon: readonly LexEntry[] = [
  ...statement, ...appeal, ...intentToCooperate, ...consult, ...diplomaticCooperation,
  ...materialCooperation, ...aid, ...yieldTo, ...investigate, ...demand, ...disapprove, ...reject,
  ...threaten, ...protest, ...forcePosture, ...reduceRelations, ...coerce, ...assault, ...fight,
  ...massViolence,
];
