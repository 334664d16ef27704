/**
 * Name forms shared by the resolve stage and the index of known entities: the folded key that makes
 * spelling variants one name, the words of a name, and acronyms.
 */
import { foldText } from '../graph/text.js';
import { memoize } from './memo.js';

/** How many names nameKey and acronymWords keep their results for (see memoize). */
const NAMES_MAX = 50_000;

/**
 * Folds spelling variants of names: British and American spellings, case, punctuation, a leading "the".
 * Kept across calls: the same names are keyed again and again (every article's mentions, the index of
 * known entities, the captions' second resolution), and a key costs a Unicode fold and six replacements.
 */
export const nameKey: (name: string) => string = memoize(foldedKey, NAMES_MAX);

function foldedKey(name: string): string {
  return foldText(name)
    .replace(/^the /, '')
    .replace(/isation\b/g, 'ization')
    .replace(/\bdefence\b/g, 'defense')
    .replace(/\bcentre\b/g, 'center')
    .replace(/\bprogramme\b/g, 'program')
    .replace(/\blabour\b/g, 'labor');
}

/** The whitespace-separated words of a string. */
export const wordsOf = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** A name written as an acronym: "NATO", "U.S.", "G7". */
export const ACRONYM_ONLY = /^(?:\p{Lu}[\p{Lu}\p{N}&.-]*\p{Lu}[\p{Lu}\p{N}.]*|\p{Lu}-?\p{N}{1,2}|(?:\p{Lu}\.){2,})$/u;

/** The letters of an acronym, upper case: "U.S." → "US". */
export function acronymLetters(acronym: string): string {
  return acronym.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();
}

/**
 * The words of a name that give an acronym its letters (not "of", "the", …); dashes separate words.
 * Kept across calls as nameKey's are (every organisation mention asks): the array is shared, never change it.
 */
export const acronymWords: (name: string) => readonly string[] = memoize(
  (name: string) => wordsOf(name.replace(/[-–]/g, ' ')).filter((w) => !/^(of|for|the|and|on|in|de|&)$/i.test(w)),
  NAMES_MAX,
);

/** Whether an acronym is made of the initials (and further letters) of a name's words: "SCO" ↔ "Shanghai Cooperation Organisation". */
export function matchesAcronym(acronym: string, name: string): boolean {
  const letters = acronymLetters(acronym);
  const ws = acronymWords(name);
  if (ws.length < 2 || letters.length < 2) return false;
  // Each word gives its initial and may give further letters of its own ("Television" → "TV").
  const match = (li: number, wi: number): boolean => {
    if (li === letters.length) return wi === ws.length;
    if (wi === ws.length) return false;
    const w = ws[wi].toUpperCase();
    if (w[0] !== letters[li])
      return /^\p{N}+$/u.test(ws[wi]) && ws[wi] === letters.slice(li, li + ws[wi].length)
        ? match(li + ws[wi].length, wi + 1)
        : false;
    let l = li + 1;
    if (match(l, wi + 1)) return true;
    for (let c = 1; c < w.length && l < letters.length; c++) {
      if (w[c] === letters[l]) {
        l++;
        if (match(l, wi + 1)) return true;
      }
    }
    return false;
  };
  return match(0, 0);
}
