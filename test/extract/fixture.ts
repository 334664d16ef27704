/**
 * Hand-built resolved articles for the tests of the second half: a text, and the surfaces of its
 * mentions with their label and entity id. Sentences and tokens are split simply; every occurrence of
 * a surface becomes a mention.
 */
import type { EntityLabel, EntityRecord } from '../../src/graph/model.js';
import type {
  MentionKind,
  ResolvedArticle,
  ResolvedMention,
  Sentence,
  Token,
  TokenKind,
} from '../../src/extract/types.js';

/** A mention to place: every occurrence of `surface` names entity `id` with `label`. */
export type MentionSpec = [surface: string, label: EntityLabel, id: string, kind?: MentionKind];

const SENTENCE_END = /(?<=[.!?])["”’]?\s+(?=["“‘(]?[A-Z])/g;
const TOKEN = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|\S/gu;

function kindOf(t: string): TokenKind {
  if (/^\p{N}/u.test(t)) return 'number';
  if (/^[\p{L}]/u.test(t)) return 'word';
  if (/^["“”‘’']$/.test(t)) return 'quote';
  if (/^[–—-]$/.test(t)) return 'dash';
  return 'punct';
}

function tokens(text: string, offset: number): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({
    start: offset + (m.index ?? 0),
    end: offset + (m.index ?? 0) + m[0].length,
    text: m[0],
    kind: kindOf(m[0]),
  }));
}

/** A resolved article from text (paragraphs separated by blank lines) and mention specs. */
export function resolvedArticle(
  text: string,
  specs: readonly MentionSpec[],
  publishedAt = '2022-09-15',
): ResolvedArticle {
  const paragraphs: { start: number; end: number }[] = [];
  let at = 0;
  for (const block of text.split('\n')) {
    if (block.trim().length > 0) paragraphs.push({ start: at, end: at + block.length });
    at += block.length + 1;
  }
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, paragraph) => {
    const body = text.slice(p.start, p.end);
    let start = 0;
    const cuts = [...body.matchAll(SENTENCE_END)].map((m) => ({
      end: (m.index ?? 0) + m[0].trimEnd().length,
      next: (m.index ?? 0) + m[0].length,
    }));
    for (const cut of [...cuts, { end: body.length, next: body.length }]) {
      const s = body.slice(start, cut.end);
      if (s.trim().length > 0) {
        sentences.push({
          index: sentences.length,
          paragraph,
          start: p.start + start,
          end: p.start + cut.end,
          text: s,
          tokens: tokens(s, p.start + start),
        });
      }
      start = cut.next;
    }
  });
  const mentions: ResolvedMention[] = [];
  for (const [surface, label, id, kind] of specs) {
    let from = 0;
    for (;;) {
      const i = text.indexOf(surface, from);
      if (i < 0) break;
      from = i + surface.length;
      const before = text[i - 1];
      const after = text[i + surface.length];
      if ((before && /[\p{L}\p{N}]/u.test(before)) || (after && /[\p{L}\p{N}]/u.test(after))) continue;
      const sentence = sentences.find((s) => s.start <= i && i < s.end);
      if (!sentence) continue;
      mentions.push({
        start: i,
        end: i + surface.length,
        text: surface,
        label,
        kind: kind ?? 'name',
        sentence: sentence.index,
        entity: id,
      });
    }
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const entities = new Map<string, EntityRecord>();
  for (const [surface, label, id] of specs) {
    const e = entities.get(id);
    if (e) {
      if (surface !== e.name && !e.aliases.includes(surface)) e.aliases.push(surface);
    } else entities.set(id, { id, label, name: surface, aliases: [], mentions: [], count: 0 });
  }
  for (const m of mentions) {
    const e = entities.get(m.entity);
    if (e) {
      e.mentions.push({ article: 'article:test', start: m.start, end: m.end, text: m.text });
      e.count++;
    }
  }
  return {
    article: 'article:test',
    cleaned: { text, paragraphs, removed: [], publishedAt },
    sentences,
    mentions,
    entities: [...entities.values()],
  };
}
