import { noun, verb, type LexEntry } from './types.js';

const accuseRefine = {
  'corruption': '1121', 'fraud': '1121', 'bribery': '1121', 'crime': '1121', 'embezzlement': '1121', 'money laundering': '1121', 'smuggling': '1121', 'terrorism': '1121',
  'human right': '1122', 'torture': '1122', 'abuse': '1122', 'repression': '1122',
  'aggression': '1123', 'provocation': '1123', 'invasion': '1123', 'attack': '1123',
  'war crime': '1124', 'genocide': '1124', 'crime against humanity': '1124', 'atrocity': '1124',
  'espionage': '1125', 'spying': '1125', 'spy': '1125', 'treason': '1125',
};

/** 11 Disapprove: criticism, accusations, official complaints, lawsuits, verdicts. */
export const disapprove: readonly LexEntry[] = [
  verb('criticize|criticise|condemn|denounce|slam|blast|rebuke|censure|decry|deplore|lambast|lambaste|chastise|castigate|scold|reprimand|berate|assail|excoriate|admonish|chide|deride|disparage|reproach|ridicule|belittle|denigrate|malign|vilify|pillory|fault|upbraid|reprove', '111', { needsTarget: true, preps: 'for over' }),
  verb('lash|hit out', '111', { object: false, preps: 'at', needsTarget: true }),
  verb('take aim', '111', { object: false, preps: 'at', needsTarget: true }),
  verb('disapprove', '110', { object: false, preps: 'of', needsTarget: true }),
  verb('dispute|contradict', '110', { needsTarget: true }),
  verb('disagree', '110', { object: false, preps: 'with', needsTarget: true }),
  verb('object', '110', { object: false, preps: 'to', needsTarget: true }),
  verb('express|voice disappointment|displeasure|dismay|outrage|anger|frustration|indignation', '110', { object: false, preps: 'with at over', needsTarget: true }),
  verb('accuse', '112', { frame: 'accuse', needsTarget: true, refine: accuseRefine }),
  verb('blame', '112', { frame: 'accuse', needsTarget: true, preps: 'on', refine: accuseRefine }),
  verb('allege', '112', { object: false }),
  verb('implicate', '112', { needsTarget: true, preps: 'in' }),
  verb('charge|indict|prosecute', '1121', { needsTarget: true, refine: accuseRefine }),
  verb('point finger', '112', { object: false, preps: 'at', needsTarget: true }),
  verb('complain', '114', { object: false, preps: 'to about', needsTarget: true }),
  verb('lodge|file|make|send|register|deliver|submit complaint|protest', '114', { object: false, preps: 'with to against', needsTarget: true }),
  verb('summon ambassador|envoy|diplomat|charge', '114', { object: true, preps: 'of' }),
  verb('sue', '115', { needsTarget: true }),
  verb('file|bring|launch lawsuit|suit|case|complaint|action', '115', { object: false, preps: 'against', needsTarget: true }),
  verb('take court', '115', { object: true }),
  verb('take legal action', '115', { object: false, preps: 'against', needsTarget: true }),
  verb('find guilty', '116', { needsTarget: true }),
  verb('convict|find_guilty', '116', { needsTarget: true }),
  verb('rally opposition', '113', { object: false, preps: 'against' }),
  noun('criticism|condemnation|denunciation|rebuke', '111', { preps: 'of against from', needsTarget: true }),
  noun('accusation|allegation|charge', '112', { preps: 'against from by', needsTarget: true, refine: accuseRefine }),
  noun('lawsuit|suit', '115', { preps: 'against', needsTarget: true }),
  noun('complaint', '114', { preps: 'against to with', needsTarget: true }),
];
