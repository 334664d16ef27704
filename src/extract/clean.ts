/**
 * Stage `clean`: finds the article's content paragraphs in text pasted from a web page, and marks page
 * furniture (teasers, captions, bylines, menus, subscription boxes, footers) as removed. The original
 * text is never changed: paragraphs and removed spans are offsets into it.
 */
import * as chrono from 'chrono-node';
import { foldWords } from '../graph/text.js';
import { mayHoldDate, mayHoldYear } from './dates.js';
import type { ArticleInput, CleanedArticle, ExtractOptions, RemovedSpan, Span } from './types.js';

interface Line extends Span {
  text: string;
  /** Number of words. */
  words: number;
  /** For a line that folds as ASCII (foldsAsAscii), the length of its normalizeLine, else -1. */
  normLength: number;
  /** For a line that folds as ASCII, headHash of its normalizeLine. */
  normHead: number;
  /** Leading spaces or a bullet before the text. */
  indented: boolean;
}

/** Headings after which the rest of the page is teasers of other stories. */
const END_MARKER =
  /^(recommended(\s+(stories|for you|reading|articles|videos))?|related(\s+(stories|articles|content|news|coverage))?|more (from|on|stories)\b.*|most (read|popular|viewed|shared)|you (may|might) (also )?like|read next|trending( now)?|top stories|latest (news|stories)|also read|further reading|more in this section|explore more on these topics|more on this story|topics)\s*:?$/i;
const SOURCE_TAIL = /^source\s+site-\d+/i;
const PHOTO_CREDIT =
  /(^|[\s(.])(photo|photograph|picture|image|credit|photo illustration|illustration|video)s?\s*(:|by\b)/i;
/**
 * Whether a line is a photo credit (PHOTO_CREDIT); the colon or "by" it needs is looked for first, as
 * cheaper, in the line lower-cased when the caller has it.
 */
const isPhotoCredit = (t: string, low = t.toLowerCase()): boolean =>
  (t.includes(':') || low.includes('by')) && PHOTO_CREDIT.test(t);
const CAPTION_CUE =
  /\((far |second |top |bottom |centre |center |front |back )?(left|right|centre|center|top|bottom|pictured|file( photo)?|photo combination|photo|archive)\)/i;
const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
/** A caption labelled as one: "Photo caption: …", "Caption: …". */
const CAPTION_LABEL = /^\s*((photo|picture|image|video)\s+)?caption\s*:/i;
/** A line that is only an agency or photo credit in brackets: "(AFP)", "(Reuters)", "(AP Photo/Name)". */
const AGENCY_CREDIT = /^\s*\(\s*[\p{Lu}][\p{L}.&/ -]{0,40}\)\s*$/u;

/** Agency captions end with the picture's date: "… in Samarkand, Uzbekistan September 15, 2022." */
const DATED_CAPTION = new RegExp(`\\b(${MONTHS})\\.? \\d{1,2}, \\d{4}\\.?$`);
const BYLINE_BY =
  /^by\s+\p{Lu}[\p{L}'’.-]+(\s+\p{Lu}[\p{L}'’.-]+)*(\s*(,|&|and)\s*\p{Lu}[\p{L}'’.-]+(\s+\p{Lu}[\p{L}'’.-]+)*)*(\s*[-–|,]\s*.{0,60})?$/iu;
const BYLINE_NAMES_OUTLET =
  /^\p{Lu}[\p{L}'’.-]+(\s+\p{Lu}[\p{L}'’.-]+)+(\s*(,|&|and)\s*\p{Lu}[\p{L}'’.-]+(\s+\p{Lu}[\p{L}'’.-]+)+)*\s+[-–|]\s+\p{Lu}[\p{L} .]{1,40}$/u;
/** A credit line, by its first words: "Reporting by …", "(With reporting from …)", "Source: …". */
const CREDIT_LINE =
  /^(additional )?reporting by\b|^(writing|editing|edited|compiled|produced) by\b|^\(?with (agency|additional|wire) (material|reporting|input)|^\(?with inputs? from\b|^\(?(source|sources)\s*:/i;
/** A credit line anywhere in the line: "… contributed to this report". */
const CONTRIBUTED = /contributed (to )?(this )?(report|reporting|story|article)/i;
const READ_TIME = /^[·•|]?\s*\d+\s*min(ute)?s?\s+read$/i;
const MENU =
  /\b(subscribe|subscription|subscriber|sign (up|in)|log ?(in|out)|newsletters?|skip to (main )?content|this article is more than|reuse this content|privacy notice|get alerts|notified by email|set preferences|my reads|watchlist|redeem|gift card|top jobs|best jobs|job alerts?|learn more|get more with|personali[sz]ed|news feed|share (this|on|via)|follow us|advertisement|sponsored|cookies?|all rights reserved|copyright|©|terms of (use|service)|privacy policy|read the full|click here|tap here)\b/i;
const APP_PROMO = /\bdownload (the|our)\b[^.]*\bapp\b|\bcatch all the\b/i;
const BREADCRUMB = /^home\s*[/>»›]|(\S\s*\/\s*){3,}/i;
const READ_MORE =
  /^(>>|»|›)|^(read (more|here|also|next)|more|see also|also read|related|recommended|watch|listen)(\s+(stories|articles|coverage|reading))?\s*:/i;
/** A newspaper's print-edition note: "A version of this article appears in print on …, Section A, Page 6 … with the headline: …". */
const PRINT_EDITION =
  /^(a version of this (article|story|review|column) appear(s|ed) in print\b|th(is|e) (article|story) (also )?appear(s|ed) in (the )?(print|\p{L}+ edition)\b)/iu;
/** The note's section and page, anywhere in the line: "…, Section A, Page 6 …". */
const PRINT_PAGE = /\bsection [a-z]{1,2}\d*, page \d+\b/iu;

/**
 * Whether a line is a newspaper's print-edition note. PRINT_PAGE's ", page " is looked for first in the
 * lower-cased line (`low`), as a cheap filter: with the `iu` flags V8 tries PRINT_PAGE's leading \b at
 * every position, and almost no line holds the words (none of their characters has a case variant
 * outside ASCII, which the `u` flag would match and lower-casing would not give).
 */
function isPrintEditionNote(text: string, low: string): boolean {
  return PRINT_EDITION.test(text) || (low.includes(', page ') && PRINT_PAGE.test(text));
}
/** A live blog's time stamp: "12:05 GMT", "2 hours ago", "Just now". */
const LIVE_TIME =
  /^((\d{1,2}[:.]\d{2}\s*(am|pm|a\.m\.|p\.m\.)?\s*(GMT|BST|UTC|CET|CEST|EST|EDT|ET|PST|PDT|PT|AEST|AEDT|IST)?)|((\d+|an?|one)\s+(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago)|just now)$/i;
/** A column of teasers names its columnists in capitals before the headline: "JOE HILDEBRAND: Why …". */
const COLUMNIST_TEASER = /^\p{Lu}{2,}(\s+[\p{Lu}'’.-]{2,}){0,3}\s*:/u;
/** An author's biography, at the end of the article: "Dan Goodin is a Senior Security Editor at Ars Technica, where …". */
const AUTHOR_BIO =
  /^\p{Lu}[\p{L}'’.-]+(\s+\p{Lu}[\p{L}'’.-]+){0,3}\s+(is|was|has been)\s+(a|an|the)\s+([\p{L}-]+\s+){0,5}(editor|correspondent|reporter|writer|journalist|columnist|contributor|author|producer|analyst|critic|commentator|fellow|professor|photographer)s?\b/iu;
const DATE_LINE = /^(updated|published|posted|first published|last updated|last modified)\b/i;
/** Characters that end a paragraph of body text: . ! ? … " ” ’ ) ]. */
const TERMINAL_MARKS: ReadonlySet<number> = new Set([0x2e, 0x21, 0x3f, 0x2026, 0x22, 0x201d, 0x2019, 0x29, 0x5d]);
/** Whether a line ends with a full stop, question or exclamation mark, ellipsis, closing quotation mark or bracket. */
const endsTerminal = (s: string): boolean => s.length > 0 && TERMINAL_MARKS.has(s.charCodeAt(s.length - 1));

/** The non-blank lines of a text, trimmed (a "\r" before "\n" goes with the trailing white space). */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  for (let from = 0; from < text.length;) {
    const newline = text.indexOf('\n', from);
    const to = newline < 0 ? text.length : newline;
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body.length > 0) {
      const first = body.charCodeAt(0);
      const line: Line = {
        start: from + lead,
        end: from + lead + body.length,
        text: body,
        words: 0,
        normLength: -1,
        normHead: 0,
        indented: lead > 0 || BULLETS.has(first),
      };
      measureLine(line, text);
      lines.push(line);
    }
    from = to + 1;
  }
  return lines;
}

/** First characters that make a line a list item: • · * ▪. */
const BULLETS: ReadonlySet<number> = new Set([0x2022, 0xb7, 0x2a, 0x25aa]);
/** Code units above ASCII that foldsAsAscii lets through: ‘ ’ “ ” – — … no-break space « ». */
const ASCII_FOLDING: ReadonlySet<number> = new Set([
  0x2018, 0x2019, 0x201c, 0x201d, 0x2013, 0x2014, 0x2026, 0xa0, 0xab, 0xbb,
]);
/** Code units above ASCII that `\s` matches. */
const UNICODE_SPACES: ReadonlySet<number> = new Set([
  0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029,
  0x202f, 0x205f, 0x3000, 0xfeff,
]);
/** Norms shorter than this are no copy of anything: repeated headlines are compared from this length on. */
const COPY_MIN_LENGTH = 12;

/**
 * Sets a line's number of words (whitespace-separated pieces with a letter or digit, each counted at its
 * first letter or digit) and, when it folds as ASCII, the length and headHash of its normalizeLine (its
 * runs of letters and digits, lower-cased, one space between runs), in one pass over the article's text:
 * no norm is built for a line that can be the copy of none.
 */
function measureLine(line: Line, text: string): void {
  let words = 0;
  let counted = false;
  let ascii = true;
  let length = 0;
  let head = 0;
  let inRun = false;
  for (let i = line.start; i < line.end; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
      if (letter || (c >= 48 && c <= 57)) {
        if (!counted) {
          words++;
          counted = true;
        }
        if (!inRun && length > 0) {
          if (length < COPY_MIN_LENGTH) head = headStep(head, 32);
          length++;
        }
        inRun = true;
        if (length < COPY_MIN_LENGTH) head = headStep(head, c >= 65 && c <= 90 ? c + 32 : c);
        length++;
        continue;
      }
      inRun = false;
      if (c === 32 || (c >= 9 && c <= 13)) counted = false;
      continue;
    }
    inRun = false;
    if (ascii && !ASCII_FOLDING.has(c)) ascii = false;
    if (c >= 0xd800 && c <= 0xdfff) {
      words = wordCountByPieces(line.text);
      break;
    }
    if (UNICODE_SPACES.has(c)) counted = false;
    else if (!counted && /[\p{L}\p{N}]/u.test(text[i])) {
      words++;
      counted = true;
    }
  }
  line.words = words;
  if (ascii) {
    line.normLength = length;
    line.normHead = head;
  }
}

/** One step of headHash. */
const headStep = (hash: number, c: number): number => (hash * 31 + c) | 0;

/** A hash of the first COPY_MIN_LENGTH characters of a norm: norms that start alike have the same. */
function headHash(norm: string): number {
  let hash = 0;
  for (let i = 0; i < Math.min(norm.length, COPY_MIN_LENGTH); i++) hash = headStep(hash, norm.charCodeAt(i));
  return hash;
}

const wordCountByPieces = (s: string): number => {
  let n = 0;
  for (const piece of s.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(piece)) n++;
  return n;
};
const normalizeLine = (s: string): string => foldWords(s, false);

/**
 * normalizeLine of every line of at most 40 words that can be a copy of another, '' for the rest. A
 * copy has a norm of COPY_MIN_LENGTH or more characters, and the same length and head as its original
 * anywhere, or a length within 12 and the same head as a line within three (a near copy with a label
 * glued on). The norm of a line that folds as ASCII is only built when some line is such a partner: a
 * line that is the copy of none keeps '', which matches nothing.
 */
function comparableNorms(lines: readonly Line[]): string[] {
  const norms: string[] = lines.map(() => '');
  const lengths: number[] = lines.map(() => -1);
  const heads: number[] = lines.map(() => 0);
  const seen = new Map<number, number>();
  const key = (i: number): number => lengths[i] * 0x100000000 + (heads[i] >>> 0);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.words > 40) continue;
    if (line.normLength >= 0) {
      lengths[i] = line.normLength;
      heads[i] = line.normHead;
    } else {
      norms[i] = normalizeLine(line.text);
      lengths[i] = norms[i].length;
      heads[i] = headHash(norms[i]);
    }
    if (lengths[i] >= COPY_MIN_LENGTH) seen.set(key(i), (seen.get(key(i)) ?? 0) + 1);
  }
  const near = (i: number): boolean => {
    for (let j = Math.max(0, i - 3); j < Math.min(lines.length, i + 4); j++) {
      if (j !== i && lengths[j] >= COPY_MIN_LENGTH && heads[j] === heads[i] && Math.abs(lengths[i] - lengths[j]) <= 12)
        return true;
    }
    return false;
  };
  for (let i = 0; i < lines.length; i++) {
    if (lengths[i] < COPY_MIN_LENGTH || norms[i] !== '') continue;
    if ((seen.get(key(i)) ?? 0) > 1 || near(i)) norms[i] = normalizeLine(lines[i].text);
  }
  return norms;
}

/** First characters of a line that may be furniture after a bullet or dash: • · * ▪ – -. */
const FURNITURE_BULLETS: ReadonlySet<number> = new Set([0x2022, 0xb7, 0x2a, 0x25aa, 0x2013, 0x2d]);

/**
 * Why a line is furniture, or undefined when it may be content. The costliest patterns, unanchored, are
 * only tried on a line that holds words they need, looked for in the line lower-cased (`low`): with the
 * `i` flag and no `u` flag only ASCII letters match ASCII letters, which is what lower-casing keeps.
 */
function furnitureReason(line: Line, next: Line | undefined): string | undefined {
  const t = FURNITURE_BULLETS.has(line.text.charCodeAt(0)) ? line.text.replace(/^[•·*▪–-]\s*/, '') : line.text;
  const n = line.words;
  if (n === 0) return 'symbol';
  const low = t.toLowerCase();
  if (SOURCE_TAIL.test(t)) return 'source tail';
  if (n <= 12 && DATE_LINE.test(t)) return 'date line';
  if (n <= 8 && isDateOnly(t)) return 'date line';
  if (READ_TIME.test(t)) return 'read time';
  if (n <= 6 && LIVE_TIME.test(t)) return 'time stamp';
  if (n <= 90 && isPrintEditionNote(t, low)) return 'print edition';
  if (n <= 25 && COLUMNIST_TEASER.test(t)) return 'headline or teaser';
  if (n <= 25 && t.includes('/') && BREADCRUMB.test(t)) return 'breadcrumb';
  if (READ_MORE.test(t)) return 'related link';
  if (CREDIT_LINE.test(t) || (low.includes('contributed ') && CONTRIBUTED.test(t))) return 'credit line';
  if (n <= 14 && (BYLINE_BY.test(t) || (hasOutletSeparator(t) && BYLINE_NAMES_OUTLET.test(t)))) return 'byline';
  if ((low.includes('download ') || low.includes('catch all the')) && APP_PROMO.test(t)) return 'app promotion';
  if (n <= 30 && MENU.test(t)) return 'menu or subscription box';
  if (n <= 60 && CAPTION_LABEL.test(t)) return 'photo caption';
  if (AGENCY_CREDIT.test(t)) return 'credit line';
  if (n <= 60 && isPhotoCredit(t, low)) return 'photo caption';
  if (n <= 60 && t.includes('(') && CAPTION_CUE.test(t)) return 'photo caption';
  if (n <= 60 && DATED_CAPTION.test(t) && !/[“”"]/.test(t)) return 'photo caption';
  if (next && n <= 30 && /^\(?\s*(photo|photograph|picture|image)s?\s*:/i.test(next.text)) return 'photo caption';
  return undefined;
}

/** Whether a line holds a separator that BYLINE_NAMES_OUTLET needs before the outlet: - – |. */
const hasOutletSeparator = (t: string): boolean => t.includes('-') || t.includes('–') || t.includes('|');

/** Whether a short line looks like a headline or a name: its first word in capitals, or most of its words capitalised. */
function capitalised(line: Line): boolean {
  if (line.words > 20 || line.words < 1) return false;
  // The pieces between white space that hold a letter, without a list of them: ASCII by char codes.
  const text = line.text;
  let words = 0;
  let upper = 0;
  for (let from = 0; from < text.length;) {
    let to = from;
    while (to < text.length && !isSpaceCode(text.charCodeAt(to))) to++;
    const letter = pieceHasLetter(text, from, to);
    if (letter) {
      if (words === 0) {
        const first = text.slice(from, to);
        if (/^\p{Lu}{2,}\b/u.test(first) && !/^\p{Lu}{2,}\p{Ll}/u.test(first)) return true;
      }
      words++;
      if (pieceStartsUpper(text, from, to)) upper++;
    }
    from = to;
    while (from < text.length && isSpaceCode(text.charCodeAt(from))) from++;
  }
  return words >= 3 && upper >= words * 0.6;
}

/** Whether a code unit is `\s`. */
const isSpaceCode = (c: number): boolean => (c < 128 ? c === 32 || (c >= 9 && c <= 13) : UNICODE_SPACES.has(c));

/** Whether text[from, to) holds a letter (\p{L}). */
function pieceHasLetter(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
    if (c >= 128) return /\p{L}/u.test(text.slice(from, to));
  }
  return false;
}

/** Whether text[from, to) starts with a capital, after an opening quotation mark: /^[“"‘']?\p{Lu}/u. */
function pieceStartsUpper(text: string, from: number, to: number): boolean {
  const c = text.charCodeAt(from);
  const at = c === 0x201c || c === 0x22 || c === 0x2018 || c === 0x27 ? from + 1 : from;
  if (at >= to) return false;
  const d = text.charCodeAt(at);
  return d < 128 ? d >= 65 && d <= 90 : /^[“"‘']?\p{Lu}/u.test(text.slice(from, to));
}

/**
 * A column of teasers (three or more short capitalised lines in a row: headlines, columnists' names)
 * after the first paragraph of body text is page furniture, whatever their punctuation. Before it, such
 * lines are the article's own header (section, title, byline), which the other rules read. Lines that
 * other rules removed (a columnist's name) still count in the run.
 */
/**
 * A line that leads into the next one ("Rathbun stated,", "He wrote on his account:") is running text
 * cut before a quotation or a list, not a headline: headlines end in no comma, and rarely in a colon
 * after a whole clause.
 */
function introducesWhatFollows(text: string, words: number): boolean {
  return text.endsWith(',') || (text.endsWith(':') && words >= 6);
}

function removeTeaserColumns(
  lines: readonly Line[],
  keep: readonly boolean[],
  remove: (i: number, reason: string) => void,
): void {
  let runStart = lines.findIndex((l, i) => keep[i] && l.words >= 15 && endsTerminal(l.text)) + 1;
  if (runStart === 0) return;
  for (let i = runStart; i <= lines.length; i++) {
    if (i < lines.length && capitalised(lines[i])) continue;
    if (i - runStart >= 3) for (let j = runStart; j < i; j++) remove(j, 'teaser column');
    runStart = i + 1;
  }
}

/** An author's biography among the last three lines of the article is furniture. */
function removeAuthorBio(
  lines: readonly Line[],
  keep: readonly boolean[],
  remove: (i: number, reason: string) => void,
): void {
  let seen = 0;
  for (let i = lines.length - 1; i >= 0 && seen < 3; i--) {
    if (!keep[i]) continue;
    seen++;
    if (lines[i].words <= 80 && AUTHOR_BIO.test(lines[i].text)) remove(i, 'author bio');
  }
}

const DATE_WORD =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}/i;

/** Whether a short line is only a date and time ("Wed 26 Oct 2022 14.05 BST"). */
function isDateOnly(text: string): boolean {
  if (!/\d/.test(text) || !DATE_WORD.test(text)) return false;
  const r = chrono.parse(text)[0];
  return (
    r !== undefined && r.start.isCertain('year') && r.text.length >= text.replace(/\s+[A-Z]{2,4}$/, '').length * 0.6
  );
}

/** ISO date (YYYY-MM-DD) of a date written in a line, when the line gives the year. */
function lineDate(text: string, reference?: string): string | undefined {
  // Most bylines ("By Jane Doe and John Roe") hold no date, and most datelines no year: chrono-node is not asked.
  if (!mayHoldDate(text) || (!reference && !mayHoldYear(text))) return undefined;
  const ref = reference ? new Date(`${reference.slice(0, 10)}T12:00:00Z`) : undefined;
  for (const r of chrono.parse(text, ref)) {
    if (!r.start.isCertain('day') || !r.start.isCertain('month')) continue;
    if (!r.start.isCertain('year') && !ref) continue;
    const y = r.start.get('year');
    const mo = r.start.get('month');
    const d = r.start.get('day');
    if (y === null || mo === null || d === null) continue;
    return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  return undefined;
}

const DATELINE = new RegExp(
  `^[\\p{Lu}][\\p{Lu}\\p{L} .'’-]{1,40}(,\\s*[\\p{Lu}][\\p{L} .]{1,30})?,?\\s+((${MONTHS})\\.?\\s+\\d{1,2}(,\\s*\\d{4})?)\\s*(\\([^)]{1,30}\\))?\\s*[-–—]`,
  'u',
);

const WIRE_DATELINE = /^\p{Lu}{3,}[\p{Lu} .'’-]*(,[^()\n—–]{1,40}?)?\s*(\([^)]{1,30}\))?\s*(—|–|--?)\s*/u;

/** Marks page furniture and finds the title and publication date. */
export function cleanArticle(input: ArticleInput, options: ExtractOptions = {}): CleanedArticle {
  const text = input.text;
  const lines = splitLines(text);
  const removed: RemovedSpan[] = [];
  const keep: boolean[] = lines.map(() => true);
  const remove = (i: number, reason: string) => {
    if (!keep[i]) return;
    keep[i] = false;
    removed.push({ start: lines[i].start, end: lines[i].end, reason });
  };
  // A date given with the article (the page's metadata, the API) wins over one read in its text, which is
  // then not read (chrono-node calls); one read in the text wins over --date.
  let textDate: string | undefined = input.publishedAt;
  let tail = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (tail) {
      // The box of teasers ends at the first unindented paragraph of body text.
      const body = !line.indented && endsTerminal(line.text) && line.words >= 15 && !isPhotoCredit(line.text);
      if (!body) {
        remove(i, 'recommended stories');
        continue;
      }
      tail = false;
    }
    if (END_MARKER.test(line.text)) {
      tail = true;
      remove(i, 'recommended stories');
      continue;
    }
    const reason = furnitureReason(line, lines[i + 1]);
    if (reason) {
      if (reason === 'date line' || reason === 'byline')
        textDate ??= lineDate(line.text.replace(/(\d{1,2})\.(\d{2})\b/, '$1:$2'));
      remove(i, reason);
    }
  }
  // A line that continues a furniture line ("be notified by email.") starts in lower case.
  for (let i = 1; i < lines.length; i++) {
    if (keep[i] && !keep[i - 1] && /^\p{Ll}/u.test(lines[i].text) && lines[i].words <= 12)
      remove(i, 'furniture continuation');
  }
  // Related-story headlines inlined in the body are often repeated: every copy goes.
  const norms = comparableNorms(lines);
  const copies = new Map<string, number>();
  for (const n of norms) if (n.length >= COPY_MIN_LENGTH) copies.set(n, (copies.get(n) ?? 0) + 1);
  for (let i = 0; i < lines.length; i++) {
    if (!keep[i] || lines[i].words > 40) continue;
    if ((copies.get(norms[i]) ?? 0) > 1) {
      remove(i, 'repeated headline');
      continue;
    }
    // A near copy with a label glued on ("… Xi JinpingPremium") sits next to the original.
    for (let j = Math.max(0, i - 3); j < Math.min(lines.length, i + 4); j++) {
      if (j === i || norms[j].length === 0) continue;
      const [short, long] = norms[i].length <= norms[j].length ? [norms[i], norms[j]] : [norms[j], norms[i]];
      if (short.length >= COPY_MIN_LENGTH && long.startsWith(short) && long.length - short.length <= 12) {
        remove(i, 'repeated headline');
        break;
      }
    }
  }
  removeTeaserColumns(lines, keep, remove);
  removeAuthorBio(lines, keep, remove);
  // Short lines without a full stop are headlines: the first one is the title, the rest teasers or subheads.
  let title = input.title;
  let titleIndex = -1;
  let seenBody = false;
  for (let i = 0; i < lines.length; i++) {
    if (!keep[i]) continue;
    const t = lines[i].text;
    const n = lines[i].words;
    const headline =
      (!endsTerminal(t) && !introducesWhatFollows(t, n) && n <= 25) || (/\?$/.test(t) && n <= 15 && !/[“”"]/.test(t));
    if (!headline) {
      seenBody = true;
      continue;
    }
    if (!seenBody && titleIndex < 0 && n >= 4) {
      titleIndex = i;
      title ??= t;
      continue;
    }
    remove(i, 'headline or teaser');
  }
  for (const line of lines.filter((_, i) => keep[i]).slice(0, 3)) {
    if (textDate !== undefined) break;
    const m = DATELINE.exec(line.text);
    if (m) textDate = lineDate(m[2], options.date);
  }
  const paragraphs: Span[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!keep[i]) continue;
    // A wire dateline ("JEDDAH, Saudi Arabia (AP) — ") opens the paragraph but is no part of its content.
    const wire = WIRE_DATELINE.exec(lines[i].text);
    if (wire && wire[0].length < lines[i].text.length) {
      removed.push({ start: lines[i].start, end: lines[i].start + wire[0].length, reason: 'dateline' });
      paragraphs.push({ start: lines[i].start + wire[0].length, end: lines[i].end });
    } else paragraphs.push({ start: lines[i].start, end: lines[i].end });
  }
  removed.sort((a, b) => a.start - b.start);
  const publishedAt = textDate ?? options.date;
  const cleaned: CleanedArticle = { text, paragraphs, removed };
  if (title !== undefined) cleaned.title = title;
  if (publishedAt !== undefined) cleaned.publishedAt = publishedAt;
  return cleaned;
}
