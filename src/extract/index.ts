import type { ArticleGraph } from '../graph/model.js';
import { articleId } from '../graph/ids.js';
import { cleanArticle } from './clean.js';
import { extractFacts } from './facts.js';
import { KnownEntities } from './known.js';
import { captionSentences, withCaptionNames } from './captions.js';
import { typeByContext } from './context-types.js';
import { findMentions } from './mentions.js';
import { defaultNerModel } from './ner/index.js';
import { mergeModelMentions } from './ner/stage.js';
import { resolveMentions } from './resolve.js';
import { splitSentences } from './sentences.js';
import type { ArticleInput, ExtractOptions, ResolvedArticle } from './types.js';

export type { ArticleInput, ExtractOptions, ResolvedArticle } from './types.js';
export { KnownEntities, mergeKnown, type KnownEntity } from './known.js';

/** Runs the entity half of the pipeline (clean → sentences → mentions → context-types → ner → resolve) on one article. */
export function resolveArticle(input: ArticleInput, options: ExtractOptions = {}): ResolvedArticle {
  const article = articleId(input.text);
  const cleaned = cleanArticle(input, options);
  const body = splitSentences(cleaned);
  // Captions' sentences come after the body's, so that the body's sentence indices stay as they are.
  const sentences = options.captions === false ? body : [...body, ...captionSentences(cleaned, body.length)];
  const ruleMentions = typeByContext(sentences, findMentions(sentences, { publishedAt: cleaned.publishedAt }));
  const known = options.known instanceof KnownEntities ? options.known : new KnownEntities(options.known ?? []);
  const model = options.ner === undefined ? defaultNerModel() : options.ner;
  const mentions = model
    ? mergeModelMentions(cleaned.text, sentences, ruleMentions, model, { known, only: options.nerOnly })
    : ruleMentions;
  const dateline = cleaned.removed.find((r) => r.reason === 'dateline');
  const resolveOptions = {
    ...options,
    known,
    publishedAt: cleaned.publishedAt,
    dateline: dateline && cleaned.text.slice(dateline.start, dateline.end),
  };
  const resolved = resolveMentions(
    article,
    mentions.filter((m) => m.sentence < body.length),
    body,
    resolveOptions,
  );
  const captionNames = mentions.filter((m) => m.sentence >= body.length);
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

/** Extracts one article's graph: its entities, relations and statements with provenance. */
export function extractArticle(input: ArticleInput, options: ExtractOptions = {}): ArticleGraph {
  const resolved = resolveArticle(input, options);
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
