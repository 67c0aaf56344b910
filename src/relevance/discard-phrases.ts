/**
 * Phrases that mark a sentence as sport or show business, not news about the actors it names.
 * Most are facts taken from the Phoenix/PETRARCH-2 discards list (Phoenix.discards.txt, MIT,
 * Copyright (c) 2014 Open Event Data Alliance), keeping its sport and entertainment entries and
 * leaving out those that also occur in political news (years, diseases, disasters, "champion",
 * "national team"); the rest are ours.
 */

/** Matched whatever the case: phrases no political sentence uses in another sense. */
export const DISCARD_PHRASES: readonly string[] = [
  'World Cup', 'Champions League', 'Premier League', 'Europa League', 'Super Bowl', 'Grand Slam', 'Grand Prix', 'Formula One',
  'Olympic Games', 'Paralympic Games', 'box office', 'Golden Globe', 'Golden Globes', 'Academy Award', 'Academy Awards',
  'film festival', 'Davis Cup', 'Ryder Cup', 'Hopman Cup', 'Tour de France', 'Australian Open', 'French Open', 'Asian Games',
  'Asian Cup', 'African Nations Cup', 'Africa Cup of Nations', 'Commonwealth Games', 'SEA Games', 'Confederations Cup',
  'Champions Trophy', 'PGA Tour', 'Major League', 'World Golf Championships', 'defending champion', 'qualifying round',
  'qualifying match', 'round of 16', 'round of sixteen', 'quarter finals', 'quarter-finals', 'semi-final', 'semi-finals',
  'season finale', 'final whistle', 'goalless draw', 'spot kick', 'test series', 'test match', 'reality TV', 'reality television',
  'beauty pageant', 'scored a goal', 'scored two goals', 'under par', 'gold medal', 'silver medal', 'bronze medal', 'personal best',
  'first seed', 'second seed', 'top seed', 'goalkeeper', 'midfielder', 'batsman', 'batsmen', 'wicket',
  'snooker', 'badminton', 'sumo wrestling', 'yokozuna', 'triathlon', 'weightlifting', 'golfer', 'Wimbledon', 'Eurovision', 'Grammys',
  'Oscars', 'Oscar-winning', 'Oscar-nominated', 'box-office', 'Stanley Cup', 'World Series', 'NCAA tournament',
];

/** Matched in capitals only: the leagues and bodies of sport ("NBA", not "nba" in a URL). */
export const DISCARD_ACRONYMS: readonly string[] = ['FIFA', 'UEFA', 'NBA', 'NFL', 'NHL', 'MLB', 'NASCAR', 'ATP', 'WTA', 'PGA', 'MLS', 'IPL'];
