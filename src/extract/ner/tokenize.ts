/**
 * The NER model's own tokenizer: fast, rule-based, the same at training and inference time. Words keep
 * their inner hyphens, apostrophes and ampersands ("Bailey-Ross", "O'Neill", "AT&T"); dotted acronyms and
 * common abbreviations keep their period ("U.S.", "Mr.", "Inc."); a possessive "'s" is a token of its own;
 * every other punctuation character is a token. Offsets are UTF-16 offsets into the text.
 */

/** Tokens of a text as parallel arrays (start, end offsets), with line and sentence starts. */
export interface Tokens {
  readonly text: string;
  /** the text's UTF-16 code units, which the tokenizer and prepare read (cheaper than text.charCodeAt) */
  readonly codes: Uint16Array;
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** 1 when the token is the first of its line. */
  readonly lineStart: Uint8Array;
  /** 1 when the token is the first word of a sentence (first of a line, or after . ! ?; quotes and brackets are skipped). */
  readonly sentStart: Uint8Array;
}

/** Abbreviations that keep their final period (lower-cased, without the period). */
const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof st jr sr inc ltd co corp gen sen rep gov lt col capt cmdr adm sgt mt ft rev hon messrs vs etc no nos jan feb mar apr jun jul aug sep sept oct nov dec dept univ est approx ave blvd bros pp ph vol`.split(
    ' ',
  ),
);

const WORD_CACHE: Uint8Array = (() => {
  const t = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) {
    const s = String.fromCharCode(c);
    t[c] = /[\p{L}\p{N}\p{M}]/u.test(s) ? 1 : 0;
  }
  for (let c = 0xd800; c <= 0xdfff; c++) t[c] = 1;
  return t;
})();
const SPACE_CACHE: Uint8Array = (() => {
  const t = new Uint8Array(65536);
  for (const c of [32, 10, 9, 13, 0xa0, 12, 11, 0x2028, 0x2029, 0x202f, 0x3000]) t[c] = 1;
  for (let c = 0x2000; c <= 0x200b; c++) t[c] = 1;
  return t;
})();

/** Whether a UTF-16 code unit is part of a word (letter, digit, mark; surrogates count as letters). */
const isWordCode = (c: number): boolean => WORD_CACHE[c] === 1;

const isSpace = (c: number): boolean => SPACE_CACHE[c] === 1;
const isLowerCode = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c > 127 && String.fromCharCode(c).toUpperCase() !== String.fromCharCode(c));
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

function isAbbreviation(text: string, codes: Uint16Array, s: number, e: number): boolean {
  const len = e - s;
  // single letter: an initial ("J." in "J. Smith") or the last letter of a dotted acronym ("U.S")
  if (len === 1) return !(codes[s] >= 48 && codes[s] <= 57);
  // dotted acronym "U.S", "D.C", "U.N": single letters separated by periods
  if (codes[e - 2] === 46) return true;
  if (len > 5) return false;
  return ABBREVIATIONS.has(text.slice(s, e).toLowerCase());
}

const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/**
 * A text's UTF-16 code units as an array, copied natively in one call (Buffer's UTF-16LE encoding keeps
 * every code unit, lone surrogates too): a tenth of the instructions of a loop of charCodeAt.
 */
function codeUnits(text: string): Uint16Array {
  if (LITTLE_ENDIAN) {
    const b = Buffer.from(text, 'utf16le');
    if (b.byteOffset % 2 === 0) return new Uint16Array(b.buffer, b.byteOffset, text.length);
  }
  const codes = new Uint16Array(text.length);
  for (let k = 0; k < text.length; k++) codes[k] = text.charCodeAt(k);
  return codes;
}

/** Splits a text into tokens (see the module comment). */
export function tokenize(text: string): Tokens {
  const n = text.length;
  const codes = codeUnits(text);
  let cap = Math.max(16, (n >> 2) + 16);
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let lineStart = new Uint8Array(cap);
  let count = 0;
  let atLine = 1;
  const push = (s: number, e: number) => {
    if (count === cap) {
      cap *= 2;
      const s2 = new Int32Array(cap);
      s2.set(start);
      start = s2;
      const e2 = new Int32Array(cap);
      e2.set(end);
      end = e2;
      const l2 = new Uint8Array(cap);
      l2.set(lineStart);
      lineStart = l2;
    }
    start[count] = s;
    end[count] = e;
    lineStart[count] = atLine;
    atLine = 0;
    count++;
  };
  let i = 0;
  while (i < n) {
    const c = codes[i];
    if (isSpace(c)) {
      if (c === 10) atLine = 1;
      i++;
      continue;
    }
    if (isWordCode(c)) {
      let j = i + 1;
      let segStart = i;
      for (;;) {
        while (j < n && isWordCode(codes[j])) j++;
        if (j + 1 < n && isWordCode(codes[j + 1])) {
          const d = codes[j];
          // a hyphen joins, except a capitalised word to a lower-case one ("Scientology-related")
          const splitHyphen = d !== 38 && isLowerCode(codes[j + 1]) && !isLowerCode(codes[i]);
          if ((d === 45 || d === 0x2010 || d === 0x2011 || d === 38) && !splitHyphen) {
            j += 2;
            segStart = j - 1;
            continue;
          }
          if (isApostrophe(d)) {
            const s2 = codes[j + 1];
            // possessive 's / ’s (also "n't" is left whole: "don't")
            if ((s2 === 115 || s2 === 83) && (j + 2 >= n || !isWordCode(codes[j + 2]))) break;
            j += 2;
            segStart = j - 1;
            continue;
          }
          if (d === 46) {
            const c2 = codes[j + 1];
            const digits = c2 >= 48 && c2 <= 57 && codes[j - 1] >= 48 && codes[j - 1] <= 57;
            if (digits || j - segStart === 1) {
              j += 2;
              segStart = j - 1;
              continue;
            }
          }
        }
        break;
      }
      if (j < n && codes[j] === 46 && isAbbreviation(text, codes, i, j)) {
        // a single lower-case letter before a period ends a sentence more often than it abbreviates
        const c0 = codes[i];
        if (!(j - i === 1 && c0 >= 97 && c0 <= 122)) j++;
      }
      push(i, j);
      i = j;
      continue;
    }
    if (
      isApostrophe(c) &&
      i + 1 < n &&
      (codes[i + 1] === 115 || codes[i + 1] === 83) &&
      (i + 2 >= n || !isWordCode(codes[i + 2])) &&
      count > 0 &&
      end[count - 1] === i
    ) {
      push(i, i + 2);
      i += 2;
      continue;
    }
    push(i, i + 1);
    i++;
  }
  const sentStart = new Uint8Array(count);
  let boundary = true;
  for (let k = 0; k < count; k++) {
    if (lineStart[k]) boundary = true;
    const s = start[k];
    const len = end[k] - s;
    const c = codes[s];
    if (
      len === 1 &&
      (c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 40 || c === 91 || c === 0x2019 || c === 0x201d)
    ) {
      // quotes and brackets pass the sentence start on to the next word
      continue;
    }
    sentStart[k] = boundary ? 1 : 0;
    boundary = len === 1 && (c === 46 || c === 33 || c === 63 || c === 0x2026);
    // "... in the U.S. The President": an acronym's period may end the sentence too; the model decides
    // from the next word's evidence, so this stays a non-boundary.
  }
  return {
    text,
    codes,
    count,
    start: start.subarray(0, count),
    end: end.subarray(0, count),
    lineStart: lineStart.subarray(0, count),
    sentStart,
  };
}
