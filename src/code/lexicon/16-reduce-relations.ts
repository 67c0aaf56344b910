import { noun, verb, type LexEntry } from './types.js';

const on = { preps: 'on against', object: false } as const;

/** 16 Reduce relations: breaking ties, cutting aid, sanctions and embargoes, halting talks, expulsions. */
export const reduceRelations: readonly LexEntry[] = [
  verb('cut|sever|break|break_off|suspend|freeze|downgrade relation|tie|contact', '161', { preps: 'with', object: false }),
  verb('recall|withdraw ambassador|envoy|diplomat', '161', { preps: 'from to', object: false }),
  verb('close embassy|consulate', '161', { preps: 'in', object: false }),
  verb('expel diplomat|ambassador|envoy|attaché|attache', '161', { preps: 'of from', object: false }),
  verb('expel inspector|observer|monitor', '1662', { object: false, preps: 'from' }),
  verb('expel peacekeeper', '1661', { object: false, preps: 'from' }),
  verb('expel aid|ngo|charity|humanitarian', '1663', { object: false, preps: 'from' }),
  verb('cut|suspend|freeze|halt|stop|end|withhold|reduce aid|assistance|funding|support|supply|delivery|shipment', '162', { preps: 'to for', object: false, refine: { 'military': '1622', 'economic': '1621', 'financial': '1621', 'humanitarian': '1623' } }),
  verb('impose|slap|levy|place|announce|introduce|extend|expand|tighten|adopt|approve|unveil|toughen sanction|embargo|tariff|boycott|penalty', '163', on),
  verb('hit|target sanction|tariff', '163', { preps: 'with', object: true }),
  verb('sanction|blacklist|embargo', '163', { needsTarget: true }),
  verb('boycott', '163', { needsTarget: true }),
  verb('freeze asset|account', '163', { preps: 'of', object: false }),
  verb('ban import|export|flight|product|good', '163', { preps: 'from to of', object: false }),
  verb('halt|suspend|break_off|freeze|end|stop talk|negotiation|dialogue', '164', { preps: 'with', object: false, symmetric: true }),
  verb('walk out', '164', { preps: 'of on', object: false }),
  verb('halt|suspend|end mediation', '165', { preps: 'between', object: false }),
  verb('suspend|freeze|halt|end|cut cooperation|relation|tie', '160', { preps: 'with', object: false, symmetric: true }),
  verb('suspend', '160', { preps: 'from', object: true, needsTarget: true }),
  noun('trade war', '163', { preps: 'with against on', needsTarget: true }),
  noun('sanction|embargo|tariff|boycott', '163', { preps: 'on against targeting', needsTarget: true }),
  noun('expulsion', '160', { preps: 'of from', needsTarget: true }),
  noun('suspension|cut|cutoff|freeze|halt aid|assistance|funding', '162', { preps: 'to for', needsTarget: true, refine: { 'military': '1622', 'economic': '1621', 'humanitarian': '1623' } }),
  verb('withdraw|pull|pull_out peacekeeper|peacekeeping', '1661', { object: false, preps: 'from' }),
];
