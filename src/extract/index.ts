import type { ArticleGraph, EntityRecord } from '../graph/model.js';
import { articleId } from '../graph/ids.js';
import { unionStrings } from '../graph/merge.js';
import { cleanArticle } from './clean.js';
import { extractFacts } from './facts.js';
import { findMentions } from './mentions.js';
import { resolveMentions } from './resolve.js';
import { splitSentences } from './sentences.js';
import type { ArticleInput, ExtractOptions, KnownEntity, ResolvedArticle } from './types.js';

export type { ArticleInput, ExtractOptions, KnownEntity, ResolvedArticle } from './types.js';

/** Runs the entity half of the pipeline (clean → sentences → mentions → resolve) on one article. */
export function resolveArticle(input: ArticleInput, options: ExtractOptions = {}): ResolvedArticle {
  const article = articleId(input.text);
  const cleaned = cleanArticle(input, options);
  const sentences = splitSentences(cleaned);
  const mentions = findMentions(sentences, { publishedAt: cleaned.publishedAt });
  const resolved = resolveMentions(article, mentions, sentences, { ...options, publishedAt: cleaned.publishedAt });
  return { article, cleaned, sentences, mentions: resolved.mentions, entities: resolved.entities, events: resolved.events };
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

/** A known entity with what a later sighting adds: aliases and roles united, date and place kept when set. */
export function mergeKnown(prev: KnownEntity | undefined, e: EntityRecord | KnownEntity): KnownEntity {
  const k: KnownEntity = { id: e.id, label: e.label, name: prev?.name ?? e.name, aliases: unionStrings(prev?.aliases ?? [], e.name === prev?.name ? e.aliases : [e.name, ...e.aliases], prev?.name ?? e.name) };
  const roles = unionStrings(prev?.roles ?? [], e.roles ?? []);
  if (roles.length > 0) k.roles = roles;
  const date = prev?.date ?? e.date;
  if (date) k.date = date;
  const place = prev?.place ?? e.place;
  if (place) k.place = place;
  return k;
}

/** Extracts a corpus, resolving the same real-world thing to one id across its articles. */
export function extractCorpus(inputs: readonly ArticleInput[], options: ExtractOptions = {}): ArticleGraph[] {
  const graphs: ArticleGraph[] = [];
  const known = new Map<string, KnownEntity>();
  for (const k of options.known ?? []) known.set(k.id, mergeKnown(known.get(k.id), k));
  for (const input of inputs) {
    const graph = extractArticle(input, { ...options, known: [...known.values()] });
    graphs.push(graph);
    for (const e of graph.entities) known.set(e.id, mergeKnown(known.get(e.id), e));
  }
  return graphs;
}
