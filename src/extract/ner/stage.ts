/**
 * Pipeline stage `ner`: merges the trained model's reading of the article (src/extract/ner) with the
 * mentions the rules found. The rules keep what they do well (titles and roles, countries, known
 * entities, acronyms, event frames); the model decides what no rule can: the type of a capitalised name
 * that carries no cue ("Harbour Crest Trading" is a company, not a person) and names the rules miss.
 */
import type { EntityLabel } from '../../graph/model.js';
import { typedByShape } from '../context-types.js';
import type { Mention, Sentence } from '../types.js';
import type { NerModel, NerSpan, SpanType } from './index.js';

/** How sure the model must be before it overrides or adds to the rules (chosen on news-dev and GUM dev held out). */
export const NER_THRESHOLDS = {
  /** probability of another label before a rule's shape-typed Person is retyped */
  retype: Number(process.env.T_RETYPE ?? 0.6),
  /** confidence of a model name that no rule found before it is added */
  add: Number(process.env.T_ADD ?? 0.75),
  drop: Number(process.env.T_DROP ?? 0),
  widen: Number(process.env.T_WIDEN ?? 2),
};

/** Labels the model may add on its own: Country stays with the gazetteer, Event with the event frames. */
const ADDABLE: ReadonlySet<EntityLabel> = new Set(['Person', 'Organization', 'Place']);

/** The sentence holding a span, by binary search over sentences in text order; undefined outside every sentence. */
function sentenceOf(sentences: readonly Sentence[], start: number, end: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (end <= s.start) hi = mid - 1;
    else if (start >= s.end) lo = mid + 1;
    else return start >= s.start && end <= s.end ? s : undefined;
  }
  return undefined;
}


/** The name inside a mention without an honorific before it ("Mr Modi" → "Modi"), as the model was trained to read names. */
function namePart(m: Mention): { start: number; end: number } {
  const name = m.normalized;
  return name && name !== m.text && m.text.endsWith(name) ? { start: m.end - name.length, end: m.end } : m;
}


/** One reading per surface form: the label probabilities of all its occurrences summed (a per-entity vote). */
function vote(typed: readonly SpanType[], keys: readonly string[]): SpanType[] {
  const sums = new Map<string, { scores: Record<string, number>; name: number; n: number }>();
  typed.forEach((t, k) => {
    const acc = sums.get(keys[k]) ?? { scores: {}, name: 0, n: 0 };
    for (const [l, p] of Object.entries(t.scores)) acc.scores[l] = (acc.scores[l] ?? 0) + p;
    acc.name += t.nameScore;
    acc.n += 1;
    sums.set(keys[k], acc);
  });
  return typed.map((t, k) => {
    const acc = sums.get(keys[k])!;
    let best = t.label;
    for (const [l, p] of Object.entries(acc.scores)) if (p > (acc.scores[best] ?? 0)) best = l as typeof t.label;
    return { ...t, label: best, score: acc.scores[best]! / acc.n, nameScore: acc.name / acc.n };
  });
}

/** Retypes shape-typed persons the model reads as something else. */
function retype(mentions: Mention[], typedRaw: readonly SpanType[], candidates: readonly number[]): void {
  const typed = process.env.T_VOTE === '1' ? vote(typedRaw, candidates.map((i) => mentions[i].normalized ?? mentions[i].text)) : typedRaw;
  candidates.forEach((index, k) => {
    const t = typed[k];
    if (process.env.T_DEBUG) console.error('cand', JSON.stringify(mentions[index].text), t.label, t.score.toFixed(2), t.nameScore.toFixed(2));
    if (t.nameScore < NER_THRESHOLDS.drop) {
      mentions[index] = { ...mentions[index], label: 'DROP' as EntityLabel };
      return;
    }
    if (t.label === 'Person' || t.score < NER_THRESHOLDS.retype || t.nameScore < 0.5) return;
    mentions[index] = { ...mentions[index], label: t.label };
  });
}

/** Rule names inside a longer, confident model name take the model's span ("Council on American" → "Council on American-Islamic Relations"). */
function widen(mentions: Mention[], spans: readonly NerSpan[], text: string): void {
  for (const span of spans) {
    if (span.score < NER_THRESHOLDS.widen) continue;
    const inside = mentions.map((m, i) => [m, i] as const).filter(([m]) => m.start >= span.start && m.end <= span.end && (m.start > span.start || m.end < span.end) && m.kind === 'name' && m.label !== 'Country' && m.role === undefined);
    if (inside.length !== 1) continue;
    const overl = mentions.some((m) => m !== inside[0][0] && m.end > span.start && m.start < span.end);
    if (overl) continue;
    const [m, i] = inside[0];
    mentions[i] = { ...m, start: span.start, end: span.end, text: text.slice(span.start, span.end), label: span.label, normalized: undefined };
  }
}

/** Model names that overlap no rule mention, as mentions of their sentence. */
function additions(spans: readonly NerSpan[], mentions: readonly Mention[], sentences: readonly Sentence[], text: string): Mention[] {
  const out: Mention[] = [];
  let j = 0;
  for (const span of spans) {
    if (!ADDABLE.has(span.label) || span.score < NER_THRESHOLDS.add) continue;
    while (j < mentions.length && mentions[j].end <= span.start) j++;
    let overlaps = false;
    for (let k = j; k < mentions.length && mentions[k].start < span.end; k++) if (mentions[k].end > span.start) overlaps = true;
    if (overlaps) continue;
    const sentence = sentenceOf(sentences, span.start, span.end);
    if (!sentence) continue;
    out.push({ start: span.start, end: span.end, text: text.slice(span.start, span.end), label: span.label, kind: 'name', sentence: sentence.index });
  }
  return out;
}

/** The rules' mentions with the model's types and additions, in text order. */
export function mergeModelMentions(text: string, sentences: readonly Sentence[], mentions: readonly Mention[], model: NerModel): Mention[] {
  if (sentences.length === 0) return [...mentions];
  const analysis = model.analyse(text);
  if (process.env.T_MODE === 'model') {
    const rest = mentions.filter((m) => m.kind !== 'name' && m.kind !== 'surname' && m.kind !== 'acronym');
    const spans = model.spansOf(analysis).filter((s) => s.label !== 'Event');
    const added = spans.flatMap((span) => { const sentence = sentenceOf(sentences, span.start, span.end); return sentence ? [{ start: span.start, end: span.end, text: text.slice(span.start, span.end), label: span.label, kind: 'name' as const, sentence: sentence.index }] : []; });
    return [...rest.filter((m) => !added.some((a) => a.end > m.start && a.start < m.end)), ...added].sort((x, y) => x.start - y.start || y.end - x.end);
  }
  const merged = [...mentions];
  const fullNameWords = new Set(merged.flatMap((m) => (m.label === 'Person' && (m.role !== undefined || m.kind === 'name') ? (m.normalized ?? m.text).split(' ').filter((w) => w !== (m.normalized ?? m.text)) : [])));
  const candidates = merged.flatMap((m, i) => (typedByShape(m) && (process.env.T_SURNAME === '1' || m.kind === 'name') && !(m.kind === 'surname' && fullNameWords.has(m.normalized ?? m.text)) ? [i] : []));
  retype(merged, model.typeSpans(text, candidates.map((i) => namePart(merged[i])), analysis), candidates);
  const spans = model.spansOf(analysis);
  widen(merged, spans, text);
  const kept = merged.filter((m) => (m.label as string) !== 'DROP');
  const added = additions(spans, kept, sentences, text);
  return [...kept, ...added].sort((x, y) => x.start - y.start || y.end - x.end);
}
