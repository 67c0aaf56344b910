import type { OfficeTerm } from '../types.js';

export const ASIA_AFRICA_OCEANIA_TERMS: readonly OfficeTerm[] = [];
