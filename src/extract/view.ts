/**
 * A sentence seen as a flat sequence of items: the outermost resolved mentions and the words between
 * them. The relation and quotation stages match their patterns over this sequence.
 */
import type { EntityLabel } from '../graph/model.js';
import { CLAUSE_BREAKS, FUTURE_WORDS, HEDGES, NEGATORS, PREPOSITIONS, RELATIVES } from './lexicon.js';
import { memoize } from './memo.js';
import type { ResolvedArticle, ResolvedMention, Sentence, Span } from './types.js';
import { partitionPoint } from './sorted.js';

/** One item of a sentence: a mention or a word or punctuation token. */
export interface Item extends Span {
  /** Lower-cased text, curly apostrophes straightened; the entity id's label for mentions is on `mention`. */
  norm: string;
  /** The outermost mention this item is, when it is one. */
  mention?: ResolvedMention;
  /** Mentions nested inside the outer mention ("Xi" inside "Xi–Putin meeting"). */
  inner: readonly ResolvedMention[];
  /** The item lies inside a direct quotation. */
  quoted: boolean;
}

/** A sentence with its items and every mention in it. */
export interface SentenceView {
  sentence: Sentence;
  items: Item[];
  mentions: ResolvedMention[];
}

const POSSESSIVE_MARKS = new Set(["'s", "'", 's']);

const NON_WORD = /[^\p{L}\p{N}]+/u;

function normalise(text: string): string {
  return straightened(text.toLowerCase());
}

/** Lower-cased text with curly apostrophes and backticks straightened. */
function straightened(lower: string): string {
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    // ’ ‘ `
    if (c === 0x2019 || c === 0x2018 || c === 0x60)
      return lower.replaceAll('’', "'").replaceAll('‘', "'").replaceAll('`', "'");
  }
  return lower;
}

/** The lower-cased words of a text ("Xi–Putin Meeting" → xi, putin, meeting). */
function wordsOf(text: string): string[] {
  const lower = text.toLowerCase();
  const words: string[] = [];
  // ASCII: words are the runs of a-z and 0-9 (lower case leaves no capitals); other text goes to the Unicode pattern.
  let start = -1;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 128) return lower.split(NON_WORD).filter((w) => w.length > 0);
    if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(lower.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) words.push(lower.slice(start));
  return words;
}

/** Texts whose words lowerWords keeps (many articles' worth of names and roles); the memo is emptied when full. */
const WORDS_MEMO_SIZE = 8192;

/**
 * The lower-cased words of a text ("Xi–Putin Meeting" → xi, putin, meeting). Memoised: the patterns and
 * the events stage read the words of the same mention, role and event name again and again. The words
 * are shared by every caller: never change them.
 */
export const lowerWords: (text: string) => readonly string[] = memoize(wordsOf, WORDS_MEMO_SIZE);

/** Whether some span of `spans` (sorted, disjoint) holds `position`. */
function insideAny(spans: readonly Span[], position: number): boolean {
  return overlapsAny(spans, position, position);
}

/** What a word or punctuation item holds inside it: nothing (one shared, never-changed array). */
const NO_MENTIONS: readonly ResolvedMention[] = [];

/** An outer mention's item while the mentions nested inside it are gathered. */
interface OuterItem extends Item {
  inner: ResolvedMention[];
}

/** Curly apostrophes and backticks, which `straightened` replaces: a sentence without any needs no check per word. */
const CURLY_MARKS = /[’‘`]/;

/** Adds the items of a word token: "Russia's" as its stem and a possessive mark, which patterns read separately. */
function pushWordItems(items: Item[], text: string, norm: string, start: number, quoted: boolean): void {
  const n = norm.length;
  // ends with "'s" (39 is the apostrophe, 115 "s")
  if (n > 2 && norm.charCodeAt(n - 1) === 115 && norm.charCodeAt(n - 2) === 39) {
    const cut = start + text.length - 2;
    items.push({ start, end: cut, norm: norm.slice(0, -2), inner: NO_MENTIONS, quoted });
    items.push({ start: cut, end: start + text.length, norm: "'s", inner: NO_MENTIONS, quoted });
    return;
  }
  items.push({ start, end: start + text.length, norm, inner: NO_MENTIONS, quoted });
}

/** Mentions in text order, longer first at the same start (the list sorted in place, unless it already is). */
function byPosition(a: ResolvedMention, b: ResolvedMention): number {
  return a.start - b.start || b.end - a.end;
}

function sortedByPosition(list: ResolvedMention[]): ResolvedMention[] {
  for (let i = 1; i < list.length; i++) if (byPosition(list[i - 1], list[i]) > 0) return list.sort(byPosition);
  return list;
}

/**
 * Whether some span of `spans` (sorted, disjoint) holds a position from `lo` to `hi`: most sentences hold
 * no quotation, and then no item needs its own search.
 */
function overlapsAny(spans: readonly Span[], lo: number, hi: number): boolean {
  // The first span ending after lo.
  const a = partitionPoint(spans.length, (i) => spans[i].end <= lo);
  return a < spans.length && spans[a].start <= hi;
}

/** The outer mentions of a sentence as items, each with the mentions nested inside it. */
function outerItems(mentions: readonly ResolvedMention[], quotes: readonly Span[], quotable: boolean): OuterItem[] {
  const outer: OuterItem[] = [];
  for (const m of mentions) {
    const last = outer[outer.length - 1];
    if (last && m.start < last.end) {
      last.inner.push(m);
      continue;
    }
    outer.push({
      start: m.start,
      end: m.end,
      norm: normalise(m.text),
      mention: m,
      inner: [],
      quoted: quotable && insideAny(quotes, m.start),
    });
  }
  return outer;
}

/** The view of one sentence; `mentions` are its mentions in text order. */
function viewOf(sentence: Sentence, mentions: ResolvedMention[], quotes: readonly Span[]): SentenceView {
  const { tokens } = sentence;
  const lo = Math.min(tokens[0]?.start ?? sentence.start, mentions[0]?.start ?? sentence.start);
  const hi = Math.max(tokens[tokens.length - 1]?.start ?? lo, mentions[mentions.length - 1]?.start ?? lo);
  const quotable = overlapsAny(quotes, lo, hi);
  // A token's text is the article's text over its span, inside the sentence's.
  const curly = CURLY_MARKS.test(sentence.text);
  const outer = outerItems(mentions, quotes, quotable);
  const items: Item[] = [];
  let k = 0;
  for (const token of tokens) {
    while (k < outer.length && outer[k].end <= token.start) items.push(outer[k++]);
    const covering = k < outer.length && token.start < outer[k].end && token.end > outer[k].start;
    if (covering) {
      // A possessive mark glued to the end of a mention ("Russia's" tokenised as one word).
      const o = outer[k];
      if (token.end > o.end) {
        const rest = normalise(sentence.text.slice(o.end - sentence.start, token.end - sentence.start));
        if (POSSESSIVE_MARKS.has(rest) || rest === "'s") {
          items.push(o);
          k++;
          items.push({ start: o.end, end: token.end, norm: "'s", inner: NO_MENTIONS, quoted: o.quoted });
        }
      }
      continue;
    }
    const lower = token.lower ?? token.text.toLowerCase();
    pushWordItems(
      items,
      token.text,
      curly ? straightened(lower) : lower,
      token.start,
      quotable && insideAny(quotes, token.start),
    );
  }
  while (k < outer.length) items.push(outer[k++]);
  return { sentence, items, mentions };
}

/** The view of every sentence of an article; `quotes` are the spans of direct quotations, sorted. */
export function buildViews(article: ResolvedArticle, quotes: readonly Span[]): SentenceView[] {
  const bySentence = new Map<number, ResolvedMention[]>();
  for (const m of article.mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  return article.sentences.map((sentence) =>
    viewOf(sentence, sortedByPosition(bySentence.get(sentence.index) ?? []), quotes),
  );
}

/** Whether the item is a mention with one of the labels. */
export function isMentionOf(item: Item | undefined, labels: ReadonlySet<EntityLabel>): boolean {
  return item?.mention !== undefined && labels.has(item.mention.label);
}

/** Whether the item at i is followed by a possessive mark ("Russia's", "leaders'"). */
export function isPossessive(items: readonly Item[], i: number): boolean {
  const next = items[i + 1];
  if (next && (next.norm === "'s" || next.norm === "'")) return true;
  const m = items[i]?.mention;
  return m !== undefined && (m.text.endsWith("'s") || m.text.endsWith('’s'));
}

/** Whether the mention at i is the object of a preposition ("at Renmin University"). */
export function afterPreposition(items: readonly Item[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const n = items[j].norm;
    if (items[j].mention) return false;
    if (PREPOSITIONS.has(n)) return true;
    // "with A and B": a list keeps the preposition of its first member.
    if (
      (n === 'and' || n === 'or' || n === ',') &&
      items[j - 1]?.mention &&
      items[j - 1].mention?.label === items[i].mention?.label
    )
      return afterPreposition(items, j - 1);
    if (n === 'the' || n === 'a' || n === 'an' || n === ',' || n === "'s") continue;
    return false;
  }
  return false;
}

/** Index of the first item of the clause that holds item i. */
export function clauseStart(items: readonly Item[], i: number): number {
  for (let j = i - 1; j >= 0; j--) {
    if (CLAUSE_BREAKS.has(items[j].norm) || items[j].quoted !== items[i].quoted) return j + 1;
  }
  return 0;
}

/** Index after the last item of the clause that holds item i. */
export function clauseEnd(items: readonly Item[], i: number): number {
  for (let j = i + 1; j < items.length; j++) {
    if (CLAUSE_BREAKS.has(items[j].norm) || items[j].quoted !== items[i].quoted) return j;
  }
  return items.length;
}

/** Whether a word of the clause before item i (or of the sentence, for "not confirmed") denies it. */
export function isNegated(items: readonly Item[], from: number, i: number): boolean {
  for (let j = Math.max(0, from); j < i; j++) {
    const n = items[j].norm;
    if (NEGATORS.has(n) || n.endsWith("n't")) return true;
  }
  return false;
}

/**
 * Whether a word of the clause before item i, or a denial of confirmation in the sentence, hedges it;
 * with `happening`, words of the future and of intention hedge too (a meeting that will take place).
 */
export function isHedged(items: readonly Item[], from: number, i: number, happening = false): boolean {
  for (let j = Math.max(0, from); j < i; j++) {
    const n = items[j].norm;
    if (HEDGES.has(n) || (happening && FUTURE_WORDS.has(n))) return true;
  }
  for (let j = 1; j < items.length; j++) {
    const n = items[j].norm;
    if ((n === 'confirmed' || n === 'verified') && isNegated(items, Math.max(0, j - 4), j)) return true;
    if (n === 'unconfirmed') return true;
  }
  return false;
}

/** Whether item j is a relative pronoun introducing a clause about the noun before it. */
export function isRelative(items: readonly Item[], j: number): boolean {
  return RELATIVES.has(items[j]?.norm ?? '');
}

/** People are listed with people; countries and organisations with each other ("US and EU sanctions"). */
function sameKind(a: Item, b: Item): boolean {
  return (a.mention?.label === 'Person') === (b.mention?.label === 'Person');
}

/** Indices of the mentions coordinated with the one at i ("India, Pakistan and Iran"), i included, in order. */
export function coordinated(items: readonly Item[], i: number, labels: ReadonlySet<EntityLabel>): number[] {
  let out = [i];
  let closed = true;
  let j = i + 1;
  while (j + 1 < items.length) {
    const sep = items[j].norm;
    if (sep !== ',' && sep !== 'and' && sep !== 'or' && sep !== '&') break;
    let k = j + 1;
    const joined = sep !== ',' || items[k]?.norm === 'and' || items[k]?.norm === 'or';
    if (sep === ',' && joined) k++;
    while (k < items.length && (items[k].norm === 'the' || items[k].norm === 'also')) k++;
    if (!isMentionOf(items[k], labels) || !sameKind(items[i], items[k])) break;
    out.push(k);
    closed = joined;
    j = k + 1;
    if (joined) break;
  }
  // "A, B" without a closing "and C" is an apposition, not a list.
  if (!closed) out = [i];
  let b = i - 1;
  while (b > 0 && (items[b].norm === 'the' || items[b].norm === 'also')) b--;
  const before: number[] = [];
  while (b - 1 >= 0) {
    const sep = items[b].norm;
    if (sep !== ',' && sep !== 'and' && sep !== 'or' && sep !== '&') break;
    let k = b - 1;
    if ((sep === 'and' || sep === 'or') && items[k]?.norm === ',') k--;
    if (!isMentionOf(items[k], labels) || !sameKind(items[i], items[k])) break;
    before.unshift(k);
    b = k - 1;
  }
  return [...before, ...out];
}

/**
 * The person a "he" or "she" at offset `before` of sentence `index` stands for: the nearest person
 * named before it in its sentence, else the first person named in one of the two sentences before
 * (news sentences open with their topic).
 */
export function antecedentPerson(views: readonly SentenceView[], index: number, before: number): string | undefined {
  const here = views[index]?.items ?? [];
  for (let i = here.length - 1; i >= 0; i--) {
    const m = here[i].mention;
    if (here[i].start < before && !here[i].quoted && m?.label === 'Person' && m.kind !== 'pronoun') return m.entity;
  }
  for (let s = index - 1; s >= 0 && s >= index - 2; s--) {
    for (const it of views[s].items) {
      if (it.quoted) continue;
      const m = it.mention?.label === 'Person' ? it.mention : it.inner.find((x) => x.label === 'Person');
      if (m && m.kind !== 'pronoun') return m.entity;
    }
  }
  return undefined;
}
