/**
 * Stage `sentences`: splits the content paragraphs into sentences and tokens, with offsets into the
 * original text. Robust to news English: abbreviations and initials (Mr., U.S., Prof., No. 3), quotations
 * that span sentences, curly and straight quotation marks, dashes and possessives.
 */
import { QUOTE_MARKS } from './lexicon.js';
import type { CleanedArticle, Sentence, Token, TokenKind } from './types.js';

/** Words that end with a full stop without ending the sentence. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof st jr sr gen lt col sen rep gov capt adm rev hon inc co corp ltd vs etc jan feb mar apr ' +
    'jun jul aug sep sept oct nov dec mt ft fig approx no nos vol pp dept est univ assn bros cmdr sgt maj pres supt'
  ).split(' '),
);

/** A token of any text; sticky, and scanPattern sets its lastIndex before each match, so one pattern serves every call. */
const TOKEN = new RegExp(
  [
    '(?<acronym>(?:\\p{Lu}\\.){2,})',
    "(?<word>[\\p{L}\\p{M}\\p{N}]+(?:(?:[-–'’&/]|\\.(?=\\p{N}))[\\p{L}\\p{M}\\p{N}]+)*)",
    '(?<quote>[“”"‘’\'«»„])',
    '(?<dash>[–—]|-{1,2})',
    '(?<punct>\\S)',
  ].join('|'),
  'uy',
);

const OPENING = new Set(['“', '‘', '«', '„']);
const CLOSING = new Set(['”', '’', '»']);

/** Whether a word token holds a letter (else it is a number): ASCII fast path, Unicode otherwise. */
function hasLetter(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
    if (c >= 128) return /\p{L}/u.test(t);
  }
  return false;
}

const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90;
const isAsciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
/** Whether an ASCII code is `\s`: tab, line feed, vertical tab, form feed, carriage return, space. */
const isAsciiSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

/** Token kinds by index; a scanned token is packed in one number, its end times 8 plus its kind's index. */
const KINDS: readonly TokenKind[] = ['word', 'number', 'quote', 'dash', 'punct'];
const WORD = 0;
const NUMBER = 1;
const QUOTE = 2;
const DASH = 3;
const PUNCT = 4;
const packed = (end: number, kind: number): number => end * 8 + kind;
/** The scan result when the text there needs the Unicode pattern. */
const NEEDS_PATTERN = -1;
/** The scan result when the text there is whitespace. */
const SPACE = -2;

/** End of a run of two or more "X." pairs from `s` ("U.S."), or -1 (also when a non-ASCII letter is involved). */
function acronymEnd(text: string, s: number, end: number): number {
  let i = s;
  while (i + 1 < end && isAsciiUpper(text.charCodeAt(i)) && text.charCodeAt(i + 1) === 46) i += 2;
  if (i < end && text.charCodeAt(i) >= 128) return -2;
  return i - s >= 4 ? i : -1;
}

/** The token starting at ASCII code `text[s]`, as TOKEN would match it (packed), or NEEDS_PATTERN. */
function scanAscii(text: string, s: number, end: number): number {
  const c = text.charCodeAt(s);
  if (isAsciiAlnum(c)) {
    if (isAsciiUpper(c)) {
      const a = acronymEnd(text, s, end);
      if (a === -2) return NEEDS_PATTERN;
      if (a > 0) return packed(a, WORD);
    }
    let letter = false;
    let i = s;
    for (;;) {
      // A run of letters and digits.
      for (; i < end; i++) {
        const d = text.charCodeAt(i);
        if (d >= 128) return NEEDS_PATTERN;
        if (!isAsciiAlnum(d)) break;
        if (d >= 65) letter = true;
      }
      if (i + 1 >= end) break;
      // The run stopped at an ASCII character; joiners are - ' & / and a full stop before a digit.
      const sep = text.charCodeAt(i);
      const joiner = sep === 45 || sep === 39 || sep === 38 || sep === 47;
      if (!joiner && sep !== 46) break;
      const next = text.charCodeAt(i + 1);
      if (next >= 128) return NEEDS_PATTERN;
      if (joiner ? !isAsciiAlnum(next) : next < 48 || next > 57) break;
      i++;
    }
    return packed(i, letter ? WORD : NUMBER);
  }
  if (c === 34 || c === 39) return packed(s + 1, QUOTE);
  if (c === 45) return packed(s + 1 < end && text.charCodeAt(s + 1) === 45 ? s + 2 : s + 1, DASH);
  return packed(s + 1, PUNCT);
}

const DASHES: ReadonlySet<number> = new Set([0x2013, 0x2014]);

/** The token TOKEN matches at `s` of `slice` (packed), or SPACE. */
function scanPattern(slice: string, s: number): number {
  TOKEN.lastIndex = s;
  const m = TOKEN.exec(slice);
  if (m === null) return SPACE;
  // Groups by number: 1 acronym, 2 word, 3 quote, 4 dash (5 punct).
  let kind = PUNCT;
  if (m[1] !== undefined) kind = WORD;
  else if (m[2] !== undefined) kind = hasLetter(m[0]) ? WORD : NUMBER;
  else if (m[3] !== undefined) kind = QUOTE;
  else if (m[4] !== undefined) kind = DASH;
  return packed(s + m[0].length, kind);
}

/** A token's text in lower case: itself when it is ASCII without capitals (no call to toLowerCase). */
function lowerCased(t: string): string {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return t.toLowerCase();
  }
  return t;
}

/** The token of a kind over `text` from `start` to `end` (also how a token sent from a worker thread is rebuilt). */
export function tokenOf(text: string, start: number, end: number, kind: TokenKind): Token {
  const t = text.slice(start, end);
  return { start, end, text: t, kind, lower: lowerCased(t) };
}

/** Tokens of a span of text, with offsets into the original text. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(0, end);
  // Like the pattern, a span that starts inside a surrogate pair starts at the pair.
  let s =
    start > 0 && start < end && isLowSurrogate(text.charCodeAt(start)) && isHighSurrogate(text.charCodeAt(start - 1))
      ? start - 1
      : start;
  while (s < end) {
    const c = text.charCodeAt(s);
    if (c < 128 && isAsciiSpace(c)) {
      s++;
      continue;
    }
    let scanned: number;
    if (c < 128) scanned = scanAscii(text, s, end);
    else if (QUOTE_MARKS.has(c)) scanned = packed(s + 1, QUOTE);
    else if (DASHES.has(c)) scanned = packed(s + 1, DASH);
    else scanned = NEEDS_PATTERN;
    if (scanned === NEEDS_PATTERN) scanned = scanPattern(slice, s);
    if (scanned === SPACE) {
      // Unicode whitespace: every `\s` outside ASCII is one UTF-16 unit.
      s++;
      continue;
    }
    const kind = KINDS[scanned & 7];
    const e = Math.floor(scanned / 8);
    const n = e - s;
    // A possessive "'s" or "’s" after a stem is a token of its own.
    if (kind === 'word' && n > 2 && text.charCodeAt(e - 1) === 115 && (text[e - 2] === "'" || text[e - 2] === '’')) {
      const stemEnd = e - 2;
      tokens.push(tokenOf(text, s, stemEnd, kind));
      tokens.push(tokenOf(text, stemEnd, e, 'word'));
    } else {
      tokens.push(tokenOf(text, s, e, kind));
    }
    s = e;
  }
  return tokens;
}

/** Whether a token is a full stop, "!", "?" or "…". */
const isSentenceEnd = (w: string): boolean => {
  if (w.length !== 1) return false;
  const c = w.charCodeAt(0);
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
};
/** Abbreviations that may still end a sentence ("… Apple Inc. The …"). */
const ENDING_ABBREVIATIONS: ReadonlySet<string> = new Set(['etc', 'inc', 'co', 'corp', 'ltd']);
const isBracketClose = (w: string): boolean => w === ')' || w === ']';
/** Whether a word starts with an upper-case letter (ASCII fast path, Unicode otherwise). */
export const startsUpper = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(w);
};
/** Whether a word is one upper-case letter ("J" of "J. Smith"). */
const isInitial = (w: string): boolean =>
  w.length === 1 && w.charCodeAt(0) < 128 ? startsUpper(w) : /^\p{Lu}$/u.test(w);
/** Whether a token can open a sentence: a capital, a digit, an opening quotation mark, bracket or dash. */
const opensSentence = (w: string): boolean => {
  const c = w.charCodeAt(0);
  if (c >= 128) return /^[\p{Lu}\p{N}“‘«–—]/u.test(w);
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 39 || c === 40 || c === 91 || c === 45;
};

function endsSentence(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!isSentenceEnd(t.text)) return false;
  let j = i + 1;
  while (
    j < tokens.length &&
    ((tokens[j].kind === 'quote' && !OPENING.has(tokens[j].text)) || isBracketClose(tokens[j].text))
  ) {
    if (
      tokens[j].text === '"' &&
      j + 1 < tokens.length &&
      startsUpper(tokens[j + 1].text) &&
      tokens[j + 1].start === tokens[j].end
    )
      break;
    j++;
  }
  const next = tokens[j];
  if (next === undefined) return true;
  if (t.text === '.') {
    const prev = tokens[i - 1];
    if (prev && prev.end === t.start) {
      const w = prev.lower ?? prev.text.toLowerCase();
      if (ABBREVIATIONS.has(w)) {
        if (w === 'no') {
          if (next.kind === 'number') return false;
        } else if (!ENDING_ABBREVIATIONS.has(w)) {
          return false;
        }
      }
      if (isInitial(prev.text)) return false;
    }
  }
  return opensSentence(next.text);
}

/** Tokens after which a straight double quotation mark opens a quotation. */
const BEFORE_OPENING: ReadonlySet<string> = new Set(['(', '[', '—', '–', '-']);

/** Splits the article's content paragraphs into sentences with tokens. */
export function splitSentences(cleaned: CleanedArticle): Sentence[] {
  const sentences: Sentence[] = [];
  const { text } = cleaned;
  cleaned.paragraphs.forEach((p, paragraph) => {
    const tokens = tokenize(text, p.start, p.end);
    let depth = 0;
    let from = 0;
    let quotedAtStart = false;
    const flush = (to: number) => {
      if (to <= from) return;
      const slice = tokens.slice(from, to);
      const start = slice[0].start;
      const end = slice[slice.length - 1].end;
      const sentence: Sentence = {
        index: sentences.length,
        paragraph,
        start,
        end,
        text: text.slice(start, end),
        tokens: slice,
      };
      if (quotedAtStart) sentence.quoted = true;
      sentences.push(sentence);
      from = to;
      quotedAtStart = depth > 0;
    };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.kind === 'quote') {
        if (OPENING.has(t.text)) depth++;
        else if (CLOSING.has(t.text) && t.text !== '’') depth = Math.max(0, depth - 1);
        else if (t.text === '"') {
          const prev = tokens[i - 1];
          const opens = !prev || prev.end < t.start || BEFORE_OPENING.has(prev.text);
          depth = opens ? depth + 1 : Math.max(0, depth - 1);
        }
      }
      if (endsSentence(tokens, i)) {
        let j = i + 1;
        while (
          j < tokens.length &&
          ((tokens[j].kind === 'quote' && !OPENING.has(tokens[j].text) && tokens[j].start === tokens[j - 1].end) ||
            isBracketClose(tokens[j].text))
        ) {
          if (tokens[j].kind === 'quote') depth = Math.max(0, depth - 1);
          j++;
        }
        flush(j);
        i = j - 1;
      }
    }
    flush(tokens.length);
  });
  return sentences;
}
