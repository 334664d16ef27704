import { hash } from 'node:crypto';
import type { EntityLabel, RelationType } from './model.js';
import { UNDIRECTED_RELATION_TYPES } from './model.js';
import { withoutDiacritics } from './text.js';

/** Folds a name to lower-case ASCII words joined by dashes: "Xi–Putin Meeting" → "xi-putin-meeting". */
export function slugify(name: string): string {
  return withoutDiacritics(name)
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Short, stable hex digest of a string (SHA-256, one-shot: no Hash object per call). */
function digest(text: string, length = 16): string {
  return hash('sha256', text, 'hex').slice(0, length);
}

/** Stable id of an entity: the same label and canonical name always give the same id. */
export function entityId(label: EntityLabel, name: string): string {
  const slug = slugify(name);
  return `${label.toLowerCase()}:${slug.length > 0 ? slug : digest(name, 12)}`;
}

/** Stable id of an article from its text: the same text ingested twice gives the same id. */
export function articleId(text: string): string {
  return `article:${digest((text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text).trim())}`;
}

/** Stable id of an edge: one id per (type, source, target), sides sorted for undirected types. */
export function relationId(type: RelationType, source: string, target: string): string {
  const [a, b] = UNDIRECTED_RELATION_TYPES.has(type) && target < source ? [target, source] : [source, target];
  return `${type}:${a}->${b}`;
}

/** Stable id of a statement from its article and position. */
export function statementId(article: string, start: number, end: number): string {
  return `statement:${digest(`${article}:${start}:${end}`)}`;
}
