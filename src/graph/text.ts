// eslint-disable-next-line no-control-regex
const ASCII_OR_PUNCTUATION = /^[\x00-\x7f‘’“”–—…\u00a0«»]*$/;

/**
 * Whether a text holds only ASCII and punctuation that NFKD leaves without letters, digits or combining
 * marks (curly quotes, dashes, ellipsis, no-break space, guillemets): folding it needs no Unicode steps.
 */
export function foldsAsAscii(text: string): boolean {
  return ASCII_OR_PUNCTUATION.test(text);
}

/** Folds text for matching: lower case, diacritics and punctuation removed, spaces collapsed. */
export function foldText(text: string): string {
  if (foldsAsAscii(text)) {
    return text
      .toLowerCase()
      .replace(/['’‘`]/g, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  }
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
