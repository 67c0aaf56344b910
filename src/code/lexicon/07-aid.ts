import { noun, verb, type LexEntry } from './types.js';

const aidRefine = {
  'economic': '071', 'financial': '071', 'loan': '071', 'budget': '071', 'money': '071', 'fund': '071',
  'military': '072', 'weapon': '072', 'arm': '072', 'ammunition': '072', 'missile': '072',
  'humanitarian': '073', 'food': '073', 'medicine': '073', 'medical': '073', 'vaccine': '073', 'relief': '073', 'shelter': '073',
};

/** 07 Provide aid. */
export const aid: readonly LexEntry[] = [
  verb('provide|give|send|deliver|donate|supply|grant|ship|offer|extend|allocate|approve aid|assistance|help|relief', '070', { preps: 'to for', object: false, refine: aidRefine }),
  verb('provide|give|send|deliver|donate|supply|grant|extend loan|fund|funding|money|grant|credit', '071', { preps: 'to for', object: false }),
  verb('provide|give|send|deliver|supply|ship|transfer weapon|arm|ammunition|missile|tank|jet|equipment|munition', '072', { preps: 'to for', object: false }),
  verb('provide|give|send|deliver|donate|supply|ship food|medicine|vaccine|dose|supply|tent|blanket', '073', { preps: 'to for', object: false }),
  verb('give|provide|contribute|donate|pledge|grant|allocate|send|hand_over|transfer $|million|billion|euro|dollar', '071', { preps: 'to for', object: false, needsTarget: true }),
  verb('contribute|hand_over', '070', { preps: 'to', object: false, needsTarget: true, refine: aidRefine }),
  verb('deploy|send peacekeeper', '074', { preps: 'to in', object: false }),
  verb('contribute|provide|pledge peacekeeper|peacekeeping', '074', { preps: 'to for in', object: false }),
  verb('join peacekeeping mission|force|operation', '074', { preps: 'in to', object: false }),
  verb('grant|give|offer asylum|refuge', '075', { preps: 'to' }),
  // taking in people who flee (CAMEO 075, asylum): "accepted 1,000 Syrian refugees", "opened its borders to"
  verb('accept|admit|take_in|resettle|welcome|shelter|receive refugee|migrant|asylum_seeker|evacuee', '075', { object: true, needsTarget: true }),
  verb('open border|door', '075', { preps: 'to for', object: false, needsTarget: true }),
  verb('aid|assist|help', '070', { needsTarget: true }),
  verb('provide', '070', { needsTarget: true, preps: 'to for' }),
  verb('lend|loan|donate', '071', { preps: 'to', object: false, needsTarget: true }),
  verb('forgive|cancel|write_off|waive debt', '071', { preps: 'of to', object: false }),
  verb('fund|finance|bankroll|subsidize|subsidise', '071', { needsTarget: true }),
  verb('arm', '072', { needsTarget: true }),
  verb('bail out', '071', { needsTarget: true }),
  verb('rescue', '073', { needsTarget: true }),
  noun('aid|assistance|help', '070', { preps: 'to for', needsTarget: true, refine: aidRefine }),
  noun('loan|bailout|grant|credit', '071', { preps: 'to for', needsTarget: true }),
  noun('arm|weapon supply|delivery|shipment|sale', '072', { preps: 'to for', needsTarget: true }),
  noun('asylum', '075', { preps: 'to in', needsTarget: true }),
];
