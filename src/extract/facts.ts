/**
 * The second half of the extractor: from a resolved article to its statements, relations and dated,
 * placed events. Runs the stages quotes → relation patterns → events in order.
 */
import type { EntityLabel, EntityRecord, RelationRecord, StatementRecord } from '../graph/model.js';
import {
  VISIT_EVIDENCE_TYPES,
  assignTopics,
  datedEvents,
  eventFacts,
  placedMeetings,
  visitsFromEvents,
} from './events.js';
import { findFacts, type PatternOptions } from './patterns/registry.js';
import { extractStatements, findQuoteSpans } from './quotes.js';
import { articleScope, entityLabels, saidFacts, toRelations } from './scope.js';
import type { ResolvedArticle, ResolvedMention, Statement } from './types.js';
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

const RECOVERABLE: ReadonlySet<EntityLabel> = new Set<EntityLabel>(['Person', 'Organization', 'Country']);

/** Whether the text has an ASCII capital at `at` (a token's start in the article's text: no slice of it). */
function isCapitalised(text: string, at = 0): boolean {
  const c = text.charCodeAt(at);
  return c >= 65 && c <= 90;
}

/** Whether a span overlaps one of the mentions. */
function isCovered(mentions: readonly ResolvedMention[], start: number, end: number): boolean {
  for (const m of mentions) if (start < m.end && end > m.start) return true;
  return false;
}

/** The names an article's mentions spell, each with the one mention it stands for (null when it stands for several). */
interface Surfaces {
  readonly bySurface: Map<string, ResolvedMention | null>;
  /** Surfaces that first stood as a person's surname: what they recover is a mention of kind `surname`. */
  readonly surnames: Set<string>;
}

function recoverableSurfaces(mentions: readonly ResolvedMention[]): Surfaces {
  const bySurface = new Map<string, ResolvedMention | null>();
  const surnames = new Set<string>();
  const register = (text: string, m: ResolvedMention, surname: boolean): void => {
    const seen = bySurface.get(text);
    if (seen === undefined) {
      bySurface.set(text, m);
      if (surname) surnames.add(text);
    } else if (seen !== null && seen.entity !== m.entity) bySurface.set(text, null);
  };
  for (const m of mentions) {
    if (!RECOVERABLE.has(m.label) || m.kind === 'pronoun' || m.kind === 'description' || !isCapitalised(m.text))
      continue;
    register(m.text, m, false);
    // A person's surname stands for them in headlines and later sentences.
    const last = m.label === 'Person' ? m.text.slice(m.text.lastIndexOf(' ') + 1) : '';
    if (last.length > 2 && last !== m.text && isCapitalised(last)) register(last, m, true);
  }
  return { bySurface, surnames };
}

/**
 * The article with the names it spells elsewhere recovered where the mention stage missed them:
 * "Xinhua said" when "Xinhua" is a mention of the same article (one sense per discourse). Only
 * capitalised names that stand for one entity in the article are recovered.
 */
function withRecoveredMentions(article: ResolvedArticle): ResolvedArticle {
  const { bySurface, surnames } = recoverableSurfaces(article.mentions);
  if (bySurface.size === 0) return article;
  // The first two characters of every surface (a recovered name starts at a token, and most tokens
  // start no surface): a token whose text does not start like one is passed without slicing.
  const starts = new Set<number>();
  for (const surface of bySurface.keys())
    starts.add(surface.length < 2 ? -1 : surface.charCodeAt(0) * 0x10000 + surface.charCodeAt(1));
  const text = article.cleaned.text;
  const anyStart = starts.has(-1);
  const mayStart = (at: number): boolean =>
    anyStart || starts.has(text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1));
  const inSentence = new Map<number, ResolvedMention[]>();
  for (const m of article.mentions) {
    const list = inSentence.get(m.sentence);
    if (list) list.push(m);
    else inSentence.set(m.sentence, [m]);
  }
  const added: ResolvedMention[] = [];
  for (const sentence of article.sentences) {
    const tokens = sentence.tokens;
    const here = inSentence.get(sentence.index) ?? [];
    for (let i = 0; i < tokens.length; i++) {
      if (
        !isCapitalised(text, tokens[i].start) ||
        !mayStart(tokens[i].start) ||
        isCovered(here, tokens[i].start, tokens[i].end)
      )
        continue;
      for (let n = Math.min(3, tokens.length - i); n >= 1; n--) {
        const start = tokens[i].start;
        const end = tokens[i + n - 1].end;
        // A token's text is the article's text over its span.
        const surface = n === 1 ? tokens[i].text : text.slice(start, end);
        const m = bySurface.get(surface);
        if (!m || isCovered(here, start, end)) continue;
        const where = { start, end, text: surface, sentence: sentence.index };
        added.push(surnames.has(surface) ? { ...m, kind: 'surname', ...where } : { ...m, ...where });
        i += n - 1;
        break;
      }
    }
  }
  if (added.length === 0) return article;
  return { ...article, mentions: [...article.mentions, ...added].sort((a, b) => a.start - b.start || b.end - a.end) };
}

/** The article with its sentences numbered by position, which the stages use to index them. */
function withSentencesByPosition(article: ResolvedArticle): ResolvedArticle {
  if (article.sentences.every((s, i) => s.index === i)) return article;
  const position = new Map(article.sentences.map((s, i) => [s.index, i]));
  return {
    ...article,
    sentences: article.sentences.map((s, i) => ({ ...s, index: i })),
    mentions: article.mentions
      .filter((m) => position.has(m.sentence))
      .map((m) => ({ ...m, sentence: position.get(m.sentence) ?? m.sentence })),
  };
}

/**
 * Statements, relations with evidence, and events with date and place, of one resolved article.
 * `options` switch relation patterns off or time them (patterns/registry.ts).
 */
export function extractFacts(resolvedArticle: ResolvedArticle, options: PatternOptions = {}): ArticleFacts {
  const article = withRecoveredMentions(withSentencesByPosition(resolvedArticle));
  const quotes = findQuoteSpans(article.cleaned);
  const views = buildViews(article, quotes);
  // One table of labels for the three stages (the patterns add to it, after the statements are read).
  const labels = entityLabels(article);
  const statements = assignTopics(article, extractStatements(article, quotes, views, labels), labels);
  const scope = articleScope(article, views, statements, labels);
  const list = findFacts(scope, options);
  eventFacts(scope, list);
  saidFacts(scope, statements, list);
  visitsFromEvents(scope, toRelations(list.facts.filter((f) => VISIT_EVIDENCE_TYPES.has(f.type))), list);
  const relations = toRelations(list.facts);
  const entities = datedEvents(scope, [...article.entities, ...scope.added.values()], relations);
  // Every edge must end at a node of this article's graph.
  const ids = new Set(entities.map((e) => e.id));
  // A leader does not visit the country they lead.
  const leads = new Set(
    relations.filter((r) => r.type === 'LEADER_OF' && !r.negated).map((r) => `${r.source}>${r.target}`),
  );
  const kept = relations.filter(
    (r) => ids.has(r.source) && ids.has(r.target) && !(r.type === 'VISITED' && leads.has(`${r.source}>${r.target}`)),
  );
  return { entities, relations: placedMeetings(scope, kept, entities), statements: statements.map(toRecord) };
}
