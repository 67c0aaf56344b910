import type { Sentence } from '../types/index.js';
import { DISCARD_ACRONYMS, DISCARD_PHRASES } from './discard-phrases.js';

const alternation = (phrases: readonly string[]): string =>
  phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
/** Words that alone mark a sentence as sport or show business (see discard-phrases.ts). */
const STRONG = new RegExp(`\\b(?:${alternation(DISCARD_PHRASES)})\\b`, 'i');
const STRONG_CASED = new RegExp(`\\b(?:${alternation(DISCARD_ACRONYMS)})\\b`);
const SPORT_WORDS = new Set([
  'match', 'matches', 'game', 'games', 'goal', 'goals', 'league', 'cup', 'championship', 'tournament', 'striker', 'coach',
  'midfielder', 'goalkeeper', 'defender', 'team', 'teams', 'squad', 'season', 'playoff', 'playoffs', 'semi-final',
  'semifinal', 'quarter-final', 'quarterfinal', 'final', 'finals', 'scored', 'score', 'qualifier', 'fixture', 'stadium',
  'innings', 'wicket', 'touchdown', 'medal', 'olympics', 'club', 'derby', 'penalty', 'penalties', 'half-time', 'kick-off',
  'film', 'movie', 'album', 'concert', 'actor', 'actress', 'singer', 'band', 'premiere', 'episode', 'sitcom', 'box-office',
  'quarterback', 'inning', 'pitcher', 'rebounds', 'assists', 'overtime', 'shutout', 'goaltender', 'touchdowns', 'homer',
]);
const RESULT_VERBS = new Set(['beat', 'beats', 'defeated', 'defeat', 'defeats', 'thrashed', 'edged', 'drew', 'draw', 'won', 'lost', 'win']);
/** Political contexts where a score-like "52-48" is a vote count, not a match result. */
const VOTE_WORDS = new Set(['vote', 'votes', 'voted', 'ballot', 'senate', 'parliament', 'assembly', 'council', 'resolution', 'election', 'lawmakers']);

/** "held on to beat", "rallied to beat": a comeback that only games have. */
const GAME_RESULT = /\b(?:held on to|hung on to|rallied to|came back to|rallied past|held off) (?:beat|win|defeat|edge|down|top)\b|\b(?:rallied past|held off)\b/i;

/** Stock indices and markets: their "declined", "fell", "rebounded" are prices, not acts of a state. */
const MARKET_NAMES = /\b(?:Nikkei|Dow Jones|the Dow|S&P|Nasdaq|FTSE|DAX|CAC 40|Hang Seng|Kospi|Sensex|Nifty|Stoxx|TOPIX|ASX 200|Shanghai Composite|Straits Times Index|MSCI|Euro Stoxx|Bovespa|benchmark index|blue[- ]chip)\b/;
const MARKET_WORDS = new Set(['shares', 'stocks', 'index', 'indices', 'indexes', 'futures', 'yields', 'bonds', 'equities', 'stock', 'share', 'currency', 'benchmark', 'bourse']);
const MOVES = new Set(['rose', 'fell', 'declined', 'gained', 'slipped', 'climbed', 'dropped', 'edged', 'advanced', 'eased', 'jumped', 'tumbled', 'slid', 'rallied', 'surged', 'plunged', 'lost', 'added', 'closed', 'ended', 'rebounded', 'retreated', 'dipped', 'sank', 'soared']);
const CHANGE = /\d(?:[.,]\d+)?\s?(?:%|percent|per cent|points?|basis points|bps)\b/i;

/**
 * Shopping and service offers: "offers 50% off", "on-demand support", "a free trial", "$9.99 a
 * month". Their "offer", "provide" and "demand" are commerce, not a state's intent or demand.
 */
const COMMERCE = /\b\d+\s?%\s?off\b|\b(?:on-demand|free shipping|free trial|promo code|coupon code|discount code|add to cart|in stock|Black Friday|Cyber Monday|money-back|subscription plans?|pricing plans?|per month|a month|\/mo(?:nth)?)\b|[$€£]\s?\d+(?:[.,]\d\d)?\s?(?:\/|a |per )(?:month|year|user|seat)\b/i;

/** "1 sack, 1 QH, 1 INT", "12 pts, 8 reb": numbers with stat abbreviations, at least three of them. */
const STAT_LINE = /\b\d+(?:\.\d+)?\s+[A-Za-z]{1,4}\b(?:\s*[,;/|]\s*\d+(?:\.\d+)?\s+[A-Za-z]{1,4}\b){2,}/;

/**
 * Is the sentence about games, markets or numbers rather than about actors acting? Sport and
 * entertainment name countries and cities as teams ("Brazil beat Argentina 2-1", "Ottawa held on
 * to beat Detroit"); market reports make "Japan's Nikkei declined 0.3%" look like a rejection; stat
 * lines ("1 sack, 1 QH, 1 INT") look like anything; shop and service offers ("50% off", "on-demand")
 * look like cooperation. True for a match score next to a result verb or a sports word, a discard
 * phrase (World Cup, box office), two sports or show words, a comeback ("held on to beat"), a stock
 * index or a market word moving by a figure, a stat line, or a shopping offer; never when the
 * numbers are a vote count.
 */
export function isOffTopicSentence(sentence: Sentence): boolean {
  const words = sentence.tokens.map((t) => t.normal);
  if (words.some((w) => VOTE_WORDS.has(w))) return false;
  const text = sentence.text;
  if (STRONG.test(text) || STRONG_CASED.test(text) || GAME_RESULT.test(text) || STAT_LINE.test(text) || MARKET_NAMES.test(text)
    || COMMERCE.test(text)) return true;
  if (CHANGE.test(text) && words.some((w) => MARKET_WORDS.has(w)) && words.some((w) => MOVES.has(w))) return true;
  const score = /\b\d{1,3}\s?[-–]\s?\d{1,3}\b/.test(text) && !/\b(19|20)\d\d\s?[-–]\s?\d{2,4}\b/.test(text);
  let sport = 0;
  let result = false;
  for (const w of words) {
    if (SPORT_WORDS.has(w)) sport++;
    if (RESULT_VERBS.has(w)) result = true;
  }
  if (score && (result || sport > 0)) return true;
  return sport >= 2 && new Set(words.filter((w) => SPORT_WORDS.has(w))).size >= 2;
}
