/**
 * What the relation patterns share: the article's scope (its sentence views, entity labels, countries,
 * speakers), the list of facts they add to, which keeps only facts whose ends the ontology allows, and
 * the merge of facts into edges.
 */
import type { EntityLabel, EntityRecord, EvidenceRecord, RelationRecord, RelationType } from '../graph/model.js';
import { ENTITY_LABELS, UNDIRECTED_RELATION_TYPES, allowsEnds } from '../graph/model.js';
import { entityId, relationId } from '../graph/ids.js';
import { withEvidence } from '../graph/merge.js';
import { foldText } from '../graph/text.js';
import { COUNTRY_BY_CAPITAL, COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME } from './gazetteer.js';
import type { ResolvedArticle, ResolvedMention, Statement } from './types.js';
import type { Item, SentenceView } from './view.js';

/** Country names by lower-cased name, demonym and "-stan" adjective: the gazetteer the entity stages use. */
const COUNTRY_WORDS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const table of [COUNTRY_BY_NAME, COUNTRY_BY_DEMONYM])
    for (const [word, info] of table) if (!map.has(word.toLowerCase())) map.set(word.toLowerCase(), info.name);
  return map;
})();

/** Country names by lower-cased capital city: "taipei" → "Taiwan". */
const CAPITALS: ReadonlyMap<string, string> = new Map(
  [...COUNTRY_BY_CAPITAL].map(([city, info]) => [city.toLowerCase(), info.name]),
);

/** The Country entity of the article whose capital a place is ("Taipei" → Taiwan). */
export function countryOfCapital(scope: ArticleScope, place: string): string | undefined {
  const common = CAPITALS.get(place.toLowerCase());
  return common ? scope.countries.get(foldText(common)) : undefined;
}

/** One relation found in one sentence, before edges are merged. */
export interface Fact {
  type: RelationType;
  source: string;
  target: string;
  evidence: EvidenceRecord;
}

/** What every pattern can see of the article. */
export interface ArticleScope {
  article: ResolvedArticle;
  views: SentenceView[];
  labelOf: Map<string, EntityLabel>;
  /** Country entity id by folded name or alias. */
  countries: Map<string, string>;
  /** Speakers of statements by sentence index, to resolve "he told Y". */
  speakers: Map<number, string>;
  /** ISO date of the article. */
  date?: string;
  /** Countries named only through a demonym of a role ("Indian Prime Minister X"), added as nodes. */
  added: Map<string, EntityRecord>;
}

/** The facts found so far, in order, with a method to add one. */
export class FactList {
  readonly facts: Fact[] = [];
  constructor(private readonly scope: ArticleScope) {}

  /** Adds a fact when both ends exist with allowed labels and differ. */
  add(
    type: RelationType,
    source: string | undefined,
    target: string | undefined,
    view: SentenceView,
    confidence: number,
    flags: { negated?: boolean; hedged?: boolean } = {},
    quote?: string,
  ): void {
    if (!source || !target || source === target) return;
    const s = this.scope.labelOf.get(source);
    const t = this.scope.labelOf.get(target);
    if (!s || !t || !allowsEnds(type, s, t)) return;
    const evidence: EvidenceRecord = {
      article: this.scope.article.article,
      sentence: view.sentence.text,
      start: view.sentence.start,
      end: view.sentence.end,
      confidence,
    };
    if (quote !== undefined) evidence.quote = quote;
    if (this.scope.date) evidence.date = this.scope.date;
    if (flags.negated) evidence.negated = true;
    else if (flags.hedged) evidence.hedged = true;
    this.facts.push({ type, source, target, evidence });
  }
}

/** Label of every entity the article names: its record's, else the one its stable id carries, else its mention's. */
export function entityLabels(article: ResolvedArticle): Map<string, EntityLabel> {
  const labelOf = new Map<string, EntityLabel>();
  for (const e of article.entities) labelOf.set(e.id, e.label);
  for (const m of article.mentions) {
    if (labelOf.has(m.entity)) continue;
    const prefix = m.entity.slice(0, m.entity.indexOf(':'));
    labelOf.set(m.entity, ENTITY_LABELS.find((l) => l.toLowerCase() === prefix) ?? m.label);
  }
  return labelOf;
}

/** The scope of an article for the relation patterns. */
export function articleScope(
  article: ResolvedArticle,
  views: SentenceView[],
  statements: readonly Statement[],
  labelOf: Map<string, EntityLabel> = entityLabels(article),
): ArticleScope {
  const countries = new Map<string, string>();
  for (const e of article.entities) {
    if (e.label !== 'Country') continue;
    for (const n of [e.name, ...e.aliases]) countries.set(foldText(n), e.id);
  }
  const speakers = new Map<number, string>();
  for (const s of statements)
    if (labelOf.get(s.speaker) === 'Person' && !speakers.has(s.sentenceIndex)) speakers.set(s.sentenceIndex, s.speaker);
  return { article, views, labelOf, countries, speakers, date: article.cleaned.publishedAt, added: new Map() };
}

/** The Country entity a role's country names, added to the article when only a demonym named it. */
export function roleCountry(scope: ArticleScope, name: string, m: ResolvedMention): string | undefined {
  const known = scope.countries.get(foldText(name));
  if (known) return known;
  const common = COUNTRY_WORDS.get(name.toLowerCase());
  if (!common) return undefined;
  const id = entityId('Country', common);
  if (!scope.added.has(id)) {
    scope.added.set(id, {
      id,
      label: 'Country',
      name: common,
      aliases: [],
      mentions: [{ article: scope.article.article, start: m.start, end: m.end, text: m.text }],
      count: 1,
    });
  }
  scope.countries.set(foldText(common), id);
  scope.labelOf.set(id, 'Country');
  return id;
}

/** The Country entity of the article that a demonym or country word names ("Uzbek" → Uzbekistan). */
export function countryOfWord(scope: ArticleScope, word: string): string | undefined {
  const common = COUNTRY_WORDS.get(word.toLowerCase());
  return common ? scope.countries.get(foldText(common)) : undefined;
}

/** The Country a demonym item names, added to the article when only the demonym named it. */
export function roleCountryOfWord(scope: ArticleScope, it: Item): string | undefined {
  if (!COUNTRY_WORDS.has(it.norm)) return undefined;
  return roleCountry(scope, it.norm, {
    start: it.start,
    end: it.end,
    text: scope.article.cleaned.text.slice(it.start, it.end),
    label: 'Country',
    kind: 'name',
    sentence: 0,
    entity: '',
  });
}

/** Whether a list already holds evidence from the same sentence span, quote and negation. */
function hasSameEvidence(list: readonly EvidenceRecord[], ev: EvidenceRecord): boolean {
  for (const e of list)
    if (e.start === ev.start && e.end === ev.end && e.quote === ev.quote && !!e.negated === !!ev.negated) return true;
  return false;
}

/** An edge while its evidence is gathered. */
interface EdgeDraft {
  base: RelationRecord;
  evidence: EvidenceRecord[];
}

/** Merges facts into edges: one edge per (type, source, target), with all its evidence. */
export function toRelations(facts: readonly Fact[]): RelationRecord[] {
  // Evidence is gathered per edge first; confidence and flags are derived once from all of it. Edges
  // are found by type, then source, then target (strings whose hashes are kept), so that an edge's id
  // is built once, not once a fact.
  const edges: EdgeDraft[] = [];
  const index = new Map<RelationType, Map<string, Map<string, EdgeDraft>>>();
  for (const f of facts) {
    const undirected = UNDIRECTED_RELATION_TYPES.has(f.type);
    const swap = undirected && f.target < f.source;
    const source = swap ? f.target : f.source;
    const target = swap ? f.source : f.target;
    let bySource = index.get(f.type);
    if (!bySource) index.set(f.type, (bySource = new Map()));
    let byTarget = bySource.get(source);
    if (!byTarget) bySource.set(source, (byTarget = new Map()));
    let edge = byTarget.get(target);
    if (!edge) {
      const id = relationId(f.type, source, target);
      edge = { base: { id, type: f.type, source, target, undirected, evidence: [], confidence: 0 }, evidence: [] };
      byTarget.set(target, edge);
      edges.push(edge);
    }
    if (!hasSameEvidence(edge.evidence, f.evidence)) edge.evidence.push(f.evidence);
  }
  return edges.map(({ base, evidence }) => withEvidence(base, evidence));
}

/** SAID edges from statements: speaker → what the statement is about. */
export function saidFacts(scope: ArticleScope, statements: readonly Statement[], out: FactList): void {
  for (const s of statements) {
    if (!s.about) continue;
    const view = scope.views[s.sentenceIndex];
    if (!view) continue;
    out.add('SAID', s.speaker, s.about, view, s.confidence, {}, s.quote);
  }
}
