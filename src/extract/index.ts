import type { ArticleGraph } from '../graph/model.js';
import { articleId } from '../graph/ids.js';
import { cleanArticle } from './clean.js';
import { extractFacts } from './facts.js';
import { KnownEntities } from './known.js';
import { captionSentences, withCaptionNames } from './captions.js';
import { typeByContext, unifySenses } from './context-types.js';
import { findMentions } from './mentions.js';
import { defaultNerModel } from './ner/index.js';
import { mergeModelMentions, readWithModel, type ModelReading } from './ner/stage.js';
import { resolveMentions } from './resolve.js';
import { splitSentences } from './sentences.js';
import type { ArticleInput, CleanedArticle, ExtractOptions, Mention, ResolvedArticle, Sentence } from './types.js';

export type { ArticleInput, ExtractOptions, ResolvedArticle } from './types.js';
export { KnownEntities, mergeKnown, type KnownEntity } from './known.js';

/**
 * The half of an article's extraction that does not depend on the entities already known (clean →
 * sentences → mentions → context-types → the model's reading): a pure function of the article and the
 * options, which `kg ingest --workers` runs in worker threads (src/cli/workers.ts). finishArticle
 * completes it against the known entities; extractArticle is the two in a row.
 */
export interface ReadArticle {
  input: ArticleInput;
  /** Article id. */
  article: string;
  cleaned: CleanedArticle;
  /** The body's sentences, then the captions' (captions.ts): a caption's sentence has index ≥ bodyCount. */
  sentences: Sentence[];
  bodyCount: number;
  /** The rules' mentions, typed by their context. */
  mentions: Mention[];
  /** The trained model's reading of the text and mentions; undefined with the rules alone or no sentence. */
  model?: ModelReading;
}

/** The options readArticle uses: those of the known-independent half. */
export type ReadOptions = Omit<ExtractOptions, 'known'>;

/** Runs the known-independent half of the pipeline on one article (see ReadArticle). */
export function readArticle(input: ArticleInput, options: ReadOptions = {}): ReadArticle {
  const article = articleId(input.text);
  const cleaned = cleanArticle(input, options);
  const body = splitSentences(cleaned);
  // Captions' sentences come after the body's, so that the body's sentence indices stay as they are.
  const sentences = options.captions === false ? body : [...body, ...captionSentences(cleaned, body.length)];
  const mentions = typeByContext(sentences, findMentions(sentences, { publishedAt: cleaned.publishedAt }));
  const model = options.ner === undefined ? defaultNerModel() : options.ner;
  const read: ReadArticle = { input, article, cleaned, sentences, bodyCount: body.length, mentions };
  const reading = model
    ? readWithModel(cleaned.text, sentences, mentions, model, { only: options.nerOnly })
    : undefined;
  if (reading) read.model = reading;
  return read;
}

/** Resolves a read article's mentions to entities, the known ones included (the entity half's second part). */
function resolveRead(read: ReadArticle, options: ExtractOptions): ResolvedArticle {
  const { article, cleaned, sentences, bodyCount } = read;
  const body = bodyCount === sentences.length ? sentences : sentences.slice(0, bodyCount);
  const known = options.known instanceof KnownEntities ? options.known : new KnownEntities(options.known ?? []);
  const mentions = unifySenses(
    read.model
      ? mergeModelMentions(cleaned.text, sentences, read.mentions, read.model, { known, only: options.nerOnly })
      : read.mentions,
  );
  const dateline = cleaned.removed.find((r) => r.reason === 'dateline');
  const resolveOptions = {
    ...options,
    known,
    publishedAt: cleaned.publishedAt,
    dateline: dateline && cleaned.text.slice(dateline.start, dateline.end),
  };
  const resolved = resolveMentions(
    article,
    mentions.filter((m) => m.sentence < bodyCount),
    body,
    resolveOptions,
  );
  const captionNames = mentions.filter((m) => m.sentence >= bodyCount);
  // The facts stage sees the body only: the captions gave their entities mentions, and nothing else.
  return {
    article,
    cleaned,
    sentences: body,
    mentions: resolved.mentions,
    entities: withCaptionNames(article, resolved.entities, captionNames, sentences, resolveOptions),
    events: resolved.events,
  };
}

/** Runs the entity half of the pipeline (clean → sentences → mentions → context-types → ner → senses → resolve) on one article. */
export function resolveArticle(input: ArticleInput, options: ExtractOptions = {}): ResolvedArticle {
  return resolveRead(readArticle(input, options), options);
}

/**
 * Completes a read article (readArticle, with the same options but `known`) into its graph: resolution
 * against the known entities, then quotes → relations → events.
 */
export function finishArticle(read: ReadArticle, options: ExtractOptions = {}): ArticleGraph {
  const { input } = read;
  const resolved = resolveRead(read, options);
  const graph: ArticleGraph = {
    article: {
      id: resolved.article,
      title: input.title ?? resolved.cleaned.title,
      source: input.source,
      url: input.url,
      publishedAt: resolved.cleaned.publishedAt,
      path: input.path,
      length: input.text.length,
    },
    entities: resolved.entities,
    relations: [],
    statements: [],
  };
  // Second half: quotes → relations → events (src/extract/facts.ts).
  const facts = extractFacts(resolved);
  graph.entities = facts.entities;
  graph.relations = facts.relations;
  graph.statements = facts.statements;
  return graph;
}

/** Extracts one article's graph: its entities, relations and statements with provenance. */
export function extractArticle(input: ArticleInput, options: ExtractOptions = {}): ArticleGraph {
  return finishArticle(readArticle(input, options), options);
}

/** Extracts a corpus, resolving the same real-world thing to one id across its articles. */
export function extractCorpus(inputs: readonly ArticleInput[], options: ExtractOptions = {}): ArticleGraph[] {
  const graphs: ArticleGraph[] = [];
  const known = new KnownEntities(options.known ?? []);
  for (const input of inputs) {
    const graph = extractArticle(input, { ...options, known });
    graphs.push(graph);
    for (const e of graph.entities) known.add(e);
  }
  return graphs;
}
