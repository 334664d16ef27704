import type { EntityLabel, EntityRecord, StatementRecord } from '../graph/model.js';
import type { KnownEntities, KnownEntity } from './known.js';
import type { NerModel } from './ner/index.js';

/** One article to extract, as read from a file or received by the API. */
export interface ArticleInput {
  /** The article's original text; every offset points into it. */
  text: string;
  /** File it was read from. */
  path?: string;
  title?: string;
  source?: string;
  url?: string;
  /** ISO date of publication when known from outside the text (`--date`, the API). */
  publishedAt?: string;
}

export interface ExtractOptions {
  /**
   * Entities already in the graph: mentions that match them resolve to their ids. For a corpus, pass
   * one KnownEntities and add each article's entities to it: it is indexed once, not per article.
   */
  known?: readonly KnownEntity[] | KnownEntities;
  /** Default publication date (ISO) when the text gives none. */
  date?: string;
  /** The trained name model (default: the committed one, models/ner.json); false runs the rules alone. */
  ner?: NerModel | false;
  /** Names from the model alone, the rules keeping only descriptions, pronouns and events (for the ablation table). */
  nerOnly?: boolean;
  /** false leaves photo captions out altogether; by default their names are mentions (captions.ts). */
  captions?: boolean;
}

/** A span of the article's original text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** Why a span of the original text was left out as page furniture. */
export interface RemovedSpan extends Span {
  reason: string;
}

/** Stage `clean`: the article with page furniture marked, offsets kept into the original text. */
export interface CleanedArticle {
  /** The original text, unchanged: every offset points into it. */
  text: string;
  /** Content paragraphs in reading order (spans of `text`); everything else is furniture or blank. */
  paragraphs: Span[];
  /** Spans left out, with the reason, for debugging and tests. */
  removed: RemovedSpan[];
  title?: string;
  /** ISO date read from the text (dateline, "Updated: 15 Sep 2022") or given by options. */
  publishedAt?: string;
}

export type TokenKind = 'word' | 'number' | 'punct' | 'quote' | 'dash';

export interface Token extends Span {
  text: string;
  kind: TokenKind;
  /** The text in lower case, computed once. */
  lower?: string;
}

/** Stage `sentences`: one sentence of the article body. */
export interface Sentence extends Span {
  /** Position in the article, from 0. */
  index: number;
  /** Index of the paragraph it belongs to. */
  paragraph: number;
  text: string;
  tokens: Token[];
  /** The sentence starts inside a quotation opened by an earlier sentence. */
  quoted?: boolean;
  /** A photo caption's sentence (captions.ts): its names are mentions, but no fact comes from it. */
  caption?: true;
}

/** How a mention names its entity. */
export type MentionKind = 'name' | 'acronym' | 'surname' | 'description' | 'pronoun' | 'metonym';

/** Stage `mentions`: a typed span that names (or refers to) an entity. */
export interface Mention extends Span {
  text: string;
  label: EntityLabel;
  kind: MentionKind;
  /** Index of the sentence it is in. */
  sentence: number;
  /** Role words around a person ("President", "an associate research professor at …"). */
  role?: string;
  /** Country name resolved from a demonym or possessive next to it ("Chinese President" → "China"). */
  country?: string;
  /** The name the mention was normalised to before resolution ("Mr Xi" → "Xi"). */
  normalized?: string;
  /** Events: what the sentence says about the happening (kind, who, where, when), as written. */
  frame?: EventFrame;
}

/** What an event mention's sentence says about the happening, as surface forms (resolved later). */
export interface EventFrame {
  /** Kind of happening: meeting, summit, visit, war, exercise, congress, election, games, named… */
  kind: string;
  /** Names of the people or countries taking part, as written ("Xi", "Putin"). */
  participants: string[];
  /** Where, as written ("Samarkand", "the Pacific"). */
  place?: string;
  /** When: ISO date at the precision the text gives, resolved against the article date. */
  date?: string;
  /** Who acts (the invader, the visitor), as written. */
  agent?: string;
  /** What it is directed at (the invaded country, the visited country), as written. */
  target?: string;
  /** The organisation that holds it ("SCO" for "SCO summit"), as written. */
  organization?: string;
  /** A definite mention ("the meeting", "Thursday's talks") that refers back to a happening named elsewhere. */
  anaphoric?: boolean;
  /** Calendar month the text names ("in February") when the article date is unknown and no date can be resolved. */
  month?: number;
}

/** Stage `resolve`: a mention tied to the id of the entity it refers to. */
export interface ResolvedMention extends Mention {
  entity: string;
}

/** What the first half of the pipeline hands to the second: sentences, resolved mentions, entities. */
export interface ResolvedArticle {
  /** Article id. */
  article: string;
  cleaned: CleanedArticle;
  sentences: Sentence[];
  mentions: ResolvedMention[];
  /** The article's entities, each with this article's mentions. */
  entities: EntityRecord[];
  /** The article's events with their resolved participants, place and date. */
  events?: ResolvedEvent[];
}

/** An Event entity of the article with what the article says about it, as entity ids. */
export interface ResolvedEvent {
  /** Entity id of the Event. */
  entity: string;
  kind: string;
  /** Entity ids of the people, countries and organisations taking part. */
  participants: string[];
  /** Entity id of the Place or Country where it took place. */
  place?: string;
  /** ISO date at the precision the text gives. */
  date?: string;
  /** Entity id of the organisation that holds it. */
  organization?: string;
}

/** A statement with the sentence index and confidence the relation stage needs for its evidence. */
export interface Statement extends StatementRecord {
  /** Index of the sentence that carries the attribution. */
  sentenceIndex: number;
  /** Offsets of that sentence. */
  sentenceStart: number;
  sentenceEnd: number;
  confidence: number;
}
