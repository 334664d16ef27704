/**
 * Pipeline stage `captions`: the sentences of the article's photo captions, for names only. A caption
 * says who and what a picture shows ("Braverman (left) and Sunak (right) in Paris"), so its names are
 * mentions of the article's entities; but it is no part of the story told, so no relation, statement or
 * event comes from it (captions are left out of the body by the clean stage, and the facts stage never
 * sees these sentences). The credit after the caption ("Image: Nick Moreau", "Photo: AP") is furniture
 * and is left out, as is a line that is only a credit.
 */
import type { EntityRecord } from '../graph/model.js';
import { mergeEntities } from '../graph/merge.js';
import { KnownEntities } from './known.js';
import { resolveMentions } from './resolve.js';
import { splitSentences } from './sentences.js';
import type { CleanedArticle, Mention, MentionKind, Sentence, Span } from './types.js';

/** The reason the clean stage gives for a caption (clean.ts lineFurniture). */
const CAPTION_REASON = 'photo caption';
/** Labels before a caption's text: "Caption:", "Photo caption:", "Image caption," (BBC). */
const LABEL = /^\s*(?:(?:(?:photo|picture|image|video)\s+)?caption\s*[:,]\s*)+/i;
/** A labelled credit: "Image: …", "Photograph: …", "Photo by …", "Image source, …", "(AP Photo/…)", "(Reuters)". */
const LABELLED_CREDIT =
  /(?:^|\s)(?:\(?\s*(?:image|photo|photograph|picture|illustration|credit|source|file photo)s?\s*(?::|\/|by\b)|(?:image|photo|picture|video)\s+source\s*[,:]|\((?:AP|AFP|Reuters|Getty|EPA|Xinhua)\b)/i;
/** A word of a photographer's or agency's name: capitalised, or an initial ("J."). */
const CREDIT_WORD = String.raw`\p{Lu}(?:\.|[\p{L}'-]*)`;
/** An unlabelled credit at the end: "Evan Vucci/AP", "AFP via Getty Images", "Shutterstock". */
const TRAILING_CREDIT = new RegExp(
  String.raw`(?:^|\s)(?:(?:${CREDIT_WORD}\s+){0,3}${CREDIT_WORD}\s*\/\s*\p{Lu}[\p{L}.' -]*|(?:${CREDIT_WORD}\s+){0,3}(?:via\s+)?(?:Getty Images|Shutterstock|Alamy))\s*$`,
  'u',
);

/** Where the credit of a caption begins, or -1. */
function creditStart(caption: string): number {
  const labelled = LABELLED_CREDIT.exec(caption);
  if (labelled) return labelled.index;
  return TRAILING_CREDIT.exec(caption)?.index ?? -1;
}

/** The part of a caption line that describes the picture: without its label and its credit. */
function described(text: string, line: Span): Span | undefined {
  let start = line.start;
  let end = line.end;
  const label = LABEL.exec(text.slice(start, end));
  if (label) start += label[0].length;
  const credit = creditStart(text.slice(start, end));
  if (credit >= 0) end = start + credit;
  while (end > start && /[\s.,;:–—-]/.test(text[end - 1])) end -= 1;
  // A few words left are a credit's remains or a bare label: no description.
  return text.slice(start, end).split(/\s+/).length >= 2 ? { start, end } : undefined;
}

/**
 * The sentences of the article's captions, numbered after the body's `bodyCount` sentences (so that
 * the body's indices are unchanged) and each marked as a caption's.
 */
export function captionSentences(cleaned: CleanedArticle, bodyCount: number): Sentence[] {
  const spans = cleaned.removed
    .filter((r) => r.reason === CAPTION_REASON)
    .map((r) => described(cleaned.text, r))
    .filter((s): s is Span => s !== undefined);
  if (spans.length === 0) return [];
  const sentences = splitSentences({ text: cleaned.text, paragraphs: spans, removed: [] });
  return sentences.map((s) => ({ ...s, index: bodyCount + s.index, paragraph: -1 - s.paragraph, caption: true }));
}

/** Kinds of mention a caption contributes: names; its pronouns and descriptions are left alone. */
const CAPTION_KINDS: ReadonlySet<MentionKind> = new Set(['name', 'surname', 'acronym']);

/**
 * The article's entities with the names of its captions: each caption name resolved against the body's
 * entities (so "Braverman" in a caption is the body's Suella Braverman), added to its entity's mentions,
 * or, when the body never names it, as an entity of its own. The body's resolution is left as it was:
 * captions come after it and may change nothing in it. Events are not taken from captions, nor roles
 * (a caption's "Chinese President Xi Jinping" would let a later article's "China's president" resolve
 * through a title the body never gave).
 */
export function withCaptionNames(
  article: string,
  entities: readonly EntityRecord[],
  mentions: readonly Mention[],
  sentences: readonly Sentence[],
  options: Parameters<typeof resolveMentions>[3],
): EntityRecord[] {
  const names = mentions.filter((m) => CAPTION_KINDS.has(m.kind) && m.label !== 'Event');
  if (names.length === 0) return [...entities];
  const resolved = resolveMentions(article, names, sentences, { ...options, known: new KnownEntities(entities) });
  const out = new Map(entities.map((e) => [e.id, e]));
  for (const { roles: _roles, ...e } of resolved.entities) {
    if (e.label === 'Event') continue;
    const body = out.get(e.id);
    out.set(e.id, body ? mergeEntities(body, e) : e);
  }
  return [...out.values()];
}
