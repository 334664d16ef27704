import type { ArticleGraph, EntityRecord, EvidenceRecord, MentionRecord, RelationRecord } from './model.js';
import { buildKnowledgeGraph, type SerializedGraph } from './serialize.js';
import { foldText } from './text.js';

/** Combined confidence of independent pieces of evidence (noisy-or), rounded to 4 places. */
export function combineConfidence(evidence: readonly Pick<EvidenceRecord, 'confidence'>[]): number {
  const missing = evidence.reduce((product, e) => product * (1 - Math.min(1, Math.max(0, e.confidence))), 1);
  return Math.round((1 - missing) * 10_000) / 10_000;
}

function mentionKey(m: MentionRecord): string {
  return `${m.article}:${m.start}:${m.end}`;
}

function evidenceKey(e: EvidenceRecord): string {
  return `${e.article}:${e.start}:${e.end}:${e.quote ?? ''}`;
}

/** Union of two lists of strings, first-seen order, without duplicates or the excluded value. */
export function unionStrings(a: readonly string[], b: readonly string[], exclude?: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const s of [...a, ...b]) {
    if (s === exclude || seen.has(s)) continue;
    seen.add(s);
    out.push(s);
  }
  return out;
}

/** Merges two records of the same entity: aliases, mentions and roles are united, scalars kept from `a` when set. */
export function mergeEntities(a: EntityRecord, b: EntityRecord): EntityRecord {
  const mentions = new Map<string, MentionRecord>();
  for (const m of [...a.mentions, ...b.mentions]) mentions.set(mentionKey(m), m);
  const merged: EntityRecord = {
    ...b,
    ...a,
    aliases: unionStrings(a.aliases, b.name === a.name ? b.aliases : [b.name, ...b.aliases], a.name),
    mentions: [...mentions.values()],
    count: mentions.size,
  };
  const roles = unionStrings(a.roles ?? [], b.roles ?? []);
  if (roles.length > 0) merged.roles = roles;
  return merged;
}

/** Merges two records of the same edge: evidence is united and confidence recombined. */
export function mergeRelations(a: RelationRecord, b: RelationRecord): RelationRecord {
  const evidence = new Map<string, EvidenceRecord>();
  for (const e of [...a.evidence, ...b.evidence]) evidence.set(evidenceKey(e), e);
  const all = [...evidence.values()];
  return withEvidence({ ...b, ...a }, all);
}

/** The edge with the given evidence: confidence recombined and negated/hedged derived from it. */
export function withEvidence(relation: RelationRecord, evidence: EvidenceRecord[]): RelationRecord {
  const { negated: _negated, hedged: _hedged, ...rest } = relation;
  const plain = evidence.filter((e) => !e.negated);
  const out: RelationRecord = { ...rest, evidence, confidence: combineConfidence(plain.length > 0 ? plain : evidence) };
  // A fact is plain as soon as one piece of evidence states it plainly.
  if (evidence.length > 0 && evidence.every((e) => e.negated)) out.negated = true;
  else if (evidence.length > 0 && evidence.every((e) => e.negated || e.hedged)) out.hedged = true;
  return out;
}

/** The mentions without repeats (same article and span), first position kept, last record kept. */
export function distinctMentions(mentions: readonly MentionRecord[]): MentionRecord[] {
  const byKey = new Map<string, MentionRecord>();
  for (const m of mentions) byKey.set(mentionKey(m), m);
  return [...byKey.values()];
}

/** The evidence without repeats (same article, span and quote), first position kept, last record kept. */
export function distinctEvidence(evidence: readonly EvidenceRecord[]): EvidenceRecord[] {
  const byKey = new Map<string, EvidenceRecord>();
  for (const e of evidence) byKey.set(evidenceKey(e), e);
  return [...byKey.values()];
}

/**
 * mergeEntities without the mentions: every other field as mergeEntities gives it (mentions empty,
 * count 0), in time independent of the mentions, for callers that gather the mentions themselves.
 */
export function mergeEntityFields(a: EntityRecord, b: EntityRecord): EntityRecord {
  return mergeEntities({ ...a, mentions: [] }, { ...b, mentions: [] });
}

/**
 * mergeRelations without the evidence: every other field as mergeRelations gives it (evidence empty,
 * confidence 0, no flags), in time independent of the evidence, for callers that gather the evidence themselves.
 */
export function mergeRelationFields(a: RelationRecord, b: RelationRecord): RelationRecord {
  return mergeRelations({ ...a, evidence: [] }, { ...b, evidence: [] });
}

/** Running counts and products over an edge's evidence, in order, from which withEvidence's results follow. */
export interface EvidenceTally {
  total: number;
  /** Evidence not negated. */
  plain: number;
  /** Evidence neither negated nor hedged. */
  stated: number;
  /** Product of 1 - confidence over the plain evidence. */
  missingPlain: number;
  /** Product of 1 - confidence over all evidence. */
  missingAll: number;
}

/** Adds evidence, in order, to a tally (a new one when none is given) and returns it. */
export function tallyEvidence(
  evidence: readonly EvidenceRecord[],
  tally: EvidenceTally = { total: 0, plain: 0, stated: 0, missingPlain: 1, missingAll: 1 },
): EvidenceTally {
  for (const e of evidence) {
    const missing = 1 - Math.min(1, Math.max(0, e.confidence));
    tally.total += 1;
    tally.missingAll *= missing;
    if (e.negated) continue;
    tally.plain += 1;
    tally.missingPlain *= missing;
    if (!e.hedged) tally.stated += 1;
  }
  return tally;
}

/** Sets confidence, negated and hedged of an edge in place from its evidence tally, exactly as withEvidence derives them. */
export function applyTally(relation: Partial<RelationRecord>, tally: EvidenceTally): void {
  const missing = tally.plain > 0 ? tally.missingPlain : tally.missingAll;
  relation.confidence = Math.round((1 - missing) * 10_000) / 10_000;
  delete relation.negated;
  delete relation.hedged;
  if (tally.total > 0 && tally.plain === 0) relation.negated = true;
  else if (tally.total > 0 && tally.stated === 0) relation.hedged = true;
}

/**
 * The folded forms a mention may have given its entity as aliases: its whole written form (`surface`,
 * title included, for a titled person's mention, and its text, the name; else its text), and, unless
 * that form ends with the canonical name, every tail of its words (the extractor strips titles: "Mr
 * Kumar" gives "Kumar", "President Ana Souza" gives only the name).
 */
function formsOf(mentions: readonly MentionRecord[], foldedName: string): Set<string> {
  const forms = new Set<string>();
  for (const m of mentions) {
    if (m.surface !== undefined) forms.add(foldText(m.text));
    const folded = foldText(m.surface ?? m.text);
    forms.add(folded);
    if (` ${folded}`.endsWith(` ${foldedName}`)) continue;
    const words = folded.split(' ');
    for (let i = 1; i < words.length; i += 1) forms.add(words.slice(i).join(' '));
  }
  return forms;
}

/**
 * The entity without one article's mentions, possibly with none left. The aliases that the article's
 * mentions gave go, unless a remaining mention gives them too; aliases that no mention of the article
 * gave (an acronym's expansion, a form from elsewhere) stay, and so does the canonical name.
 */
export function entityWithoutArticle(entity: EntityRecord, article: string): EntityRecord {
  const foldedName = foldText(entity.name);
  const mentions = entity.mentions.filter((m) => m.article !== article);
  const kept = formsOf(mentions, foldedName);
  const gone = formsOf(
    entity.mentions.filter((m) => m.article === article),
    foldedName,
  );
  const aliases = entity.aliases.filter((alias) => {
    const folded = foldText(alias);
    return kept.has(folded) || !gone.has(folded);
  });
  return { ...entity, aliases, mentions, count: mentions.length };
}

/** Removes one article's evidence from an edge; undefined when none is left. */
export function withoutArticleEvidence(relation: RelationRecord, article: string): RelationRecord | undefined {
  const evidence = relation.evidence.filter((e) => e.article !== article);
  if (evidence.length === 0) return undefined;
  return withEvidence(relation, evidence);
}

/** Records with the same id, in the order met. */
function groupById<T extends { id: string }>(records: Iterable<T>): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const group = groups.get(record.id);
    if (group) group.push(record);
    else groups.set(record.id, [record]);
  }
  return groups;
}

/** The records of one entity merged as successive mergeEntities calls would, in linear time. */
function mergeEntityGroup(group: readonly EntityRecord[]): EntityRecord {
  if (group.length === 1) return group[0]!;
  const merged = group.slice(1).reduce(mergeEntityFields, group[0]!);
  merged.mentions = distinctMentions(group.flatMap((e) => e.mentions));
  merged.count = merged.mentions.length;
  return merged;
}

/** The records of one edge merged as successive mergeRelations calls would, in linear time. */
function mergeRelationGroup(group: readonly RelationRecord[]): RelationRecord {
  if (group.length === 1) return group[0]!;
  const merged = group.slice(1).reduce(mergeRelationFields, group[0]!);
  return withEvidence(merged, distinctEvidence(group.flatMap((r) => r.evidence)));
}

/** The union of several article graphs as one graphology export. */
export function mergeArticleGraphs(graphs: readonly ArticleGraph[]): SerializedGraph {
  const entities = [...groupById(graphs.flatMap((g) => g.entities)).values()].map(mergeEntityGroup);
  const relations = [...groupById(graphs.flatMap((g) => g.relations)).values()].map(mergeRelationGroup);
  return buildKnowledgeGraph(entities, relations).export();
}
