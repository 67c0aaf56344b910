import { noun, verb, type LexEntry } from './types.js';

const refine = {
  'corruption': '091', 'fraud': '091', 'bribery': '091', 'crime': '091', 'money laundering': '091', 'embezzlement': '091',
  'human right': '092', 'abuse': '092', 'torture': '092',
  'war crime': '094', 'genocide': '094', 'crime against humanity': '094',
  'strike': '093', 'attack': '093', 'military': '093', 'shooting': '093',
};

/** 09 Investigate. */
export const investigate: readonly LexEntry[] = [
  verb('investigate|probe', '090', { needsTarget: true, refine }),
  verb('open|launch|begin|start|order|announce|conduct|initiate|join|head investigation|probe|inquiry|enquiry', '090', { preps: 'into of against', object: false, needsTarget: true, refine }),
  noun('investigation|probe|inquiry|enquiry', '090', { preps: 'into of against', needsTarget: true, refine }),
];
