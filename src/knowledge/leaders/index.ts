import type { OfficeTerm } from '../types.js';
import { ASIA_AFRICA_OCEANIA_TERMS } from './asia-africa-oceania.js';
import { EUROPE_AMERICAS_TERMS } from './europe-americas.js';

/** Every dated office term we know, all regions. */
export const OFFICE_TERMS: readonly OfficeTerm[] = [...EUROPE_AMERICAS_TERMS, ...ASIA_AFRICA_OCEANIA_TERMS];
