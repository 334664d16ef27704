/**
 * Stage `relations`: typed edges between resolved mentions, found by patterns over the sentence's
 * sequence of typed mentions and words (cue words of each relation, appositions, coordination,
 * passives), each with its evidence and its negation or hedging.
 */
import type { EntityLabel, EntityRecord, EvidenceRecord, RelationRecord, RelationType } from '../graph/model.js';
import { ENTITY_LABELS, UNDIRECTED_RELATION_TYPES, allowsEnds } from '../graph/model.js';
import { entityId, relationId } from '../graph/ids.js';
import { withEvidence } from '../graph/merge.js';
import { foldText } from '../graph/text.js';
import {
  DETERMINERS,
  FACE_TO_FACE_VERBS,
  GIVE_VERBS,
  IMPOSE_VERBS,
  LEADER_TITLES,
  MEETING_WORDS,
  MEMBER_TITLES,
  MEMBER_WORDS,
  OPPOSE_WORDS,
  PERSON_PRONOUNS,
  PREPOSITIONS,
  ROLE_PLURALS,
  SANCTION_WORDS,
  SPEECH_VERBS,
  SUPPORT_WORDS,
  TRAVEL_WORDS,
} from './lexicon.js';
import type { Statement } from './quotes.js';
import { COUNTRY_BY_CAPITAL, COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME } from './gazetteer.js';
import type { ResolvedArticle, ResolvedMention } from './types.js';
import {
  afterPreposition,
  antecedentPerson,
  clauseEnd,
  clauseStart,
  coordinated,
  isHedged,
  isMentionOf,
  isNegated,
  isPossessive,
  isRelative,
  type Item,
  type SentenceView,
  lowerWords,
} from './view.js';

const labels = (...l: EntityLabel[]): ReadonlySet<EntityLabel> => new Set<EntityLabel>(l);
const ACTORS = labels('Person', 'Country', 'Organization');
const ACTOR_TARGETS = labels('Person', 'Country', 'Organization', 'Event');
const STATES_BODIES = labels('Country', 'Organization');
const SANCTION_TARGETS = labels('Country', 'Organization', 'Person');
const PERSONS = labels('Person');
const ORGS = labels('Organization');
const LOCATIONS = labels('Country', 'Place');

/** Country names by lower-cased name, demonym and "-stan" adjective: the gazetteer the entity stages use. */
const COUNTRY_WORDS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const table of [COUNTRY_BY_NAME, COUNTRY_BY_DEMONYM]) for (const [word, info] of table) if (!map.has(word.toLowerCase())) map.set(word.toLowerCase(), info.name);
  return map;
})();

/** Country names by lower-cased capital city: "taipei" → "Taiwan". */
const CAPITALS: ReadonlyMap<string, string> = new Map([...COUNTRY_BY_CAPITAL].map(([city, info]) => [city.toLowerCase(), info.name]));

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
  add(type: RelationType, source: string | undefined, target: string | undefined, view: SentenceView, confidence: number, flags: { negated?: boolean; hedged?: boolean } = {}, quote?: string): void {
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
  const labelOf = new Map<string, EntityLabel>(article.entities.map((e) => [e.id, e.label]));
  for (const m of article.mentions) {
    if (labelOf.has(m.entity)) continue;
    const prefix = m.entity.slice(0, m.entity.indexOf(':'));
    labelOf.set(m.entity, ENTITY_LABELS.find((l) => l.toLowerCase() === prefix) ?? m.label);
  }
  return labelOf;
}

/** The scope of an article for the relation patterns. */
export function articleScope(article: ResolvedArticle, views: SentenceView[], statements: readonly Statement[]): ArticleScope {
  const labelOf = entityLabels(article);
  const countries = new Map<string, string>();
  for (const e of article.entities) {
    if (e.label !== 'Country') continue;
    for (const n of [e.name, ...e.aliases]) countries.set(foldText(n), e.id);
  }
  const speakers = new Map<number, string>();
  for (const s of statements) if (labelOf.get(s.speaker) === 'Person' && !speakers.has(s.sentenceIndex)) speakers.set(s.sentenceIndex, s.speaker);
  return { article, views, labelOf, countries, speakers, date: article.cleaned.publishedAt, added: new Map() };
}

/** The Country entity a role's country names, added to the article when only a demonym named it. */
function roleCountry(scope: ArticleScope, name: string, m: ResolvedMention): string | undefined {
  const known = scope.countries.get(foldText(name));
  if (known) return known;
  const common = COUNTRY_WORDS.get(name.toLowerCase());
  if (!common) return undefined;
  const id = entityId('Country', common);
  if (!scope.added.has(id)) {
    scope.added.set(id, { id, label: 'Country', name: common, aliases: [], mentions: [{ article: scope.article.article, start: m.start, end: m.end, text: m.text }], count: 1 });
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

function entityAt(items: readonly Item[], i: number): string | undefined {
  return items[i]?.mention?.entity;
}

/** The person a pronoun at item i stands for: the sentence's speaker, else the latest subject person. */
function pronounPerson(scope: ArticleScope, view: SentenceView, i: number): string | undefined {
  return scope.speakers.get(view.sentence.index) ?? antecedentPerson(scope.views, view.sentence.index, view.items[i]?.start ?? view.sentence.end);
}

/**
 * The subject before item c: the nearest mention with one of the labels that is not the object of a
 * preposition; a relative pronoun hands over to its antecedent; "X backed Y and criticised Z" skips Y.
 */
export function subjectBefore(view: SentenceView, c: number, allowed: ReadonlySet<EntityLabel>, pronouns = true): number {
  const { items } = view;
  let skipBefore = c;
  if (items[c - 1]?.norm === 'and' && items[c - 2]?.mention) {
    const group = coordinated(items, c - 2, allowed);
    skipBefore = group[0] ?? c - 2;
  }
  for (let i = Math.min(c, skipBefore) - 1; i >= 0; i--) {
    const it = items[i];
    if (it.norm === ';' || it.norm === 'but' || it.norm === 'while' || it.norm === 'whereas' || it.norm === 'although') return -1;
    if (isRelative(items, i) && i + 1 <= c) {
      let k = i - 1;
      if (items[k]?.norm === ',') k--;
      // "O, a grouping that …": the antecedent may stand before a short apposition.
      let commas = 0;
      for (let j = k; j >= 0 && j >= k - 6; j--) {
        if (isMentionOf(items[j], allowed)) return j;
        if (items[j].mention) break;
        if (items[j].norm === ',' && j < k && ++commas > 1) break;
      }
      return -1;
    }
    if (pronouns && !it.mention && PERSON_PRONOUNS.has(it.norm) && (it.norm === 'he' || it.norm === 'she') && allowed.has('Person')) return -2 - i;
    if (!isMentionOf(it, allowed) || afterPreposition(items, i)) continue;
    return i;
  }
  return -1;
}

/** Entity of a subject index from subjectBefore, resolving a pronoun (encoded as -2 - index). */
function subjectEntity(scope: ArticleScope, view: SentenceView, index: number): string | undefined {
  if (index >= 0) return entityAt(view.items, index);
  if (index <= -2) return pronounPerson(scope, view, -2 - index);
  return undefined;
}

/** Words of a time phrase that may stand between an event and where it happened. */
const TIME_WORDS = new Set([
  'on', 'last', 'this', 'next', 'early', 'late', 'earlier', 'later', 'today', 'yesterday', 'tomorrow', 'week', 'month', 'year',
  'morning', 'afternoon', 'evening', 'night', 'weekend', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

/** The object after item c: the first mention with one of the labels within a few words, skipping determiners and prepositions. */
export function objectAfter(view: SentenceView, c: number, allowed: ReadonlySet<EntityLabel>, reach = 5, prepositions?: ReadonlySet<string>): number {
  const { items } = view;
  let words = 0;
  let sawPreposition = prepositions === undefined;
  for (let i = c + 1; i < items.length; i++) {
    const it = items[i];
    if (it.mention) {
      if (allowed.has(it.mention.label) && sawPreposition) return i;
      if (isPossessive(items, i)) continue;
      return -1;
    }
    if (it.norm === '.' || it.norm === ';' || it.norm === ':' || it.norm === ',') return -1;
    if (prepositions?.has(it.norm)) sawPreposition = true;
    if (DETERMINERS.has(it.norm) || it.norm === "'s" || it.norm === '“' || it.norm === '"') continue;
    // The preposition follows its head at once, or after a time phrase ("met on Thursday in Samarkand").
    if (!sawPreposition && !TIME_WORDS.has(it.norm)) return -1;
    if (++words > reach) return -1;
  }
  return -1;
}

/** When the object is a possessor ("Russia's invasion"), the Event it possesses, if one follows. */
function possessedEvent(items: readonly Item[], i: number): number {
  if (!isPossessive(items, i)) return i;
  for (let k = i + 1; k < items.length && k <= i + 4; k++) {
    if (items[k].mention?.label === 'Event') return k;
    if (items[k].mention) break;
  }
  return i;
}

function flagsFor(items: readonly Item[], from: number, c: number, happening = false): { negated: boolean; hedged: boolean } {
  const start = clauseStart(items, c);
  return { negated: isNegated(items, Math.max(start, from - 2), c), hedged: isHedged(items, start, c, happening) };
}

const TO: ReadonlySet<string> = new Set(['to', 'for']);
const FROM: ReadonlySet<string> = new Set(['from']);
const BY: ReadonlySet<string> = new Set(['by']);
const SANCTION_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'against', 'to', 'targeting', 'over']);
const TO_IN: ReadonlySet<string> = new Set(['to', 'in', 'into']);

/** Things given in support: "provided military supplies to X", "sent weapons to X". */
const MATERIAL_WORDS = new Set(['supplies', 'weapons', 'arms', 'ammunition', 'funding', 'loans', 'equipment', 'hardware']);
/** Every word that can be a cue of stance: support and opposition words, materials given. */
const STANCE_CUES: ReadonlySet<string> = new Set([...SUPPORT_WORDS, ...OPPOSE_WORDS, ...MATERIAL_WORDS]);

/** Nouns of a stance that may stand as a nominal with its holder as a demonym: "Chinese support for Russia". */
const STANCE_NOUNS: ReadonlySet<string> = new Set(['support', 'backing', 'aid', 'assistance', 'help', 'solidarity', 'opposition', 'criticism', 'condemnation']);
/** Adjectives that may stand between a demonym and a stance noun. */
const ATTITUDE_ADJECTIVES: ReadonlySet<string> = new Set(['military', 'political', 'economic', 'diplomatic', 'financial', 'continued', 'growing', 'strong', 'tacit', 'material', 'firm', 'full', 'unwavering', 'increased', 'lethal']);

/** The Country a demonym item names, added to the article when only the demonym named it. */
function roleCountryOfWord(scope: ArticleScope, it: Item): string | undefined {
  if (!COUNTRY_WORDS.has(it.norm)) return undefined;
  return roleCountry(scope, it.norm, { start: it.start, end: it.end, text: scope.article.cleaned.text.slice(it.start, it.end), label: 'Country', kind: 'name', sentence: 0, entity: '' });
}

/** "X raised concerns about Y", "X voiced concern over Chinese support": X opposes Y (or the country of the demonym). */
function concerns(scope: ArticleScope, view: SentenceView, out: FactList): void {
  const { items } = view;
  for (let c = 1; c < items.length; c++) {
    const it = items[c];
    if (it.mention || (it.norm !== 'concerns' && it.norm !== 'concern') || !CONCERN_VERBS.has(items[c - 1].norm)) continue;
    if (items[c + 1]?.norm !== 'about' && items[c + 1]?.norm !== 'over') continue;
    const s = subjectBefore(view, c - 1, ACTORS);
    const source = subjectEntity(scope, view, s);
    let target: string | undefined;
    for (let k = c + 2; k < items.length && k <= c + 6 && !target; k++) {
      const x = items[k];
      if (x.norm === ',' || x.norm === ';') break;
      if (x.mention) target = ACTOR_TARGETS.has(x.mention.label) ? x.mention.entity : undefined;
      else target = countryOfWord(scope, x.norm) ?? roleCountryOfWord(scope, x);
      if (x.mention) break;
    }
    if (source && target && source !== target) out.add('OPPOSES', source, target, view, 0.6, flagsFor(items, Math.max(0, s), c));
  }
}

const AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'being', 'also', 'then', 'and', 'not', 'never', 'publicly', 'openly']);

const CONCERN_VERBS: ReadonlySet<string> = new Set(['raised', 'raises', 'raise', 'raising', 'voiced', 'voices', 'expressed', 'expresses', 'express']);

/** Whether items [from, to) hold a support word (the cue at `to` is not among them). */
function otherSupportWord(items: readonly Item[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (SUPPORT_WORDS.has(items[k].norm)) return true;
  return false;
}

/** SUPPORTS and OPPOSES: "X supports Y", "X's support for Y", "support from X", "backed by X", "give Y backing". */
function stance(scope: ArticleScope, view: SentenceView, out: FactList): void {
  const { items } = view;
  for (let c = 0; c < items.length; c++) {
    const it = items[c];
    if (it.mention || !STANCE_CUES.has(it.norm)) continue;
    const given = MATERIAL_WORDS.has(it.norm) && items.slice(Math.max(0, c - 5), c).some((x) => GIVE_VERBS.has(x.norm) || x.norm === 'send' || x.norm === 'sent' || x.norm === 'sending' || x.norm === 'deliver' || x.norm === 'delivered' || x.norm === 'supply' || x.norm === 'supplied');
    const type: RelationType | undefined = SUPPORT_WORDS.has(it.norm) || given ? 'SUPPORTS' : OPPOSE_WORDS.has(it.norm) ? 'OPPOSES' : undefined;
    if (!type) continue;
    // "companies accused of supplying Moscow": a participle after a noun says what the noun is accused of.
    const prev = items[c - 1];
    if (it.norm.endsWith('ed') && items[c + 1]?.norm === 'of' && prev && !prev.mention && isLowerWord(prev.norm) && !prev.norm.endsWith('ly') && !AUXILIARIES.has(prev.norm)) continue;
    const confidence = it.quoted ? 0.55 : 0.75;
    let sourceIdx: number;
    let targets: number[] = [];
    const next = items[c + 1]?.norm;
    if (next === 'from' || next === 'by') {
      sourceIdx = objectAfter(view, c, ACTORS, 2, next === 'from' ? FROM : BY);
      const t = subjectBefore(view, c, ACTORS);
      if (t >= 0) targets = [t];
    } else {
      // "(concerns about) Chinese support for Y": the demonym is the supporter; a support noun inside a
      // prepositional phrase is not the sentence subject's.
      let a = c - 1;
      while (a >= 0 && !items[a].mention && (ATTITUDE_ADJECTIVES.has(items[a].norm) || DETERMINERS.has(items[a].norm))) a--;
      const demonym = a >= 0 && !items[a].mention && STANCE_NOUNS.has(it.norm) ? countryOfWord(scope, items[a].norm) ?? roleCountryOfWord(scope, items[a]) : undefined;
      const nominal = STANCE_NOUNS.has(it.norm) && (demonym !== undefined || (a >= 0 && !items[a].mention && PREPOSITIONS.has(items[a].norm)));
      if (nominal) {
        if (demonym) {
          const t = objectAfter(view, c, ACTOR_TARGETS, 4);
          if (t >= 0) for (const k of coordinated(items, t, ACTOR_TARGETS)) out.add(type, demonym, entityAt(items, possessedEvent(items, k)), view, confidence, flagsFor(items, a, c));
        }
        continue;
      }
      sourceIdx = subjectBefore(view, c, ACTORS);
      if (sourceIdx >= 0) {
        // "give the Russian President political backing": the mention after a giving verb is the receiver.
        let v = sourceIdx - 1;
        while (v >= 0 && DETERMINERS.has(items[v].norm)) v--;
        if (v >= 0 && GIVE_VERBS.has(items[v].norm) && !otherSupportWord(items, v + 1, c)) {
          targets = coordinated(items, sourceIdx, ACTOR_TARGETS);
          sourceIdx = subjectBefore(view, v, ACTORS);
        }
      }
      if (targets.length === 0 && given) {
        const t = objectAfter(view, c, ACTORS, 3, TO);
        if (t >= 0) targets = coordinated(items, t, ACTORS);
      } else if (targets.length === 0) {
        const t = objectAfter(view, c, ACTOR_TARGETS, 4);
        // "supported a peaceful resolution of the conflict" backs the resolution, not the conflict.
        const through = t >= 0 && type === 'SUPPORTS' && items[t].mention?.label === 'Event' && items.slice(c + 1, t).some((x) => x.norm === 'of');
        if (t >= 0 && !through) targets = coordinated(items, t, ACTOR_TARGETS).map((k) => possessedEvent(items, k));
      }
    }
    const source = subjectEntity(scope, view, sourceIdx);
    let sources = sourceIdx >= 0 ? coordinated(items, sourceIdx, ACTORS).map((k) => entityAt(items, k)) : [source];
    if (!source && sourceIdx === -1) sources = pairBefore(scope, view, c);
    const flags = flagsFor(items, sourceIdx >= 0 ? sourceIdx : c, c);
    for (const s of sources) for (const t of targets) out.add(type, s, entityAt(items, t), view, confidence, flags);
  }
}

function isLowerWord(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || c === 45)) return false;
  }
  return w.length > 0;
}

/** Words that refer back to two people together: "the two leaders", "both presidents", "the pair", "their". */
const PAIR_NOUNS = new Set(['leaders', 'presidents', 'men', 'heads', 'pair', 'counterparts']);

/**
 * The two persons a plural reference before item c stands for ("the two leaders", "both presidents",
 * "the pair", "they", "their"): the latest two named together in this sentence or the three before.
 */
export function pairBefore(scope: ArticleScope, view: SentenceView, c: number): string[] {
  const { items } = view;
  let at = -1;
  for (let i = c - 1; i >= 0 && i >= c - 12; i--) {
    const n = items[i].norm;
    if (items[i].mention || n === ';') break;
    const prev = items[i - 1]?.norm;
    if ((PAIR_NOUNS.has(n) && (prev === 'two' || prev === 'both' || (n === 'pair' && prev === 'the'))) || n === 'they' || n === 'their') {
      at = i;
      break;
    }
  }
  if (at < 0) return [];
  for (let s = view.sentence.index; s >= 0 && s >= view.sentence.index - 3; s--) {
    const seen: string[] = [];
    for (const it of scope.views[s].items) {
      if (s === view.sentence.index && it.start >= items[at].start) break;
      if (it.quoted) continue;
      for (const m of [it.mention, ...it.inner]) if (m?.label === 'Person' && !seen.includes(m.entity)) seen.push(m.entity);
    }
    if (seen.length === 2) return seen;
    if (seen.length > 2) return [];
  }
  return [];
}

const RELATIVES: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whose', 'whom']);

/** Whether an item opens a relative or participle clause: "that …", "accused of …", "supplying …". */
function startsClause(it: Item): boolean {
  if (it.mention) return false;
  if (RELATIVES.has(it.norm)) return true;
  return isLowerWord(it.norm) && it.norm.length > 4 && (it.norm.endsWith('ing') || it.norm.endsWith('ed')) && !SANCTION_PREPOSITIONS.has(it.norm);
}

/** SANCTIONS: "US and EU sanctions on Y", "X imposed sanctions against Y", "sanctions that X applied to Y". */
function sanctions(view: SentenceView, out: FactList): void {
  const { items } = view;
  for (let c = 0; c < items.length; c++) {
    if (items[c].mention || !SANCTION_WORDS.has(items[c].norm)) continue;
    let sources: number[] = [];
    let negFrom = c;
    let k = c - 1;
    while (k >= 0 && !items[k].mention && k >= c - 3 && isLowerWord(items[k].norm) && !IMPOSE_VERBS.has(items[k].norm) && items[k].norm !== 'and') k--;
    if (k >= 0 && isMentionOf(items[k], STATES_BODIES) && !afterPreposition(items, k) && (k === c - 1 || isPossessive(items, k) || items[k + 1]?.norm !== 'and')) {
      sources = coordinated(items, k, STATES_BODIES);
      negFrom = sources[0];
    }
    let targetFrom = c;
    if (sources.length === 0) {
      // The imposer is the subject of an imposing verb before, or of one in a relative clause after.
      for (let v = c - 1; v >= 0 && v >= c - 4; v--) {
        if (!IMPOSE_VERBS.has(items[v].norm)) continue;
        const s = subjectBefore(view, v, STATES_BODIES, false);
        if (s >= 0) {
          sources = coordinated(items, s, STATES_BODIES);
          negFrom = s;
        }
        break;
      }
      if (sources.length === 0 && (items[c + 1]?.norm === 'that' || items[c + 1]?.norm === 'which')) {
        for (let v = c + 2; v < items.length && v <= c + 6; v++) {
          if (!IMPOSE_VERBS.has(items[v].norm)) continue;
          const s = subjectBefore(view, v, STATES_BODIES, false);
          if (s > c) {
            sources = coordinated(items, s, STATES_BODIES);
            negFrom = s;
            targetFrom = v;
          }
          break;
        }
      }
    }
    if (sources.length === 0) continue;
    let t = objectAfter(view, targetFrom, SANCTION_TARGETS, 3, SANCTION_PREPOSITIONS);
    if (t < 0) {
      for (let j = targetFrom + 1; j < clauseEnd(items, c) && j <= targetFrom + 10; j++) {
        // "sanctions on companies accused of supplying Moscow": a country inside a relative or participle clause is not the target.
        if (j > targetFrom + 1 && startsClause(items[j])) break;
        if (isMentionOf(items[j], SANCTION_TARGETS)) {
          t = j;
          break;
        }
      }
    }
    if (t < 0) continue;
    const flags = flagsFor(items, negFrom, c);
    for (const s of sources) for (const tt of coordinated(items, t, SANCTION_TARGETS)) out.add('SANCTIONS', entityAt(items, s), entityAt(items, tt), view, 0.75, flags);
  }
}

/** Persons that a plural role names through this article's leaders: "the presidents of A, B and C". */
function roleGroup(view: SentenceView, i: number, leaders: Map<string, string>): string[] {
  const { items } = view;
  if (!ROLE_PLURALS.has(items[i].norm)) return [];
  let k = i + 1;
  if (items[k]?.norm === 'of' && items[k + 1]?.norm === 'state') k += 2;
  if (items[k]?.norm === 'minister' || items[k]?.norm === 'ministers') k++;
  if (items[k]?.norm !== 'of' && items[k]?.norm !== 'from') return [];
  k++;
  while (items[k] && DETERMINERS.has(items[k].norm)) k++;
  if (!isMentionOf(items[k], labels('Country'))) return [];
  return coordinated(items, k, labels('Country'))
    .map((j) => leaders.get(entityAt(items, j) ?? ''))
    .filter((p): p is string => p !== undefined);
}

/** Words of talking at a distance. */
const REMOTE_WORDS = new Set(['phone', 'telephone', 'call', 'video', 'videoconference', 'video-conference', 'virtual', 'virtually', 'online', 'letter', 'phoned']);

/** Persons named from item k on: a person and those coordinated with it, or a plural role ("leaders from A and B"). */
function personsFrom(view: SentenceView, k: number, leaders: Map<string, string>): { persons: string[]; end: number } {
  const { items } = view;
  if (isMentionOf(items[k], PERSONS)) {
    const group = coordinated(items, k, PERSONS);
    return { persons: group.map((j) => entityAt(items, j)).filter((e): e is string => e !== undefined), end: group[group.length - 1] + 1 };
  }
  const group = roleGroup(view, k, leaders);
  return { persons: group, end: k + 1 };
}

/** The persons a meeting cue at c is with: "met (with) Y", "talks with Y", "meeting between X and Y", "sat down with leaders from A and B". */
function meetingObjects(view: SentenceView, c: number, leaders: Map<string, string>): { persons: string[]; end: number } {
  const { items } = view;
  let words = 0;
  for (let k = c + 1; k < items.length; k++) {
    const it = items[k];
    if (it.mention) {
      if (it.mention.label === 'Person') {
        // "talks with X and with Y"
        const group = personsFrom(view, k, leaders);
        let end = group.end;
        for (;;) {
          let j = end;
          while (j < items.length && j < end + 8 && !items[j].mention && items[j].norm !== '.' && items[j].norm !== ';') {
            if (items[j].norm === 'with' && items[j - 1]?.norm === 'and') break;
            j++;
          }
          if (items[j]?.norm !== 'with' || !isMentionOf(items[j + 1], PERSONS)) break;
          const more = personsFrom(view, j + 1, leaders);
          group.persons.push(...more.persons);
          end = more.end;
        }
        return { persons: group.persons, end };
      }
      if (isPossessive(items, k) || it.mention.label === 'Country') continue;
      return { persons: [], end: k };
    }
    if (ROLE_PLURALS.has(it.norm)) {
      const group = personsFrom(view, k, leaders);
      if (group.persons.length > 0) return group;
    }
    if (it.mention === undefined && it.norm === 'and' && items[k + 1]?.norm === 'with') {
      k++;
      continue;
    }
    if (it.norm === '.' || it.norm === ';' || it.norm === ':' || (it.norm === ',' && words > 0)) break;
    if (DETERMINERS.has(it.norm) || it.norm === 'with' || it.norm === 'between' || it.norm === "'s" || it.norm === 'down' || it.norm === 'counterpart' || LEADER_TITLES.has(it.norm) || MEMBER_TITLES.has(it.norm)) continue;
    if (++words > 3) break;
  }
  return { persons: [], end: c + 1 };
}

/** How many parties a meeting's name says it has: bilateral 2, trilateral or three-way 3, else 0. */
function partiesOf(text: string): number {
  const words = lowerWords(text);
  if (words.includes('bilateral') || words.includes('two-way')) return 2;
  if (words.includes('trilateral') || words.includes('three-way') || (words.includes('three') && words.includes('way'))) return 3;
  return 0;
}

/** Negation and hedging of a meeting cue at c; talks that are the purpose of a trip are hedged. */
function meetingFlags(items: readonly Item[], from: number, c: number, purpose: boolean): { negated: boolean; hedged: boolean } {
  const f = flagsFor(items, from, c, true);
  return { negated: f.negated, hedged: f.hedged || purpose };
}

/** MET_WITH: the subject of a word of meeting and its objects ("X met Y", "X and Y held talks", "in a meeting with Y, X said"), or "X told Y". */
function meetings(scope: ArticleScope, view: SentenceView, out: FactList, leaders: Map<string, string>): void {
  const { items } = view;
  // A phone or video call is not a meeting (ONTOLOGY.md), unless the text calls it one in another sentence.
  if (items.some((it) => !it.quoted && REMOTE_WORDS.has(it.norm))) return;
  for (let c = 0; c < items.length; c++) {
    const it = items[c];
    if (it.quoted) continue;
    const event = it.mention?.label === 'Event';
    if (!event && (it.mention || !MEETING_WORDS.has(it.norm) && !(it.norm === 'sat' && items[c + 1]?.norm === 'down'))) continue;
    // "arrives for talks with Y": talks that are the purpose of a trip have not happened yet.
    let before = c - 1;
    while (before >= 0 && !items[before].mention && DETERMINERS.has(items[before].norm)) before--;
    const purpose = items[before]?.norm === 'for';
    if (event && it.mention) {
      // "the Xi–Putin meeting", "meeting between Xi and Putin" as one event mention.
      const inner = [...new Set(it.inner.filter((m) => m.label === 'Person').map((m) => m.entity))];
      for (let a = 0; a < inner.length; a++) for (let b = a + 1; b < inner.length; b++) out.add('MET_WITH', inner[a], inner[b], view, 0.75, meetingFlags(items, c, c, purpose));
      if (!isMeetingEvent(it.mention)) continue;
    }
    const objects = meetingObjects(view, c, leaders);
    // "with X and Y meeting on the sidelines": a person right before the cue is its subject.
    const s = isMentionOf(items[c - 1], PERSONS) && !it.mention ? c - 1 : subjectBefore(view, c, PERSONS);
    let subjects = s >= 0 ? coordinated(items, s, PERSONS).map((k) => entityAt(items, k)) : [subjectEntity(scope, view, s)];
    if (s >= 0 && items[c - 1]?.norm === 'and' && s === c - 2 && objects.persons.length === 0) subjects = [];
    let subjectFrom = s >= 0 ? s : c;
    if (subjects[0] === undefined) {
      // "In a meeting with Y on Wednesday, X said …": the subject follows the phrase.
      subjects = [];
      for (let k = objects.end; k < items.length; k++) {
        if (items[k].quoted || items[k].norm === ';') break;
        if (isMentionOf(items[k], PERSONS) && items[k - 1]?.norm === ',' ) {
          subjects = [entityAt(items, k)];
          subjectFrom = c;
          break;
        }
      }
    }
    if (subjects.length === 0 || subjects[0] === undefined) subjects = pairBefore(scope, view, c);
    const ids = subjects.filter((e): e is string => e !== undefined);
    if (objects.persons.length === 0 && ids.length >= 2) {
      // "X and Y met", "X and Y held talks": the coordinated subjects met each other.
      for (let a = 0; a < ids.length; a++) for (let b = a + 1; b < ids.length; b++) out.add('MET_WITH', ids[a], ids[b], view, 0.8, meetingFlags(items, subjectFrom, c, purpose));
    }
    const confidence = objects.persons.length === 1 ? 0.8 : 0.65;
    for (const a of ids) for (const b of objects.persons) out.add('MET_WITH', a, b, view, confidence, meetingFlags(items, subjectFrom, c, purpose));
    // "a trilateral meeting": the leaders of the countries the sentence names, up to the number it says.
    const parties = partiesOf(it.mention ? it.mention.text : items.slice(Math.max(0, c - 2), c + 1).map((x) => x.norm).join(' '));
    if (parties > 0) {
      const present = [...new Set([...ids, ...objects.persons])];
      for (const x of items) {
        const led = x.mention?.label === 'Country' && !x.quoted ? leaders.get(x.mention.entity) : undefined;
        if (led && !present.includes(led)) present.push(led);
      }
      if (present.length === parties) {
        for (let a = 0; a < present.length; a++) for (let b = a + 1; b < present.length; b++) out.add('MET_WITH', present[a], present[b], view, 0.55, meetingFlags(items, c, c, purpose));
      }
    }
  }
  for (let c = 0; c < items.length; c++) {
    if (items[c].mention || items[c].quoted || !FACE_TO_FACE_VERBS.has(items[c].norm)) continue;
    const s = subjectBefore(view, c, PERSONS);
    const o = objectAfter(view, c, PERSONS, 3);
    if (o < 0) continue;
    out.add('MET_WITH', subjectEntity(scope, view, s), entityAt(items, o), view, 0.6, flagsFor(items, s >= 0 ? s : c, c, true));
  }
}

/** Whether an Event mention names a meeting, talks, a summit or a visit. */
export function isMeetingEvent(m: ResolvedMention): boolean {
  return lowerWords(m.text).some((w) => MEETING_WORDS.has(w));
}

/** The title words of a role, with the entity they attach to: "Kyrgyzstan's President", "a professor at Y". */
interface Role {
  leader: boolean;
  member: boolean;
  anchor?: string;
}

function titleKind(items: readonly Item[], k: number): 'leader' | 'member' | undefined {
  const n = items[k].norm;
  const prev = items[k - 1]?.norm;
  const demoted = prev === 'vice' || prev === 'deputy' || prev === 'co' || prev === 'former' || prev === '-' || prev === 'ex';
  if (n.startsWith('vice-') || n.startsWith('deputy-') || n.startsWith('co-') || n.startsWith('ex-')) return 'member';
  if (LEADER_TITLES.has(n) || n === 'counterpart') return demoted ? 'member' : 'leader';
  if (MEMBER_TITLES.has(n)) return 'member';
  return undefined;
}

/** Whether the person before a "counterpart" at item k (the one met) is a head of state or government by their title. */
function counterpartOfLeader(scope: ArticleScope, items: readonly Item[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const m = items[j].mention;
    if (!m || m.label !== 'Person') continue;
    const words = m.role ? lowerWords(m.role) : [];
    if (words.some((w) => w === 'minister' || w === 'secretary' || w === 'ambassador' || w === 'envoy') && !words.includes('prime') && !words.includes('general')) return false;
    if (words.some((w) => LEADER_TITLES.has(w))) return true;
    const before = roleBefore(scope, items, j);
    return before.leader;
  }
  return true;
}

/** Role words before a person: "Chinese head of state Xi", "National Security Council coordinator … Kirby", "his Turkmenistan counterpart, X". */
function roleBefore(scope: ArticleScope, items: readonly Item[], p: number): Role {
  const role: Role = { leader: false, member: false };
  // "the president of Y, X" / "a professor at Y, X"
  const body = items[p - 2];
  if (items[p - 1]?.norm === ',' && (body?.mention?.label === 'Country' || body?.mention?.label === 'Organization') && (items[p - 3]?.norm === 'of' || items[p - 3]?.norm === 'at')) {
    const kind = items[p - 4] ? titleKind(items, p - 4) : undefined;
    if (kind) return { leader: kind === 'leader', member: kind === 'member', anchor: body.mention.entity };
  }
  let commaAllowed = true;
  for (let k = p - 1; k >= 0 && k >= p - 8; k--) {
    const it = items[k];
    if (it.mention) {
      if (it.mention.label === 'Country' || it.mention.label === 'Organization') {
        if (role.leader || role.member) role.anchor = it.mention.entity;
      }
      break;
    }
    if (it.norm === ',') {
      if (commaAllowed && k === p - 1 && items[k - 1] && titleKind(items, k - 1)) {
        commaAllowed = false;
        continue;
      }
      break;
    }
    if (it.norm === '.' || it.norm === ':' || it.norm === ';' || SPEECH_VERBS.has(it.norm) || MEETING_WORDS.has(it.norm) || it.norm === 'and' && !(role.leader || role.member)) break;
    let kind = titleKind(items, k);
    // "his Turkish counterpart X" leads Turkey only when the one whose counterpart X is leads too.
    if (kind === 'leader' && it.norm === 'counterpart' && !counterpartOfLeader(scope, items, k)) kind = 'member';
    // "EU foreign policy chief X" heads a portfolio of the body, not the body.
    const portfolio = items[k - 1];
    if (kind === 'leader' && (it.norm === 'chief' || it.norm === 'head') && portfolio && !portfolio.mention && isLowerWord(portfolio.norm) && !DETERMINERS.has(portfolio.norm) && !countryOfWord(scope, portfolio.norm)) kind = 'member';
    if (kind === 'leader') role.leader = true;
    else if (kind === 'member') role.member = true;
    else {
      const country = countryOfWord(scope, it.norm);
      if (country && (role.leader || role.member)) {
        role.anchor = country;
        break;
      }
    }
  }
  return role;
}

/** Parts of an organisation that a title may head without heading the organisation. */
const UNIT_WORDS = new Set(['office', 'bureau', 'branch', 'department', 'programme', 'program', 'desk', 'unit', 'division', 'team', 'section', 'chapter']);

/** Role words after a person: "X, a professor at Y,", "X, President of the Y", "X from Y". */
function roleAfter(items: readonly Item[], p: number): Role {
  const role: Role = { leader: false, member: false };
  let k = p + 1;
  if (items[k]?.norm === 'from' || items[k]?.norm === 'of') {
    let j = k + 1;
    while (items[j] && DETERMINERS.has(items[j].norm)) j++;
    if (isMentionOf(items[j], ORGS)) return { leader: false, member: true, anchor: items[j].mention?.entity };
    return role;
  }
  if (items[k]?.norm !== ',') return role;
  for (k = p + 2; k < items.length && k <= p + 14; k++) {
    const it = items[k];
    if (it.mention) {
      if (it.mention.label === 'Person') break;
      const based = items[k + 1]?.norm === 'based' || items[k + 1]?.norm === '-based' || (items[k + 1]?.norm === '-' && items[k + 2]?.norm === 'based');
      if ((role.leader || role.member) && !based) {
        if (it.mention.label === 'Organization') role.anchor = it.mention.entity;
        else if (it.mention.label === 'Country' && afterPreposition(items, k) && !role.anchor) role.anchor = it.mention.entity;
      }
      if (role.anchor && it.mention.label === 'Organization') break;
      continue;
    }
    if (it.norm === ',' || it.norm === '.' || it.norm === ';' || SPEECH_VERBS.has(it.norm)) break;
    if (UNIT_WORDS.has(it.norm) && role.leader) {
      // "head of the Berlin office of X" leads a unit of X and works for X.
      role.leader = false;
      role.member = true;
    }
    const kind = titleKind(items, k);
    if (kind === 'leader' && !role.member) role.leader = true;
    else if (kind === 'member') role.member = true;
  }
  return role;
}

/** LEADER_OF and AFFILIATED_WITH from titles around person mentions; returns leaders by country. */
function roles(scope: ArticleScope, out: FactList): Map<string, string> {
  const leaders = new Map<string, string>();
  for (const view of scope.views) {
    const { items } = view;
    for (let p = 0; p < items.length; p++) {
      const m = items[p].mention;
      if (!m || m.label !== 'Person') continue;
      const found: Role[] = [roleBefore(scope, items, p), roleAfter(items, p)];
      // "European Commission President Ursula von der Leyen": the organisation inside the mention, before its title.
      const body = items[p].inner.find((x) => x.label === 'Organization');
      if (body && m.role) {
        const title = [...lowerWords(m.role), ...m.role.toLowerCase().split(/\s+/)];
        const demoted = title.some((w) => w === 'vice' || w === 'deputy' || w === 'former' || w.startsWith('vice-') || w.startsWith('deputy-'));
        const leads = !demoted && title.some((w) => LEADER_TITLES.has(w));
        found.push({ leader: leads, member: !leads, anchor: body.entity });
      }
      if (m.country) {
        const role = m.role ? lowerWords(m.role) : [];
        const c = role.some((w) => LEADER_TITLES.has(w)) ? roleCountry(scope, m.country, m) : undefined;
        if (c && role.some((w) => LEADER_TITLES.has(w) || w === 'counterpart') && !role.some((w) => w === 'vice' || w === 'deputy' || w === 'former')) {
          found.push({ leader: true, member: false, anchor: c });
        }
      }
      for (const r of found) {
        if (!r.anchor) continue;
        const anchorLabel = scope.labelOf.get(r.anchor);
        const hedge = { hedged: items.slice(Math.max(0, p - 3), p).some((x) => x.norm === 'former' || x.norm === 'ex') };
        if (r.leader) {
          out.add('LEADER_OF', m.entity, r.anchor, view, 0.85, hedge);
          if (anchorLabel === 'Country' && !hedge.hedged && !leaders.has(r.anchor)) leaders.set(r.anchor, m.entity);
        } else if (r.member && anchorLabel === 'Organization') {
          out.add('AFFILIATED_WITH', m.entity, r.anchor, view, 0.8, hedge);
        }
      }
    }
  }
  return leaders;
}

/** The organisation a bare "members" refers to: the latest one mentioned in this or the two sentences before. */
function recentOrganization(scope: ArticleScope, view: SentenceView, before: number): string | undefined {
  for (let s = view.sentence.index; s >= 0 && s >= view.sentence.index - 2; s--) {
    const items = scope.views[s].items;
    for (let k = items.length - 1; k >= 0; k--) {
      if (s === view.sentence.index && k >= before) continue;
      if (items[k].mention?.label === 'Organization') return items[k].mention?.entity;
    }
  }
  return undefined;
}

const OF_IN: ReadonlySet<string> = new Set(['of', 'in']);
const COPULAS: ReadonlySet<string> = new Set(['are', 'is', 'were', 'was', 'became', 'become', 'becomes', 'remain', 'remains', 'as']);

/** MEMBER_OF: "A, B and C are (also) members (of O)", "O, a grouping that includes A and B", "O member A". */
function membership(scope: ArticleScope, view: SentenceView, out: FactList): void {
  const { items } = view;
  for (let c = 0; c < items.length; c++) {
    const n = items[c].norm;
    if (items[c].mention || !MEMBER_WORDS.has(n)) continue;
    if (n === 'member' || n === 'members' || n === 'membership') {
      let org: string | undefined;
      const o = objectAfter(view, c, ORGS, 2, OF_IN);
      if (o >= 0) org = entityAt(items, o);
      let s = c - 1;
      if (!org && isMentionOf(items[c - 1], ORGS)) {
        // "A and B are the only NATO members": the organisation names its members.
        org = entityAt(items, c - 1);
        s = c - 2;
      }
      while (s >= 0 && !items[s].mention && s >= c - 5 && items[s].norm !== ',') s--;
      if (s < 0 || !isMentionOf(items[s], ACTORS)) continue;
      const copula = items.slice(s + 1, c).some((x) => COPULAS.has(x.norm));
      if (!org && copula) org = recentOrganization(scope, view, s);
      // "cooperation among SCO member states" names no member: the members must be said to be ones.
      if (o < 0 && !copula) continue;
      if (!org) continue;
      const flags = flagsFor(items, s, c);
      for (const k of coordinated(items, s, ACTORS)) out.add('MEMBER_OF', entityAt(items, k), org, view, 0.75, flags);
    } else {
      const s = subjectBefore(view, c, ORGS, false);
      const t = objectAfter(view, c, STATES_BODIES, 2);
      if (s < 0 || t < 0) continue;
      const flags = flagsFor(items, s, c);
      for (const k of coordinated(items, t, STATES_BODIES)) out.add('MEMBER_OF', entityAt(items, k), entityAt(items, s), view, 0.7, flags);
    }
  }
}

const TRAVEL_NOUNS = new Set(['visit', 'visits', 'trip', 'trips', 'tour', 'journey']);
const PREPOSITIONS_TO = new Set(['to']);

const FUTURE_TIME_NOUNS: ReadonlySet<string> = new Set(['week', 'month', 'year', 'weekend', 'spring', 'summer', 'autumn', 'fall', 'winter', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Flags of a happening at item c, hedged also by a future time phrase in its clause ("visits Turkey next month", "tomorrow", "later this year"). */
function futureFlags(items: readonly Item[], c: number): { negated: boolean; hedged: boolean } {
  const flags = flagsFor(items, c, c, true);
  const end = clauseEnd(items, c);
  for (let j = c + 1; j < end && !flags.hedged; j++) {
    const n = items[j].norm;
    const next = items[j + 1]?.norm ?? '';
    if (n === 'tomorrow' || ((n === 'next' || n === 'coming' || n === 'upcoming') && FUTURE_TIME_NOUNS.has(next)) || (n === 'later' && (next === 'this' || next === 'in'))) flags.hedged = true;
  }
  return flags;
}

/** VISITED: "X visited Y", "X flew to Y", "X's trip to Y", "the visit of X … to Y". */
function visits(scope: ArticleScope, view: SentenceView, out: FactList): void {
  const { items } = view;
  const toIn = TO_IN;
  for (let c = 0; c < items.length; c++) {
    const it = items[c];
    const eventCue = it.mention?.label === 'Event' && lowerWords(it.mention.text).some((w) => TRAVEL_WORDS.has(w));
    if (it.quoted || (!eventCue && (it.mention || !TRAVEL_WORDS.has(it.norm)))) continue;
    let traveller: string | undefined;
    let dest = -1;
    if (eventCue) {
      const person = it.inner.find((m) => m.label === 'Person');
      const place = it.inner.filter((m) => m.label === 'Country' || m.label === 'Place');
      traveller = person?.entity;
      if (place.length > 0 && traveller) {
        for (const p of place) out.add('VISITED', traveller, p.entity, view, 0.7, futureFlags(items, c));
        continue;
      }
    }
    if (items[c + 1]?.norm === 'of' && isMentionOf(items[c + 2], PERSONS)) {
      traveller = entityAt(items, c + 2);
      for (let k = c + 3; k < items.length && k <= c + 16; k++) {
        if (items[k].norm === 'to' && isMentionOf(items[objectAfter(view, k - 1, LOCATIONS, 2, toIn)], LOCATIONS)) {
          dest = objectAfter(view, k - 1, LOCATIONS, 2, toIn);
          break;
        }
      }
    } else {
      // "the visit showed Berlin's interest": a noun visits nothing without "to".
      const direct = (it.norm === 'visit' || it.norm === 'visits' || it.norm === 'visited' || it.norm === 'visiting' || it.norm === 'toured') && !DETERMINERS.has(items[c - 1]?.norm ?? '') && items[c - 1]?.norm !== "'s";
      dest = objectAfter(view, c, LOCATIONS, 2, direct ? undefined : toIn);
      const noun = DETERMINERS.has(items[c - 1]?.norm ?? '') || (items[c - 1] !== undefined && !items[c - 1].mention && !PREPOSITIONS_TO.has(items[c - 1].norm) && TRAVEL_NOUNS.has(it.norm));
      if (!traveller && noun && isMentionOf(items[c - 2], PERSONS) && items[c - 1]?.norm === "'s") traveller = entityAt(items, c - 2);
      if (!traveller && noun) {
        // "…, the first American visit to China": a nominal trip belongs to the clause's subject, not to its object.
        const from = clauseStart(items, c);
        for (let k = from; k < c && !traveller; k++) {
          if (isMentionOf(items[k], PERSONS) && !afterPreposition(items, k)) traveller = entityAt(items, k);
        }
      }
      if (!traveller) {
        const s = subjectBefore(view, c, PERSONS);
        traveller = subjectEntity(scope, view, s);
      }
    }
    if (dest < 0 || !traveller) continue;
    out.add('VISITED', traveller, entityAt(items, dest), view, 0.75, futureFlags(items, c));
  }
}

/** Every relation of the article except SAID and the event relations, as facts with evidence. */
export function findFacts(scope: ArticleScope): FactList {
  const out = new FactList(scope);
  const leaders = roles(scope, out);
  for (const view of scope.views) {
    stance(scope, view, out);
    concerns(scope, view, out);
    sanctions(view, out);
    meetings(scope, view, out, leaders);
    membership(scope, view, out);
    visits(scope, view, out);
  }
  return out;
}

/** Whether a list already holds evidence from the same sentence span, quote and negation. */
function hasSameEvidence(list: readonly EvidenceRecord[], ev: EvidenceRecord): boolean {
  for (const e of list) if (e.start === ev.start && e.end === ev.end && e.quote === ev.quote && !!e.negated === !!ev.negated) return true;
  return false;
}

/** Merges facts into edges: one edge per (type, source, target), with all its evidence. */
export function toRelations(facts: readonly Fact[]): RelationRecord[] {
  // Evidence is gathered per edge first; confidence and flags are derived once from all of it.
  const byId = new Map<string, { base: RelationRecord; evidence: EvidenceRecord[] }>();
  for (const f of facts) {
    const undirected = UNDIRECTED_RELATION_TYPES.has(f.type);
    const swap = undirected && f.target < f.source;
    const source = swap ? f.target : f.source;
    const target = swap ? f.source : f.target;
    const id = relationId(f.type, source, target);
    let edge = byId.get(id);
    if (!edge) {
      edge = { base: { id, type: f.type, source, target, undirected, evidence: [], confidence: 0 }, evidence: [] };
      byId.set(id, edge);
    }
    if (!hasSameEvidence(edge.evidence, f.evidence)) edge.evidence.push(f.evidence);
  }
  return [...byId.values()].map(({ base, evidence }) => withEvidence(base, evidence));
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

/** Every relation of the article (SAID, stances, sanctions, meetings, roles, membership, visits), merged into edges. */
export function extractRelations(article: ResolvedArticle, views: SentenceView[], statements: readonly Statement[]): RelationRecord[] {
  const scope = articleScope(article, views, statements);
  const list = findFacts(scope);
  saidFacts(scope, statements, list);
  return toRelations(list.facts);
}
