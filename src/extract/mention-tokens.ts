/**
 * What the mention stages share: tests on tokens (capitalised, lower-cased, hyphenated, possessive,
 * acronym), and the builder that adds a sentence's mentions in order.
 */
import type { EntityLabel } from '../graph/model.js';
import { startsUpper } from './sentences.js';
import type { Mention, MentionKind, Sentence, Token } from './types.js';

/** Lower-case words that may join the capitalised words of one name ("Bank of China"). */
export const CONNECTORS = new Set([
  'of',
  'for',
  'the',
  'and',
  '&',
  'de',
  'del',
  'al',
  'bin',
  'van',
  'von',
  'der',
  'la',
  'le',
  'du',
  'da',
  'on',
]);
/**
 * A capitalised word joined to a participle or noun that makes it an adjective ("Beijing-based",
 * "Dubai-registered", "Kremlin-linked"): any lower-case "-ed" participle, and the irregular ones.
 */
export const ADJECTIVE_COMPOUND =
  /^(\p{Lu}[\p{L}.]*)-(\p{Ll}+ed|born|led|run|made|bound|style|era|speaking|friendly|held|built|grown|sworn|drawn|known)$/u;
/** The shape of an acronym: "NATO", "G7", "U.N.". */
export const ACRONYM = /^(?:\p{Lu}[\p{Lu}\p{N}&]*\p{Lu}[\p{Lu}\p{N}]*|\p{Lu}-?\p{N}{1,2}|(?:\p{Lu}\.){2,})$/u;
/** The possessive token "'s". */
export const POSSESSIVE = /^['’]s$/;

/** Context for finding mentions: the article's publication date, for resolving event dates. */
export interface MentionContext {
  publishedAt?: string;
}

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';
export const hasDash = (w: string): boolean => {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    // "-" or "–"
    if (c === 45 || c === 8211) return true;
  }
  return false;
};

/** Whether a token is a capitalised word, not a capitalised adjective compound ("Beijing-based"). */
export const isCap = (t: Token | undefined): t is Token =>
  isWord(t) && startsUpper(t.text) && !(hasDash(t.text) && ADJECTIVE_COMPOUND.test(t.text));

/** A token's lower-cased text, or '' for none. */
export const lower = (t: Token | undefined): string => (t ? (t.lower ?? t.text.toLowerCase()) : '');

/** The mentions found so far, and the sentence the stage is in. */
export interface Builder {
  sentence: Sentence;
  out: Mention[];
  context: MentionContext;
}

/** Adds a mention over tokens [from, to) of the sentence. */
export function add(
  b: Builder,
  tokens: Token[],
  from: number,
  to: number,
  label: EntityLabel,
  kind: MentionKind,
  extra: Partial<Mention> = {},
): Mention {
  const start = tokens[from].start;
  const end = tokens[to - 1].end;
  const text = b.sentence.text.slice(start - b.sentence.start, end - b.sentence.start);
  const m: Mention = { start, end, text, label, kind, sentence: b.sentence.index, ...extra };
  b.out.push(m);
  return m;
}

/** The texts of tokens [from, to). */
export function textsOf(tokens: readonly Token[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k < Math.min(to, tokens.length); k++) out.push(tokens[k].text);
  return out;
}

const NO_PARTS: readonly string[] = [];

/** Names of the people or countries in a hyphenated compound: "Xi-Putin" → ["Xi", "Putin"]. */
export function compoundParts(word: string): readonly string[] {
  if (!startsUpper(word) || !hasDash(word)) return NO_PARTS;
  const parts = word.split(/[-–]/);
  return parts.length >= 2 && parts.every((p) => /^\p{Lu}\p{Ll}+$/u.test(p)) ? parts : [];
}
