import type { EntityRecord } from '../graph/model.js';
import { foldText } from '../graph/text.js';

/** An Event with what helps recognise it: the names of who took part, and how much was said about it. */
export interface EventCandidate {
  event: EntityRecord;
  participants: readonly Pick<EntityRecord, 'name' | 'aliases'>[];
  statementCount: number;
}

/** English function words that say nothing about which event is meant. */
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'at', 'and', 'with', 'between', 'to', 'for', 'by']);

function wordsOf(texts: readonly string[]): Set<string> {
  return new Set(texts.flatMap((t) => foldText(t).split(' ')).filter((w) => w.length > 0));
}

/** The words of a text that can name an event: folded, without function words. */
function termsOf(text: string): string[] {
  return foldText(text)
    .split(' ')
    .filter((t) => t.length > 0 && !FUNCTION_WORDS.has(t));
}

/** A candidate with its words folded once. */
interface FoldedCandidate {
  candidate: EventCandidate;
  own: ReadonlySet<string>;
  participants: ReadonlySet<string>;
  /** The event name's own words (for coverage). */
  nameWords: readonly string[];
}

function fold(candidate: EventCandidate): FoldedCandidate {
  return {
    candidate,
    own: wordsOf([candidate.event.name, ...candidate.event.aliases]),
    participants: wordsOf(candidate.participants.flatMap((p) => [p.name, ...p.aliases])),
    nameWords: termsOf(candidate.event.name),
  };
}

function score(terms: readonly string[], c: FoldedCandidate): number {
  if (terms.length === 0) return 0;
  let total = 0;
  for (const term of terms) {
    if (c.own.has(term)) total += 1;
    else if (c.participants.has(term)) total += 0.75;
  }
  return total / terms.length;
}

/** How well a text names an event, in [0, 1]: words found in its name or aliases count 1, in its participants' names 0.75. */
export function eventMatchScore(text: string, candidate: EventCandidate): number {
  return score(termsOf(text), fold(candidate));
}

/**
 * Finds the event a free text such as "Xi–Putin" or "Xi Putin meeting" most likely means, among events
 * whose words are folded and indexed once: a query scores only the events that share a word with it.
 */
export class EventMatcher {
  readonly #byWord = new Map<string, FoldedCandidate[]>();

  /** Indexes the candidates by the words of their names, aliases and participants. */
  constructor(candidates: readonly EventCandidate[]) {
    for (const candidate of candidates) {
      const folded = fold(candidate);
      for (const word of new Set([...folded.own, ...folded.participants])) {
        const list = this.#byWord.get(word);
        if (list) list.push(folded);
        else this.#byWord.set(word, [folded]);
      }
    }
  }

  /**
   * The best score of at least one half; ties go to the event with more commentary, then to the one
   * whose name the text covers best, then to the most mentioned. Null when none fits.
   */
  best(text: string): EntityRecord | null {
    const terms = termsOf(text);
    const present = new Set(foldText(text).split(' '));
    const seen = new Set<FoldedCandidate>();
    let best: { c: FoldedCandidate; score: number; coverage: number } | undefined;
    for (const term of terms) {
      for (const c of this.#byWord.get(term) ?? []) {
        if (seen.has(c)) continue;
        seen.add(c);
        const s = score(terms, c);
        if (s < 0.5) continue;
        const coverage =
          c.nameWords.length === 0 ? 0 : c.nameWords.filter((w) => present.has(w)).length / c.nameWords.length;
        if (!best || better({ c, score: s, coverage }, best)) best = { c, score: s, coverage };
      }
    }
    return best?.c.candidate.event ?? null;
  }
}

function better(
  a: { c: FoldedCandidate; score: number; coverage: number },
  b: { c: FoldedCandidate; score: number; coverage: number },
): boolean {
  const x = a.c.candidate;
  const y = b.c.candidate;
  const order =
    b.score - a.score ||
    y.statementCount - x.statementCount ||
    b.coverage - a.coverage ||
    y.event.count - x.event.count ||
    x.event.id.localeCompare(y.event.id);
  return order < 0;
}
