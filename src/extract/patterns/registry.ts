/**
 * The registry of relation patterns and their runner. The order of the registry is the order they
 * run in (and so the order of facts, of evidence and of edges); `disable` switches patterns off by
 * name, for evaluating one alone, and `timings` adds up the time each one takes.
 */
import type { EntityLabel } from '../../graph/model.js';
import { FactList, type ArticleScope } from '../scope.js';
import type { SentenceView } from '../view.js';
import { concernsPattern } from './concerns.js';
import { meetingsPattern } from './meetings.js';
import { listingsPattern } from './listings.js';
import { membershipPattern } from './membership.js';
import type { ArticlePattern, PatternContext, RelationPattern, SentencePattern } from './pattern.js';
import { positionsPattern } from './positions.js';
import { rolesPattern } from './roles.js';
import { sanctionsPattern } from './sanctions.js';
import { stancePattern } from './stance.js';
import { visitsPattern } from './visits.js';

/** Every relation pattern, in running order. */
export const RELATION_PATTERNS = [
  rolesPattern,
  stancePattern,
  positionsPattern,
  concernsPattern,
  sanctionsPattern,
  listingsPattern,
  meetingsPattern,
  membershipPattern,
  visitsPattern,
] as const;

/** The name of a registered relation pattern. */
export type PatternName = (typeof RELATION_PATTERNS)[number]['name'];

export interface PatternOptions {
  /** Patterns not to run. */
  readonly disable?: readonly PatternName[];
  /** When given, each pattern's running time in milliseconds is added to its entry. */
  readonly timings?: Map<PatternName, number>;
  /**
   * Runs every sentence pattern on every sentence, cued or not (slower; the output is the same when
   * the patterns' cues are complete, which the tests check this way).
   */
  readonly everySentence?: boolean;
}

/**
 * The patterns to run, checked: every name to disable is registered, and every annotation an enabled
 * pattern reads is provided by an enabled pattern before it.
 */
function enabledPatterns(disable: readonly string[]): RelationPattern<PatternName>[] {
  const names = RELATION_PATTERNS.map((p) => p.name);
  for (const name of disable) {
    if (!(names as readonly string[]).includes(name)) {
      throw new RangeError(`Unknown relation pattern "${name}": disable one of ${names.join(', ')}.`);
    }
  }
  const enabled: RelationPattern<PatternName>[] = RELATION_PATTERNS.filter((p) => !disable.includes(p.name));
  for (const [i, p] of enabled.entries()) {
    for (const need of p.requires) {
      if (enabled.slice(0, i).some((q) => q.provides.includes(need))) continue;
      const providers = RELATION_PATTERNS.filter((q) => q.provides.includes(need)).map((q) => `"${q.name}"`);
      throw new RangeError(
        `Relation pattern "${p.name}" reads "${need}", which ${providers.join(' or ')} provides: disable "${p.name}" too, or keep ${providers.join(' or ')}.`,
      );
    }
  }
  return enabled;
}

/** Runs one pattern, adding its time to `timings` when asked. */
function timed(name: PatternName, timings: Map<PatternName, number> | undefined, run: () => void): void {
  if (!timings) return run();
  const start = performance.now();
  run();
  timings.set(name, (timings.get(name) ?? 0) + performance.now() - start);
}

/**
 * The sentence patterns' cues as bit masks, bit i for the i-th pattern of RELATION_PATTERNS: one look-up
 * per item then tells which patterns a sentence can cue at all.
 */
const CUE_BITS = (() => {
  const words = new Map<string, number>();
  const labels = new Map<EntityLabel, number>();
  const patterns = new Map<PatternName, number>();
  RELATION_PATTERNS.forEach((p, i) => {
    if (p.per !== 'sentence') return;
    patterns.set(p.name, 1 << i);
    for (const w of p.cues.words) words.set(w, (words.get(w) ?? 0) | (1 << i));
    for (const l of p.cues.labels ?? []) labels.set(l, (labels.get(l) ?? 0) | (1 << i));
  });
  return { words, labels, patterns };
})();

/** The bits of the patterns a sentence holds a cue of. */
function cuedPatterns(view: SentenceView): number {
  let bits = 0;
  for (const it of view.items) {
    bits |= CUE_BITS.words.get(it.norm) ?? 0;
    // Only a mention's item has a label, or mentions nested inside it.
    if (!it.mention) continue;
    bits |= CUE_BITS.labels.get(it.mention.label) ?? 0;
    for (const m of it.inner) bits |= CUE_BITS.labels.get(m.label) ?? 0;
  }
  return bits;
}

/** Every relation the patterns find in the article (all but SAID and the event relations), as facts with evidence. */
export function findFacts(scope: ArticleScope, options: PatternOptions = {}): FactList {
  const enabled = enabledPatterns(options.disable ?? []);
  const context: PatternContext = { scope, out: new FactList(scope), annotations: { leaders: new Map() } };
  const { timings } = options;
  const perArticle = enabled.filter((p): p is ArticlePattern<PatternName> => p.per === 'article');
  const perSentence = enabled.filter((p): p is SentencePattern<PatternName> => p.per === 'sentence');
  // The enabled sentence patterns' bits: a sentence runs those its cues and this mask both hold, in order.
  const bits = perSentence.map((p) => CUE_BITS.patterns.get(p.name) ?? 0);
  const mask = bits.reduce((a, b) => a | b, 0);
  // A pattern cued by no sentence still has its entry, at zero.
  for (const p of enabled) timings?.set(p.name, timings.get(p.name) ?? 0);
  for (const p of perArticle) timed(p.name, timings, () => p.run(context));
  for (const view of scope.views) {
    const cued = (options.everySentence ? -1 : cuedPatterns(view)) & mask;
    if (cued === 0) continue;
    for (let i = 0; i < perSentence.length; i++) {
      if ((cued & bits[i]) === 0) continue;
      const p = perSentence[i];
      if (timings) timed(p.name, timings, () => p.run(context, view));
      else p.run(context, view);
    }
  }
  return context.out;
}
