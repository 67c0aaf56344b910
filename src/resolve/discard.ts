import type { Sentence } from '../types/index.js';

/** Words that alone mark a sentence as sport or show business. */
const STRONG = /\b(World Cup|Champions League|Premier League|Europa League|Super Bowl|Grand Slam|Grand Prix|Formula One|Olympic Games|Paralympics?|Wimbledon|FIFA|UEFA|NBA|NFL|NHL|MLB|box office|Grammys?|Oscars?|Golden Globes?|Eurovision|Billboard)\b/;
const SPORT_WORDS = new Set([
  'match', 'matches', 'game', 'games', 'goal', 'goals', 'league', 'cup', 'championship', 'tournament', 'striker', 'coach',
  'midfielder', 'goalkeeper', 'defender', 'team', 'teams', 'squad', 'season', 'playoff', 'playoffs', 'semi-final',
  'semifinal', 'quarter-final', 'quarterfinal', 'final', 'finals', 'scored', 'score', 'qualifier', 'fixture', 'stadium',
  'innings', 'wicket', 'touchdown', 'medal', 'olympics', 'club', 'derby', 'penalty', 'penalties', 'half-time', 'kick-off',
  'film', 'movie', 'album', 'concert', 'actor', 'actress', 'singer', 'band', 'premiere', 'episode', 'sitcom', 'box-office',
]);
const RESULT_VERBS = new Set(['beat', 'beats', 'defeated', 'defeat', 'defeats', 'thrashed', 'edged', 'drew', 'draw', 'won', 'lost', 'win']);
/** Political contexts where a score-like "52-48" is a vote count, not a match result. */
const VOTE_WORDS = new Set(['vote', 'votes', 'voted', 'ballot', 'senate', 'parliament', 'assembly', 'council', 'resolution', 'election', 'lawmakers']);

/**
 * Sport and entertainment sentences name countries and cities as teams ("Brazil beat Argentina
 * 2-1", "France knocked out England"): a coder must not read them as relations between states.
 * True for a match score next to a result verb or a sports word, for a strong marker (World Cup,
 * box office), or for two sports/show words; never when the numbers are a vote count.
 */
export function isDiscardSentence(sentence: Sentence): boolean {
  const words = sentence.tokens.map((t) => t.normal);
  if (words.some((w) => VOTE_WORDS.has(w))) return false;
  if (STRONG.test(sentence.text)) return true;
  const score = /\b\d{1,3}\s?[-–]\s?\d{1,3}\b/.test(sentence.text) && !/\b(19|20)\d\d\s?[-–]\s?\d{2,4}\b/.test(sentence.text);
  let sport = 0;
  let result = false;
  for (const w of words) {
    if (SPORT_WORDS.has(w)) sport++;
    if (RESULT_VERBS.has(w)) result = true;
  }
  if (score && (result || sport > 0)) return true;
  return sport >= 2 && new Set(words.filter((w) => SPORT_WORDS.has(w))).size >= 2;
}
