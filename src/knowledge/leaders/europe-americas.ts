import type { OfficeTerm } from '../types.js';

export const EUROPE_AMERICAS_TERMS: readonly OfficeTerm[] = [];
