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

/** How well a text names an event, in [0, 1]: words found in its name or aliases count 1, in its participants' names 0.75. */
export function eventMatchScore(text: string, candidate: EventCandidate): number {
  const terms = foldText(text)
    .split(' ')
    .filter((t) => t.length > 0 && !FUNCTION_WORDS.has(t));
  if (terms.length === 0) return 0;
  const own = wordsOf([candidate.event.name, ...candidate.event.aliases]);
  const participants = wordsOf(candidate.participants.flatMap((p) => [p.name, ...p.aliases]));
  let total = 0;
  for (const term of terms) {
    if (own.has(term)) total += 1;
    else if (participants.has(term)) total += 0.75;
  }
  return total / terms.length;
}

/** Share of the event's own name words that the text names: "Xi–Putin" covers more of "Xi–Putin meeting" than of "Xi–Putin–Mirziyoyev summit". */
function nameCoverage(text: string, event: EntityRecord): number {
  const terms = new Set(foldText(text).split(' '));
  const words = foldText(event.name)
    .split(' ')
    .filter((w) => w.length > 0 && !FUNCTION_WORDS.has(w));
  return words.length === 0 ? 0 : words.filter((w) => terms.has(w)).length / words.length;
}

/**
 * The event a free text such as "Xi–Putin" or "Xi Putin meeting" most likely means: the best score of at
 * least one half; ties go to the event with more commentary, then to the one whose name the text covers
 * best, then to the most mentioned. Null when none fits.
 */
export function bestMatchingEvent(text: string, candidates: readonly EventCandidate[]): EntityRecord | null {
  const ranked = candidates
    .map((candidate) => ({ candidate, score: eventMatchScore(text, candidate), coverage: nameCoverage(text, candidate.event) }))
    .filter((r) => r.score >= 0.5)
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.candidate.statementCount - a.candidate.statementCount ||
        b.coverage - a.coverage ||
        b.candidate.event.count - a.candidate.event.count ||
        a.candidate.event.id.localeCompare(b.candidate.event.id),
    );
  return ranked[0]?.candidate.event ?? null;
}
