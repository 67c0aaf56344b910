/**
 * The English word lists the coder's constructions read, in one place, so that a linguist extends
 * one profile rather than lists scattered over files. Lemmas, lower-cased.
 */

/** Verbs that pass an infinitive through to the one they govern ("agreed to continue supplying"). */
export const TRANSPARENT_VERBS = new Set(['continue', 'start', 'begin', 'keep', 'help', 'try', 'seek', 'work', 'be', 'get', 'have', 'resume', 'stop']);
/** Gerunds that pass through to the event they govern ("accused Russia of preparing an invasion"). */
export const TRANSPARENT_GERUNDS = new Set(['prepare', 'plan', 'try', 'attempt', 'seek', 'continue', 'start', 'begin', 'keep', 'help']);
/** Personal pronouns that may stand for a speaker named before ("Russia said it would"). */
export const PERSONAL_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);
/** Verbs whose object is a topic, not an event that happened ("to discuss support for Ukraine"). */
export const TOPIC_VERBS = new Set(['discuss', 'debate', 'consider', 'review', 'study', 'examine', 'weigh', 'mull', 'regard', 'concern']);
/** Verbs whose subject undergoes the event named by their object ("Iran faces criticism from the UN"). */
export const RECEIVING_VERBS = new Set(['face', 'receive', 'get', 'suffer', 'draw', 'earn', 'win', 'welcome', 'accept']);
/** Verbs of saying and reporting: their complement is reported speech, their subject the speaker. */
export const SPEECH_VERBS = new Set([
  'say', 'tell', 'state', 'announce', 'confirm', 'claim', 'add', 'note', 'stress', 'report', 'write',
  'explain', 'argue', 'insist', 'reiterate', 'assert', 'allege', 'believe', 'think', 'declare', 'tweet',
  'emphasize', 'emphasise', 'indicate', 'signal', 'predict', 'acknowledge', 'admit', 'recall', 'suggest',
]);
/** Verbs of saying that hedge what they report. */
export const HEDGING_SPEECH_VERBS = new Set(['claim', 'allege']);
/** Verbs whose object does what the infinitive after it says ("sent bombers to patrol"). */
export const DISPATCH_VERBS = new Set(['send', 'deploy', 'dispatch', 'station', 'move', 'mobilize', 'mobilise', 'scramble', 'rush', 'position']);
/**
 * Verbs whose own subject, not their object, does what their infinitive says ("promised Kyiv to
 * send arms"): with other verbs an object controls the infinitive ("urged Russia to withdraw").
 */
export const SUBJECT_CONTROL_VERBS = new Set(['promise', 'vow', 'pledge', 'threaten', 'offer', 'agree', 'refuse', 'decide', 'plan', 'intend', 'want', 'seek', 'try', 'hope', 'attempt', 'prepare', 'continue', 'start', 'begin']);
/** Modals of obligation ("must withdraw", "should stop"). */
export const OBLIGATION_MODALS = new Set(['must', 'should']);
/** Verbs that make an infinitive an obligation ("has to leave", "needs to stop"). */
export const OBLIGATION_VERBS = new Set(['have', 'need']);
/** Participles after an actor that make it the agent of the noun ("a Saudi-led strike"). */
export const AGENT_PARTICIPLES = new Set(['led', 'backed', 'claimed', 'launched', 'sponsored', 'organised', 'organized', 'lead', 'back', 'claim', 'launch', 'sponsor', 'organise', 'organize']);
/** Nouns naming part of a group or a body's members: their "of"/"from" names who acts ("dozens of protesters", "officials from Iran"). */
export const PART_NOUNS = new Set([
  'dozen', 'hundred', 'thousand', 'million', 'score', 'number', 'group', 'some', 'many', 'several', 'all', 'most', 'few', 'one',
  'two', 'three', 'member', 'official', 'leader', 'representative', 'delegation', 'envoy', 'minister', 'head', 'chief', 'spokesman',
  'spokeswoman', 'spokesperson', 'troop', 'force', 'soldier', 'unit', 'fighter', 'militant', 'supporter', 'part', 'rest', 'each', 'none',
]);
/**
 * Verbs that also sell: a firm "offers a range of insurance products" or "provides software to
 * customers", which is trade, not intent or aid. A bare verb of these (not "provide aid", which
 * the lexicon names) is no event when its object is goods (see GOODS_NOUNS).
 */
export const SELLING_VERBS = new Set(['offer', 'provide', 'supply', 'deliver']);
/** What is sold: the head of a selling verb's object that makes it trade. */
export const GOODS_NOUNS = new Set([
  'product', 'service', 'option', 'feature', 'discount', 'price', 'course', 'class', 'lesson', 'workshop', 'tutorial', 'coverage',
  'insurance', 'software', 'hardware', 'tool', 'app', 'application', 'subscription', 'membership', 'warranty', 'template',
  'integration', 'shipping', 'device', 'platform', 'menu', 'dish', 'amenity', 'experience', 'content', 'game', 'version',
  'upgrade', 'storage', 'hosting', 'mortgage', 'account', 'card', 'perk', 'reward', 'bonus', 'trial', 'degree',
]);
/** Nouns that only measure the goods after "of": "a broad range of products" is products. */
export const ASSORTMENT_NOUNS = new Set(['range', 'variety', 'array', 'selection', 'set', 'suite', 'line', 'host', 'number', 'lot', 'choice', 'mix', 'assortment', 'collection', 'catalogue', 'catalog']);
