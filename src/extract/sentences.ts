/**
 * Stage `sentences`: splits the content paragraphs into sentences and tokens, with offsets into the
 * original text. Robust to news English: abbreviations and initials (Mr., U.S., Prof., No. 3), quotations
 * that span sentences, curly and straight quotation marks, dashes and possessives.
 */
import type { CleanedArticle, Sentence, Token, TokenKind } from './types.js';

/** Words that end with a full stop without ending the sentence. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof st jr sr gen lt col sen rep gov capt adm rev hon inc co corp ltd vs etc jan feb mar apr ' +
    'jun jul aug sep sept oct nov dec mt ft fig approx no nos vol pp dept est univ assn bros cmdr sgt maj pres supt'
  ).split(' '),
);

const TOKEN = new RegExp(
  [
    '(?<acronym>(?:\\p{Lu}\\.){2,})',
    '(?<word>[\\p{L}\\p{M}\\p{N}]+(?:(?:[-–\'’&/]|\\.(?=\\p{N}))[\\p{L}\\p{M}\\p{N}]+)*)',
    '(?<quote>[“”"‘’\'«»„])',
    '(?<dash>[–—]|-{1,2})',
    '(?<punct>\\S)',
  ].join('|'),
  'gu',
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

/** Tokens of a span of text, with offsets into the original text. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const re = new RegExp(TOKEN.source, TOKEN.flags);
  re.lastIndex = start;
  const slice = text.slice(0, end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    const s = m.index;
    const t = m[0];
    // Groups by number: 1 acronym, 2 word, 3 quote, 4 dash (5 punct).
    let kind: TokenKind = 'punct';
    if (m[1] !== undefined) kind = 'word';
    else if (m[2] !== undefined) kind = hasLetter(t) ? 'word' : 'number';
    else if (m[3] !== undefined) kind = 'quote';
    else if (m[4] !== undefined) kind = 'dash';
    const n = t.length;
    // A possessive "'s" or "’s" after a stem is a token of its own.
    if (kind === 'word' && n > 2 && t.charCodeAt(n - 1) === 115 && (t[n - 2] === "'" || t[n - 2] === '’')) {
      const stem = t.slice(0, n - 2);
      const mark = t.slice(n - 2);
      const stemEnd = s + stem.length;
      tokens.push({ start: s, end: stemEnd, text: stem, kind, lower: stem.toLowerCase() });
      tokens.push({ start: stemEnd, end: s + n, text: mark, kind: 'word', lower: mark.toLowerCase() });
    } else {
      tokens.push({ start: s, end: s + n, text: t, kind, lower: t.toLowerCase() });
    }
  }
  return tokens;
}

const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?', '…']);

function endsSentence(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!SENTENCE_ENDS.has(t.text)) return false;
  let j = i + 1;
  while (j < tokens.length && (tokens[j].kind === 'quote' && !OPENING.has(tokens[j].text) || /^[)\]]$/.test(tokens[j].text))) {
    if (tokens[j].text === '"' && j + 1 < tokens.length && /^\p{Lu}/u.test(tokens[j + 1].text) && tokens[j + 1].start === tokens[j].end) break;
    j++;
  }
  const next = tokens[j];
  if (next === undefined) return true;
  if (t.text === '.') {
    const prev = tokens[i - 1];
    if (prev && prev.end === t.start) {
      const w = prev.text.toLowerCase();
      if (ABBREVIATIONS.has(w)) {
        if (w === 'no') {
          if (next.kind === 'number') return false;
        } else if (!['etc', 'inc', 'co', 'corp', 'ltd'].includes(w)) {
          return false;
        }
      }
      if (/^\p{Lu}$/u.test(prev.text)) return false;
    }
  }
  return /^[\p{Lu}\p{N}“‘"'«(\[–—-]/u.test(next.text);
}

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
      const sentence: Sentence = { index: sentences.length, paragraph, start, end, text: text.slice(start, end), tokens: slice };
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
          const opens = !prev || prev.end < t.start || /^[(\[—–-]$/.test(prev.text);
          depth = opens ? depth + 1 : Math.max(0, depth - 1);
        }
      }
      if (endsSentence(tokens, i)) {
        let j = i + 1;
        while (j < tokens.length && ((tokens[j].kind === 'quote' && !OPENING.has(tokens[j].text) && tokens[j].start === tokens[j - 1].end) || /^[)\]]$/.test(tokens[j].text))) {
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
