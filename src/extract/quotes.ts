/**
 * Stage `quotes`: every direct quotation and reported statement of an article, attributed to its
 * speaker through the resolved mentions.
 */
import type { EntityLabel } from '../graph/model.js';
import { statementId } from '../graph/ids.js';
import {
  AUXILIARIES,
  PERSON_PRONOUNS,
  QUOTE_MARKS,
  QUOTING_VERBS,
  REPORT_VERBS,
  SKIPPED_DETERMINERS,
  SPEECH_VERBS,
} from './lexicon.js';
import { entityLabels } from './scope.js';
import type { CleanedArticle, ResolvedArticle, ResolvedMention, Sentence, Span, Statement } from './types.js';
import { afterPreposition, antecedentPerson, buildViews, isPossessive, type Item, type SentenceView } from './view.js';
import { partitionPoint } from './sorted.js';

/** A direct quotation: the words between quotation marks, marks excluded. */
export interface QuoteSpan extends Span {
  /** Index of the paragraph it is in. */
  paragraph: number;
  /** The quotation goes on in the next paragraph (its closing mark is missing, the next opens again). */
  continues: boolean;
}

const SPEAKER_LABELS: ReadonlySet<EntityLabel> = new Set<EntityLabel>(['Person', 'Organization']);
const OPENERS = new Set(['“', '"', '«', '„']);
const CLOSERS = new Set(['”', '"', '»', '“']);

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 191;
}

function isSpaceOrOpen(ch: string | undefined): boolean {
  return (
    ch === undefined ||
    ch === ' ' ||
    ch === '\n' ||
    ch === '\t' ||
    ch === '(' ||
    ch === '[' ||
    ch === '—' ||
    ch === '–' ||
    ch === '“' ||
    ch === '"'
  );
}

/**
 * Any quotation mark, straight or typographic: the regular expression engine finds the next one several
 * times faster than a loop over the characters.
 */
const ANY_QUOTE_MARK = new RegExp(
  `["'${[...QUOTE_MARKS].map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('')}]`,
  'g',
);

/** Positions of the quotation marks of a text, in order. */
function quoteMarks(text: string): number[] {
  const at: number[] = [];
  ANY_QUOTE_MARK.lastIndex = 0;
  while (ANY_QUOTE_MARK.test(text)) at.push(ANY_QUOTE_MARK.lastIndex - 1);
  return at;
}

/** Index of the first of the sorted positions at or after `from`. */
function firstFrom(positions: readonly number[], from: number): number {
  return partitionPoint(positions.length, (i) => positions[i] < from);
}

/** Spans of the direct quotations in the article's content paragraphs, in text order. */
export function findQuoteSpans(cleaned: CleanedArticle): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const { text } = cleaned;
  // Only quotation marks open or close a quotation.
  const marks = quoteMarks(text);
  cleaned.paragraphs.forEach((para, paragraph) => {
    let open = -1;
    let single = false;
    for (let j = firstFrom(marks, para.start); j < marks.length && marks[j] < para.end; j++) {
      const i = marks[j];
      const ch = text[i];
      const prev = i > para.start ? text[i - 1] : undefined;
      const next = i + 1 < para.end ? text[i + 1] : undefined;
      if (open < 0) {
        if (OPENERS.has(ch) && (ch !== '"' || isSpaceOrOpen(prev) || !isWordChar(prev))) {
          open = i + 1;
          single = false;
        } else if ((ch === '‘' || ch === "'") && isSpaceOrOpen(prev) && isWordChar(next)) {
          open = i + 1;
          single = true;
        }
        continue;
      }
      if (!single && ch === '“' && i > open) {
        // A second opening mark inside an open quotation: the first one was never closed.
        open = i + 1;
        continue;
      }
      const closes = single ? (ch === '’' || ch === "'") && !isWordChar(next) : CLOSERS.has(ch) && ch !== '“';
      if (closes) {
        if (i > open) out.push({ start: open, end: i, paragraph, continues: false });
        open = -1;
      }
    }
    if (open >= 0 && !single) {
      let end = para.end;
      while (end > open && (text[end - 1] === ' ' || text[end - 1] === '\n' || text[end - 1] === '\t')) end--;
      const nextPara = cleaned.paragraphs[paragraph + 1];
      const continues = nextPara !== undefined && OPENERS.has(text[nextPara.start]);
      if (end > open) out.push({ start: open, end, paragraph, continues });
    }
  });
  return out;
}

/** Index of the last sentence starting at or before `position`, -1 when none does. */
function sentenceAt(sentences: readonly Sentence[], position: number): number {
  return partitionPoint(sentences.length, (i) => sentences[i].start <= position) - 1;
}

/** Who a speaker reference points at. */
interface Speaker {
  entity: string;
  label: EntityLabel;
}

interface Context {
  article: ResolvedArticle;
  views: SentenceView[];
  labels: ReadonlyMap<string, EntityLabel>;
  /** The last statements' speakers, newest last, with the sentence they were attributed in. */
  recent: { speaker: Speaker; sentence: number }[];
}

function speakerOf(ctx: Context, m: ResolvedMention | undefined): Speaker | undefined {
  if (!m) return undefined;
  const label = ctx.labels.get(m.entity) ?? m.label;
  return SPEAKER_LABELS.has(label) ? { entity: m.entity, label } : undefined;
}

/** A pronoun without a resolved mention: the latest speaker, else the latest subject-like person. */
function resolvePronoun(ctx: Context, sentence: number, before: number): Speaker | undefined {
  const last = ctx.recent[ctx.recent.length - 1];
  if (last && sentence - last.sentence <= 3 && last.speaker.label === 'Person') return last.speaker;
  const person = antecedentPerson(ctx.views, sentence, before);
  return person ? { entity: person, label: 'Person' } : undefined;
}

/** Whether the word at v is a verb of speech here: not a noun ("her comments") nor a verb of another sense ("continues to give"). */
function isSpeechAt(items: readonly Item[], v: number, verbs: ReadonlySet<string>): boolean {
  const it = items[v];
  if (it.mention || !verbs.has(it.norm)) return false;
  const prev = items[v - 1]?.norm ?? '';
  if (SKIPPED_DETERMINERS.has(prev) || prev === 'to') return false;
  return items[v + 1]?.norm !== 'to' || it.norm === 'told' || it.norm === 'said' || it.norm === 'says';
}

/** Speech and report verbs together, to pass over other words with one look-up. */
const SPEECH_OR_REPORT_VERBS: ReadonlySet<string> = new Set([...SPEECH_VERBS, ...REPORT_VERBS]);

/** Whether item v is a verb of speech or of reporting that introduces what was said. */
function isSpeechOrReportAt(items: readonly Item[], v: number): boolean {
  return (
    SPEECH_OR_REPORT_VERBS.has(items[v].norm) &&
    (isSpeechAt(items, v, SPEECH_VERBS) || isSpeechAt(items, v, REPORT_VERBS))
  );
}

const SPOKES_WORDS: ReadonlySet<string> = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'spokespeople',
  'representative',
  'statement',
  'readout',
]);

/** "a spokesperson for X", "a statement from X": the body speaks through the person or the text. */
function isSpokesBody(items: readonly Item[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (items[j].norm === 'the' || items[j].norm === 'a')) j--;
  return (
    (items[j]?.norm === 'for' || items[j]?.norm === 'of' || items[j]?.norm === 'from') &&
    SPOKES_WORDS.has(items[j - 1]?.norm ?? '')
  );
}

function isPronoun(it: Item): boolean {
  return !it.mention && PERSON_PRONOUNS.has(it.norm) && it.norm !== 'they' && it.norm !== 'them';
}

/** The subject of the verb at v: the nearest speaker mention or pronoun before it, skipping appositions. */
function subjectOf(ctx: Context, view: SentenceView, v: number): Speaker | undefined {
  const { items } = view;
  let j = v - 1;
  while (
    j >= 0 &&
    (items[j].norm === 'also' ||
      items[j].norm === 'has' ||
      items[j].norm === 'had' ||
      items[j].norm === 'further' ||
      items[j].norm === 'then')
  )
    j--;
  if (j >= 0 && (items[j].norm === 'who' || items[j].norm === 'which')) {
    let k = j - 1;
    if (items[k]?.norm === ',') k--;
    const antecedent = speakerOf(ctx, items[k]?.mention);
    if (antecedent) return antecedent;
  }
  if (items[j]?.norm === ',') {
    // "X, a professor at Y, said": the speaker stands before the apposition.
    for (let k = j - 1; k >= 0 && k >= j - 25; k--) {
      if (items[k].quoted || items[k].norm === ';') break;
      if (items[k].norm !== ',') continue;
      const before = speakerOf(ctx, items[k - 1]?.mention);
      if (before?.label === 'Person') return before;
      break;
    }
  }
  for (let i = v - 1; i >= 0; i--) {
    const it = items[i];
    if (it.quoted) break;
    if (it.norm === ';' || it.norm === ':') break;
    if (isPronoun(it) || it.mention?.kind === 'pronoun') {
      return resolvePronoun(ctx, view.sentence.index, it.start) ?? speakerOf(ctx, it.mention);
    }
    if (!it.mention && it.norm === 'it') {
      // "it said": the organisation that spoke last.
      const last = ctx.recent[ctx.recent.length - 1];
      return last && view.sentence.index - last.sentence <= 2 && last.speaker.label === 'Organization'
        ? last.speaker
        : undefined;
    }
    if (!it.mention || (afterPreposition(items, i) && !isSpokesBody(items, i))) continue;
    const speaker = speakerOf(ctx, it.mention);
    if (speaker) return speaker;
  }
  return undefined;
}

/** "according to X": the first speaker mention after the phrase. */
function accordingTo(ctx: Context, items: readonly Item[], from: number, to: number): Speaker | undefined {
  for (let i = from; i + 1 < to; i++) {
    if (items[i].norm !== 'according' || items[i + 1].norm !== 'to') continue;
    for (let k = i + 2; k < to && k < i + 14; k++) {
      if (items[k].quoted || items[k].norm === ',' || items[k].norm === ';') break;
      const speaker = speakerOf(ctx, items[k].mention);
      if (speaker) return speaker;
    }
  }
  return undefined;
}

/** Speaker from the words before a quotation: "X said:", "X told Y that", "X praised"; the first verb of speech with a speaker wins. */
function fromLeft(ctx: Context, view: SentenceView, quoteStart: number): Speaker | undefined {
  const { items } = view;
  let end = 0;
  while (end < items.length && items[end].start < quoteStart) end++;
  for (const verbs of [SPEECH_VERBS, QUOTING_VERBS]) {
    for (let v = 0; v < end; v++) {
      const it = items[v];
      if (it.quoted || !isSpeechAt(items, v, verbs)) continue;
      const s = subjectOf(ctx, view, v);
      if (s) return s;
    }
  }
  return accordingTo(ctx, items, 0, end);
}

/** Speaker from the words after a quotation: "…,” X said", "…,” said X", "…,” according to X". */
function fromRight(ctx: Context, view: SentenceView, quoteEnd: number): Speaker | undefined {
  const { items } = view;
  let from = 0;
  while (from < items.length && items[from].start < quoteEnd) from++;
  let to = from;
  while (to < items.length && !items[to].quoted) to++;
  for (let v = from; v < to && v < from + 16; v++) {
    if (!isSpeechOrReportAt(items, v)) continue;
    let person: Speaker | undefined;
    let other: Speaker | undefined;
    for (let k = from; k < v; k++) {
      if (isPronoun(items[k])) person = resolvePronoun(ctx, view.sentence.index, items[k].start);
      const s = speakerOf(ctx, items[k].mention);
      if (!s || (afterPreposition(items, k) && !isSpokesBody(items, k))) continue;
      if (s.label === 'Person') person = person ?? s;
      else other = other ?? s;
    }
    if (person ?? other) return person ?? other;
    for (let k = v + 1; k < to && k < v + 7; k++) {
      if (!items[k].mention) continue;
      const s = speakerOf(ctx, items[k].mention);
      if (s && (k < v + 4 || s.label === 'Person' || isSpokesBody(items, k))) return s;
      // "said China's foreign minister, Wang Yi": a possessor before the speaker.
      if (!isPossessive(items, k)) break;
    }
  }
  return accordingTo(ctx, items, from, to);
}

function pushRecent(ctx: Context, speaker: Speaker, sentence: number): void {
  ctx.recent.push({ speaker, sentence });
}

function statement(
  article: ResolvedArticle,
  speaker: Speaker,
  span: Span,
  quote: string,
  sentence: Sentence,
  kind: 'direct' | 'reported',
  confidence: number,
): Statement {
  return {
    id: statementId(article.article, span.start, span.end),
    speaker: speaker.entity,
    quote,
    sentence: sentence.text,
    article: article.article,
    start: span.start,
    end: span.end,
    kind,
    sentenceIndex: sentence.index,
    sentenceStart: sentence.start,
    sentenceEnd: sentence.end,
    confidence,
  };
}

/** Groups quotation spans that continue across paragraphs into one quotation each. */
function chains(spans: readonly QuoteSpan[]): QuoteSpan[][] {
  const out: QuoteSpan[][] = [];
  let current: QuoteSpan[] | undefined;
  for (const s of spans) {
    if (current && current[current.length - 1].continues && s.paragraph === current[current.length - 1].paragraph + 1) {
      current.push(s);
    } else {
      current = [s];
      out.push(current);
    }
  }
  return out;
}

/**
 * Reported speech in a sentence, added to `out`: "X said (that) …", "…, X said", "according to X, …".
 * `direct` holds the speakers of the sentence's direct quotations.
 */
function reportedIn(ctx: Context, view: SentenceView, direct: ReadonlySet<string>, out: Statement[]): void {
  const { items, sentence } = view;
  const article = ctx.article;
  const text = article.cleaned.text;
  if (items.length === 0) return;
  if (items.some((it) => it.quoted)) return sourcedBy(ctx, view, direct, out);
  let reported: Statement | undefined;
  const last = items[items.length - 1].norm === '.' ? items.length - 2 : items.length - 1;
  for (let v = 0; v < items.length; v++) {
    const it = items[v];
    if (!isSpeechOrReportAt(items, v)) continue;
    let comma = -1;
    for (let c = v - 1; c >= 0 && c >= v - 6; c--) {
      if (items[c].norm === ',') {
        comma = c;
        break;
      }
    }
    let speaker: Speaker | undefined;
    let span: Span | undefined;
    if (comma > 2 && last - v <= 6) {
      // "…, X said." / "…, said X." / "…, X reported on Thursday."
      // The head of the phrase before the verb speaks: "State Department spokesman Matthew Miller said" is Miller.
      for (let k = v - 1; k > comma && !speaker; k--) {
        const found = isPronoun(items[k])
          ? resolvePronoun(ctx, sentence.index, items[k].start)
          : speakerOf(ctx, items[k].mention);
        if (
          found &&
          (found.label === 'Person' ||
            !items.slice(comma + 1, k).some((x) => x.mention && speakerOf(ctx, x.mention)?.label === 'Person'))
        )
          speaker = found;
      }
      // "…, said X." names the speaker after the verb; "…, said the EU had agreed" names a clause's subject.
      for (let k = v + 1; k <= last && k < v + 4 && !speaker; k++)
        if (!AUXILIARIES.has(items[k + 1]?.norm ?? '')) speaker = speakerOf(ctx, items[k].mention);
      span = { start: items[0].start, end: items[comma - 1].end };
    }
    // "X, a professor at Y, said the talks mattered": no speaker between the comma and the verb, so the subject speaks.
    if (!speaker && SPEECH_VERBS.has(it.norm)) {
      span = undefined;
      // "has not confirmed whether", "did not say": nothing was said.
      const neg = items
        .slice(Math.max(0, v - 3), v)
        .some((x) => x.norm === 'not' || x.norm === 'never' || x.norm.endsWith("n't"));
      if (neg) continue;
      speaker = subjectOf(ctx, view, v);
      let k = v + 1;
      if (it.norm === 'told' || it.norm === 'tells') {
        while (k <= last && items[k].norm !== 'that' && k < v + 6) k++;
      }
      if (items[k]?.norm === 'that') k++;
      if (last - k >= 2) span = { start: items[k].start, end: items[last].end };
    }
    if (!speaker || !span || direct.has(speaker.entity)) continue;
    reported = statement(article, speaker, span, text.slice(span.start, span.end), sentence, 'reported', 0.65);
    out.push(reported);
    pushRecent(ctx, speaker, sentence.index);
    break;
  }
  sourcedBy(ctx, view, direct, out, reported);
}

/** "…, according to X": the sentence as a statement of its source, added to `out` unless `reported` already has that speaker. */
function sourcedBy(
  ctx: Context,
  view: SentenceView,
  direct: ReadonlySet<string>,
  out: Statement[],
  reported?: Statement,
): void {
  const { items, sentence } = view;
  const source = accordingTo(ctx, items, 0, items.length);
  if (!source || reported?.speaker === source.entity || direct.has(source.entity)) return;
  pushRecent(ctx, source, sentence.index);
  out.push(statement(ctx.article, source, sentence, sentence.text, sentence, 'reported', 0.6));
}

/** Every statement of the article, in text order: direct quotations first attributed, then reported speech. */
export function extractStatements(
  article: ResolvedArticle,
  quotes: readonly QuoteSpan[] = findQuoteSpans(article.cleaned),
  views: SentenceView[] = buildViews(article, quotes),
  labels: ReadonlyMap<string, EntityLabel> = entityLabels(article),
): Statement[] {
  const ctx: Context = { article, views, labels, recent: [] };
  const text = article.cleaned.text;
  const out: Statement[] = [];
  // The speakers of the direct quotations of the sentence at hand.
  const direct = new Set<string>();
  const bySentence = new Map<number, QuoteSpan[][]>();
  for (const chain of chains(quotes)) {
    const s = sentenceAt(article.sentences, chain[0].start);
    if (s < 0) continue;
    const list = bySentence.get(s);
    if (list) list.push(chain);
    else bySentence.set(s, [chain]);
  }
  let previousParagraphSpeaker: { speaker: Speaker; paragraph: number; sentence: number } | undefined;
  for (const view of views) {
    if (direct.size > 0) direct.clear();
    const here = bySentence.get(view.sentence.index) ?? [];
    let sameSentence: Speaker | undefined;
    for (const chain of here) {
      const head = chain[0];
      const tail = chain[chain.length - 1];
      const tailSentence =
        article.sentences[sentenceAt(article.sentences, Math.max(tail.start, tail.end - 1))] ?? view.sentence;
      let confidence = 0.9;
      let speaker = fromLeft(ctx, view, head.start) ?? fromRight(ctx, views[tailSentence.index] ?? view, tail.end);
      if (!speaker && chain.length === 1 && tailSentence.index !== view.sentence.index) {
        speaker = fromRight(ctx, view, head.end);
      }
      if (!speaker && sameSentence) speaker = sameSentence;
      const opensParagraph = head.start - 1 === article.cleaned.paragraphs[head.paragraph]?.start;
      const opensSentence = head.start - 1 <= view.sentence.start;
      const previous = previousParagraphSpeaker;
      // A quotation standing alone goes on from the speaker of the quotation just before it:
      // at the start of the next paragraph, or as the next sentence of the same paragraph.
      const continues =
        previous !== undefined &&
        ((opensParagraph && head.paragraph - previous.paragraph <= 1) ||
          (opensSentence && head.paragraph === previous.paragraph && view.sentence.index - previous.sentence <= 1));
      if (!speaker && continues) {
        speaker = previous.speaker;
        confidence = 0.75;
      }
      if (!speaker) continue;
      sameSentence = speaker;
      const words = chain.map((s) => text.slice(s.start, s.end).trim()).join(' ');
      out.push(
        statement(article, speaker, { start: head.start, end: tail.end }, words, view.sentence, 'direct', confidence),
      );
      direct.add(speaker.entity);
      pushRecent(ctx, speaker, tailSentence.index);
      previousParagraphSpeaker = { speaker, paragraph: tail.paragraph, sentence: tailSentence.index };
    }
    reportedIn(ctx, view, direct, out);
  }
  return out;
}
