/**
 * The second half of the extractor: from a resolved article to its statements, relations and dated,
 * placed events. Runs the stages quotes → relations → events in order.
 */
import type { EntityRecord, RelationRecord, StatementRecord } from '../graph/model.js';
import { assignTopics, datedEvents, eventFacts, placedMeetings, visitsFromEvents } from './events.js';
import { extractStatements, findQuoteSpans, type Statement } from './quotes.js';
import { articleScope, findFacts, saidFacts, toRelations } from './relations.js';
import type { ResolvedArticle } from './types.js';
import { buildViews } from './view.js';

/** What the second half adds to a resolved article. */
export interface ArticleFacts {
  /** The article's entities, events with their date and place filled in. */
  entities: EntityRecord[];
  relations: RelationRecord[];
  statements: StatementRecord[];
}

function toRecord(s: Statement): StatementRecord {
  const { sentenceIndex: _i, sentenceStart: _s, sentenceEnd: _e, confidence: _c, ...record } = s;
  return record;
}

/** Statements, relations with evidence, and events with date and place, of one resolved article. */
export function extractFacts(article: ResolvedArticle): ArticleFacts {
  const quotes = findQuoteSpans(article.cleaned);
  const views = buildViews(article, quotes);
  const statements = assignTopics(article, extractStatements(article, quotes, views));
  const scope = articleScope(article, views, statements);
  const list = findFacts(scope);
  eventFacts(scope, list);
  saidFacts(scope, statements, list);
  visitsFromEvents(scope, toRelations(list.facts), list);
  const relations = toRelations(list.facts);
  const entities = datedEvents(scope, [...article.entities, ...scope.added.values()], relations);
  // Every edge must end at a node of this article's graph.
  const ids = new Set(entities.map((e) => e.id));
  // A leader does not visit the country they lead.
  const leads = new Set(relations.filter((r) => r.type === 'LEADER_OF' && !r.negated).map((r) => `${r.source}>${r.target}`));
  const kept = relations.filter((r) => ids.has(r.source) && ids.has(r.target) && !(r.type === 'VISITED' && leads.has(`${r.source}>${r.target}`)));
  return { entities, relations: placedMeetings(scope, kept, entities), statements: statements.map(toRecord) };
}
