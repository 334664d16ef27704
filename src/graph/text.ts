// eslint-disable-next-line no-control-regex
const ASCII_OR_PUNCTUATION = /^[\x00-\x7f‘’“”–—…\u00a0«»]*$/;

/**
 * Whether a text holds only ASCII and punctuation that NFKD leaves without letters, digits or combining
 * marks (curly quotes, dashes, ellipsis, no-break space, guillemets): folding it needs no Unicode steps.
 */
function foldsAsAscii(text: string): boolean {
  return ASCII_OR_PUNCTUATION.test(text);
}

function stripDiacritics(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/** The text with its diacritics taken off (NFKD, combining marks dropped); ASCII text as it is. */
export function withoutDiacritics(text: string): string {
  return foldsAsAscii(text) ? text : stripDiacritics(text);
}

/**
 * The words of a text, lower case and without diacritics, joined by single spaces. Apostrophes are
 * dropped ("Xi's" → "xis") when asked, else they separate words like other punctuation.
 */
export function foldWords(text: string, dropApostrophes: boolean): string {
  if (plainWords(text)) return text.toLowerCase();
  const ascii = foldsAsAscii(text);
  let lower = (ascii ? text : stripDiacritics(text)).toLowerCase();
  if (dropApostrophes) lower = lower.replace(/['’‘`]/g, '');
  // Only ASCII is left in ASCII text, where the plain class splits words as the Unicode one would.
  return (ascii ? lower.replace(/[^a-z0-9]+/g, ' ') : lower.replace(/[^\p{L}\p{N}]+/gu, ' ')).trim();
}

/**
 * Whether a text is ASCII letters and digits with single spaces between them (most names): its folded
 * words are the text in lower case, with no pattern to run.
 */
function plainWords(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) continue;
    if (c !== 32 || i === 0 || i === text.length - 1 || text.charCodeAt(i - 1) === 32) return false;
  }
  return true;
}

/** Folds text for matching: lower case, diacritics and punctuation removed, spaces collapsed. */
export function foldText(text: string): string {
  return foldWords(text, true);
}
