/**
 * A read article (readArticle's result) as a worker thread sends it to the ingest's writer, and back.
 * Structured cloning of the sentences' token objects costs about as much as tokenizing again (a news
 * article has about a thousand tokens), and on the writer's thread, the one that bounds the speed-up;
 * so sentences and tokens travel as offsets in two Int32Arrays whose buffers are transferred, and the
 * writer rebuilds them from the text (tokenOf) exactly as splitSentences made them. The rest (mentions,
 * the model's names and typings, the cleaned article's spans) is small and goes as it is.
 */
import type { ReadArticle } from '../extract/index.js';
import { tokenOf } from '../extract/sentences.js';
import type { ArticleInput, CleanedArticle, Sentence, TokenKind } from '../extract/types.js';

/** A ReadArticle ready for postMessage: the text once, sentences and tokens packed. */
export interface WireRead {
  /** The article's text (input.text, which is also cleaned.text). */
  text: string;
  input: Omit<ArticleInput, 'text'>;
  article: string;
  cleaned: Omit<CleanedArticle, 'text'>;
  bodyCount: number;
  /** Per sentence: index, paragraph, start, end, flags (1 quoted, 2 caption), number of tokens. */
  sentences: Int32Array;
  /** Per token: start, end, kind (index in TOKEN_KINDS). */
  tokens: Int32Array;
  mentions: ReadArticle['mentions'];
  model?: ReadArticle['model'];
}

const TOKEN_KINDS: readonly TokenKind[] = ['word', 'number', 'quote', 'dash', 'punct'];
const KIND_CODE: ReadonlyMap<TokenKind, number> = new Map(TOKEN_KINDS.map((k, i) => [k, i]));
const SENTENCE_FIELDS = 6;
const TOKEN_FIELDS = 3;
const QUOTED = 1;
const CAPTION = 2;

/** Packs a read article; `transfer` lists the buffers postMessage may move rather than copy. */
export function toWire(read: ReadArticle): { wire: WireRead; transfer: ArrayBuffer[] } {
  const { text, ...input } = read.input;
  const { text: cleanedText, ...cleaned } = read.cleaned;
  if (cleanedText !== text) throw new Error('toWire: the cleaned text differs from the input text');
  const tokenCount = read.sentences.reduce((n, s) => n + s.tokens.length, 0);
  const sentences = new Int32Array(read.sentences.length * SENTENCE_FIELDS);
  const tokens = new Int32Array(tokenCount * TOKEN_FIELDS);
  let k = 0;
  read.sentences.forEach((s, i) => {
    const at = i * SENTENCE_FIELDS;
    sentences[at] = s.index;
    sentences[at + 1] = s.paragraph;
    sentences[at + 2] = s.start;
    sentences[at + 3] = s.end;
    sentences[at + 4] = (s.quoted ? QUOTED : 0) | (s.caption ? CAPTION : 0);
    sentences[at + 5] = s.tokens.length;
    for (const t of s.tokens) {
      // A token's text is the article's text over its span, its lower-case form computed from it (tokenOf).
      tokens[k] = t.start;
      tokens[k + 1] = t.end;
      tokens[k + 2] = KIND_CODE.get(t.kind) ?? -1;
      k += TOKEN_FIELDS;
    }
  });
  const wire: WireRead = {
    text,
    input,
    article: read.article,
    cleaned,
    bodyCount: read.bodyCount,
    sentences,
    tokens,
    mentions: read.mentions,
  };
  if (read.model) wire.model = read.model;
  return { wire, transfer: [sentences.buffer as ArrayBuffer, tokens.buffer as ArrayBuffer] };
}

/** The read article a WireRead packs, equal to the one toWire was given. */
export function fromWire(wire: WireRead): ReadArticle {
  const { text } = wire;
  const sentences: Sentence[] = [];
  let k = 0;
  for (let at = 0; at < wire.sentences.length; at += SENTENCE_FIELDS) {
    const start = wire.sentences[at + 2];
    const end = wire.sentences[at + 3];
    const flags = wire.sentences[at + 4];
    const count = wire.sentences[at + 5];
    const tokens: Sentence['tokens'] = [];
    for (let i = 0; i < count; i++, k += TOKEN_FIELDS)
      tokens.push(tokenOf(text, wire.tokens[k], wire.tokens[k + 1], TOKEN_KINDS[wire.tokens[k + 2]]));
    // The fields in the order splitSentences and captionSentences give them.
    const sentence: Sentence = {
      index: wire.sentences[at],
      paragraph: wire.sentences[at + 1],
      start,
      end,
      text: text.slice(start, end),
      tokens,
    };
    if (flags & QUOTED) sentence.quoted = true;
    if (flags & CAPTION) sentence.caption = true;
    sentences.push(sentence);
  }
  const read: ReadArticle = {
    input: { text, ...wire.input },
    article: wire.article,
    cleaned: { text, ...wire.cleaned },
    sentences,
    bodyCount: wire.bodyCount,
    mentions: wire.mentions,
  };
  if (wire.model) read.model = wire.model;
  return read;
}
