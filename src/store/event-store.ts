import type { Article, CodedArticle, Event, MergedEvent, QuadClass } from '../types/index.js';
import type { Partner } from './actor-partners.js';

/** What narrows a query over the merged events; the CLI flags and the HTTP query map onto it. */
export interface EventFilter {
  /** Actor code or its prefix, either side: "RUS" matches RUSGOV and RUSMIL. */
  actor?: string;
  /** Both sides, either direction: ["RUS", "BLR"]. */
  dyad?: [string, string];
  /** CAMEO code prefix: "16" matches 160-166 and 1621. */
  code?: string;
  plover?: string;
  quad?: QuadClass;
  /** Inclusive ISO dates on the event's date. */
  since?: string;
  until?: string;
  /**
   * Full-text query over the sentences behind the events. A page filtered by it comes newest report
   * first and is read from the newest 5,000 sentences with the words (`countEvents` and exports read all).
   */
  q?: string;
  /** Background events (dated well before the article) are left out unless asked for. */
  background?: boolean;
  /** An article's events only. */
  article?: string;
  limit?: number;
  offset?: number;
}

/** Where counts for a page stop: exact totals past it would cost a scan of every match at millions of events. */
export const COUNT_CAP = 1000;

/** The total shown with a page: exact, or a lower bound ("1,000+") when counting stopped early. */
export interface PageTotal {
  count: number;
  exact: boolean;
}

export type Period = 'day' | 'week' | 'month' | 'year';

export interface DyadPoint {
  period: string;
  /** "a>b" counts events with the first actor as source, "b>a" the reverse; symmetric ones count in "a>b" when so reported. */
  direction: 'a>b' | 'b>a';
  events: number;
  mentions: number;
  goldsteinSum: number;
  goldsteinMean: number;
  quad: [number, number, number, number];
}

export interface ActorSummary {
  code: string;
  country: string | null;
  sector: string | null;
  /** The most frequent name behind the code ("Vladimir Putin", "Russia"). */
  name: string | null;
  asSource: number;
  asTarget: number;
}

export interface ArticleHit {
  id: string;
  title: string | null;
  url: string | null;
  published: string | null;
  snippet: string;
  events: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  events: number;
  goldsteinMean: number;
}

export interface CountryCount {
  country: string;
  events: number;
  goldsteinMean: number;
}

export interface StoredArticle {
  article: Article;
  /** The article's own reports (mention records), each with the id of the merged event it joined. */
  events: (Event & { merged: string })[];
}

export type AddResult = { status: 'added'; events: number } | { status: 'unchanged' };

/** What ingest needs: skip known documents, add coded articles. */
export interface EventWriter {
  /** True when a document with these raw bytes (sha256) was already ingested: lets ingest skip work. */
  hasSource(sha256: string): Promise<boolean>;
  /** Adds an article with its coded records in one transaction; the same body twice changes nothing. */
  addArticle(article: Article, coded: CodedArticle, input?: string | null): Promise<AddResult>;
  close(): Promise<void>;
}

/** What the CLI, the server and exports read. */
export interface EventReader {
  /** A page of events, newest first. */
  events(filter?: EventFilter): Promise<MergedEvent[]>;
  /** Every matching event, in storage order, streamed (exports). */
  eachEvent(filter?: EventFilter): AsyncIterable<MergedEvent>;
  /** Counts every matching event. */
  countEvents(filter?: EventFilter): Promise<number>;
  /**
   * Matching events per CAMEO root ("04": 12), in one grouped query; null where counting root by
   * root is the better way (a text filter; on SQLite a country, whose indexes answer each count), and
   * absent on a backend without it: callers then count root by root.
   */
  countByRoot?(filter?: EventFilter): Promise<Record<string, number> | null>;
  /** The total for a page: counted up to COUNT_CAP, and over the text window when filtered by text. */
  pageTotal(filter?: EventFilter): Promise<PageTotal>;
  dyad(a: string, b: string, by: Period, filter?: EventFilter): Promise<DyadPoint[]>;
  actors(limit?: number): Promise<ActorSummary[]>;
  network(filter?: EventFilter, limit?: number): Promise<NetworkEdge[]>;
  /** The first and last day that matching events start on (date_lo); null when none has a date. */
  dateExtent(filter?: EventFilter): Promise<[string, string] | null>;
  /** An actor's partners, most events first, each event counted once (src/store/actor-partners.ts). */
  partners(actor: string, filter?: EventFilter, limit?: number): Promise<Partner[]>;
  countries(filter?: EventFilter): Promise<CountryCount[]>;
  search(query: string, limit?: number, offset?: number): Promise<ArticleHit[]>;
  article(id: string): Promise<StoredArticle | null>;
  stats(): Promise<{ articles: number; events: number; mentions: number }>;
  close(): Promise<void>;
}

/**
 * The store behind ingest, queries, exports and the server: SQLite embedded (a file path), or
 * PostgreSQL (a postgres:// URL) for many writers and big stores. Every backend runs the same
 * shared test suite (test/store/event-store-suite.ts). Open one with `openStore`.
 */
export interface EventStore extends EventWriter, EventReader {}
