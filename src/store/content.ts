import type { ArticleGraph, ArticleRecord, StatementRecord } from '../graph/model.js';
import { createKnowledgeGraph, type KnowledgeGraph } from '../graph/serialize.js';
import type { ArticleContents } from './port.js';
import type { SnapshotRecord } from './snapshot-file.js';

/** Everything the embedded store holds besides its indexes. */
export interface StoreContent {
  graph: KnowledgeGraph;
  articles: Map<string, ArticleRecord>;
  statements: Map<string, StatementRecord>;
}

/** An empty content. */
export function emptyContent(): StoreContent {
  return { graph: createKnowledgeGraph(), articles: new Map(), statements: new Map() };
}

/** Adds one record read from a snapshot file to the content. */
export function addRecord(content: StoreContent, record: SnapshotRecord): void {
  switch (record.kind) {
    case 'article':
      content.articles.set(record.record.id, record.record);
      break;
    case 'statement':
      content.statements.set(record.record.id, record.record);
      break;
    case 'graph':
      content.graph.replaceAttributes(record.attributes);
      break;
    case 'node':
      content.graph.addNode(record.key, record.attributes);
      break;
    case 'edge':
      if (record.undirected)
        content.graph.addUndirectedEdgeWithKey(record.key, record.source, record.target, record.attributes);
      else content.graph.addDirectedEdgeWithKey(record.key, record.source, record.target, record.attributes);
      break;
  }
}

/**
 * One copy of each repeated id. Records read from a file hold a fresh copy of every string (the same
 * article id in each mention and piece of evidence, the same entity ids in each statement); sharing
 * the ids saves about a sixth of a loaded store's memory. Sentences and quotes are left as read:
 * pooling them would save another 110 MiB at 10,000 articles but cost about a second of loading
 * (each fresh string must be hashed in full to be found), which the load target cannot spare.
 */
export class StringPool {
  private readonly strings = new Map<string, string>();
  private lastArticle = '';

  /** The pooled copy of the string. */
  get(value: string): string {
    const known = this.strings.get(value);
    if (known !== undefined) return known;
    this.strings.set(value, value);
    return value;
  }

  /** The pooled copy of an article id (the same as the one before, most of the time). */
  private article(value: string): string {
    if (value !== this.lastArticle) this.lastArticle = this.get(value);
    return this.lastArticle;
  }

  /** Replaces the repeated strings of a freshly read record (which nothing else holds yet) by pooled copies. */
  share(record: SnapshotRecord): void {
    switch (record.kind) {
      case 'article':
        record.record.id = this.get(record.record.id);
        break;
      case 'statement': {
        const s = record.record;
        s.article = this.article(s.article);
        s.speaker = this.get(s.speaker);
        if (s.about !== undefined) s.about = this.get(s.about);
        break;
      }
      case 'node': {
        const a = record.attributes;
        record.key = this.get(record.key);
        let text = a.name;
        for (const m of a.mentions ?? []) {
          m.article = this.article(m.article);
          m.text = m.text === text ? text : (text = this.get(m.text));
          if (m.surface !== undefined) m.surface = this.get(m.surface);
        }
        if (a.place !== undefined) a.place = this.get(a.place);
        break;
      }
      case 'edge': {
        const a = record.attributes;
        for (const e of a.evidence ?? []) {
          e.article = this.article(e.article);
          if (e.date !== undefined) e.date = this.get(e.date);
        }
        if (a.date !== undefined) a.date = this.get(a.date);
        if (a.place !== undefined) a.place = this.get(a.place);
        if (a.event !== undefined) a.event = this.get(a.event);
        break;
      }
      case 'graph':
        break;
    }
  }
}

/** Where each article's records are: from the mentions, evidence and statements that name it. */
export function indexArticles(content: StoreContent): Map<string, ArticleContents> {
  const index = new Map<string, ArticleContents>();
  const of = (article: string): ArticleContents => {
    let entry = index.get(article);
    if (!entry) {
      entry = { entities: [], relations: [], statements: [] };
      index.set(article, entry);
    }
    return entry;
  };
  for (const id of content.articles.keys()) of(id);
  // Each node's (edge's) ids are pushed one after another, so a repeat is always the last one pushed.
  content.graph.forEachNode((id, attributes) => {
    for (const m of attributes.mentions) {
      const list = of(m.article).entities;
      if (list[list.length - 1] !== id) list.push(id);
    }
  });
  content.graph.forEachEdge((key, attributes) => {
    for (const e of attributes.evidence) {
      const list = of(e.article).relations;
      if (list[list.length - 1] !== key) list.push(key);
    }
  });
  for (const s of content.statements.values()) of(s.article).statements.push(s.id);
  return index;
}

/** A flat copy of a long string, holding none of a longer text it may have been cut from. */
function detached(value: string): string {
  return value.length < 13 ? value : ` ${value}`.slice(1);
}

/**
 * Makes a new article's records hold their own compact strings before the store keeps them: each
 * sentence and quote once (a sentence that states several relations and a quotation is kept once),
 * mention texts and surfaces equal to a name the node already has as that name, and every other
 * string as a copy of its own, so that the store keeps no article text alive that a string was cut
 * from. Only which copy a field holds changes, never its value; frozen records are left as they are.
 */
export function shareArticleStrings(graph: ArticleGraph, namesOf: (id: string) => readonly string[]): void {
  const article = graph.article.id;
  const texts = new Map<string, string>();
  const text = (value: string): string => {
    let known = texts.get(value);
    if (known === undefined) {
      known = detached(value);
      texts.set(value, known);
    }
    return known;
  };
  const each = (values: string[] | undefined): void => {
    if (values && !Object.isFrozen(values)) for (let i = 0; i < values.length; i += 1) values[i] = text(values[i]!);
  };
  const record = graph.article;
  if (!Object.isFrozen(record)) {
    for (const key of ['title', 'source', 'url', 'path'] as const) {
      const value = record[key];
      if (value !== undefined) record[key] = text(value);
    }
  }
  for (const entity of graph.entities) {
    if (!Object.isFrozen(entity)) entity.name = text(entity.name);
    each(entity.aliases);
    each(entity.roles);
    const names = [...namesOf(entity.id), entity.name, ...entity.aliases];
    for (const m of entity.mentions) {
      if (Object.isFrozen(m)) continue;
      if (m.article === article) m.article = article;
      m.text = names.find((name) => name === m.text) ?? text(m.text);
      const surface = m.surface;
      if (surface !== undefined) m.surface = names.find((name) => name === surface) ?? text(surface);
    }
  }
  for (const relation of graph.relations) {
    for (const e of relation.evidence) {
      if (Object.isFrozen(e)) continue;
      if (e.article === article) e.article = article;
      e.sentence = text(e.sentence);
      if (e.quote !== undefined) e.quote = text(e.quote);
    }
  }
  for (const s of graph.statements) {
    if (Object.isFrozen(s)) continue;
    if (s.article === article) s.article = article;
    s.sentence = text(s.sentence);
    s.quote = text(s.quote);
  }
}
