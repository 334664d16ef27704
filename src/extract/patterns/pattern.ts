/**
 * The shape of a relation pattern: a named component that declares what it reads and writes, as
 * spaCy registers its pipeline components, so the runner can order, time and switch off each alone.
 */
import type { EntityLabel, RelationType } from '../../graph/model.js';
import type { ArticleScope, FactList } from '../scope.js';
import type { SentenceView } from '../view.js';

/** What patterns leave for later patterns besides facts. */
interface Annotations {
  /** The person leading each country, by the titles around person mentions (not hedged). */
  readonly leaders: Map<string, string>;
}

type AnnotationName = keyof Annotations;

/** What a pattern sees: the article, the facts found so far, and earlier patterns' annotations. */
export interface PatternContext {
  readonly scope: ArticleScope;
  readonly out: FactList;
  readonly annotations: Annotations;
}

interface PatternBase<Name extends string> {
  readonly name: Name;
  /** The relation types of the facts it adds. */
  readonly relations: readonly RelationType[];
  /** Annotations it reads, which an earlier pattern must provide. */
  readonly requires: readonly AnnotationName[];
  /** Annotations it writes for later patterns. */
  readonly provides: readonly AnnotationName[];
}

/** A pattern over the whole article, run once before the sentence patterns (it annotates for them). */
export interface ArticlePattern<Name extends string = string> extends PatternBase<Name> {
  readonly per: 'article';
  run(context: PatternContext): void;
}

/**
 * What a sentence must hold for a sentence pattern to find anything in it: an item whose `norm` is one
 * of `words`, or a mention with one of `labels`. Most sentences hold no cue of most patterns, and the
 * runner then skips the pattern there without scanning the sentence: the cues must name every word and
 * label that any path of the pattern starts from (a test runs every pattern on every sentence and
 * compares).
 */
interface PatternCues {
  readonly words: Iterable<string>;
  readonly labels?: readonly EntityLabel[];
}

/**
 * A pattern over one sentence. The runner calls each sentence pattern on a sentence before going on
 * to the next sentence, so facts come out in sentence order.
 */
export interface SentencePattern<Name extends string = string> extends PatternBase<Name> {
  readonly per: 'sentence';
  readonly cues: PatternCues;
  run(context: PatternContext, view: SentenceView): void;
}

export type RelationPattern<Name extends string = string> = ArticlePattern<Name> | SentencePattern<Name>;
