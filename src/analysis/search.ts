import type { EntityRecord, StatementRecord } from '../graph/model.js';
import { foldText } from '../graph/text.js';

/** One searchable text of a document, with its weight. */
interface SearchField {
  text: string;
  words: string[];
  folded: string;
  weight: number;
}

interface SearchDocument {
  record: EntityRecord | StatementRecord;
  fields: SearchField[];
  /** Small boost for often-mentioned entities. */
  boost: number;
}

/** A full-text index over entity names, aliases and statement quotes. */
export interface SearchIndex {
  documents: SearchDocument[];
}

/** One search hit. */
export interface SearchHit {
  record: EntityRecord | StatementRecord;
  score: number;
  /** The name, alias or quote that matched. */
  matched: string;
}

function field(text: string, weight: number): SearchField {
  const folded = foldText(text);
  return { text, folded, words: folded.split(' ').filter((w) => w.length > 0), weight };
}

/** Builds the full-text index of a graph's entities and statements. */
export function buildSearchIndex(
  entities: readonly EntityRecord[],
  statements: readonly StatementRecord[],
): SearchIndex {
  const documents: SearchDocument[] = [];
  for (const entity of entities) {
    documents.push({
      record: entity,
      fields: [field(entity.name, 3), ...entity.aliases.map((alias) => field(alias, 2))],
      boost: Math.log10(1 + entity.count) / 10,
    });
  }
  for (const statement of statements)
    documents.push({ record: statement, fields: [field(statement.quote, 1)], boost: 0 });
  return { documents };
}

function fieldScore(f: SearchField, terms: string[], folded: string): number {
  if (f.folded === folded) return 2;
  let whole = true;
  for (const term of terms) {
    if (f.words.includes(term)) continue;
    if (!f.words.some((word) => word.startsWith(term))) return 0;
    whole = false;
  }
  return whole ? 1.5 : 1;
}

/** Documents in which every word of the query starts a word of one field, best first. */
export function searchDocuments(index: SearchIndex, query: string): SearchHit[] {
  const folded = foldText(query);
  const terms = folded.split(' ').filter((t) => t.length > 0);
  if (terms.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const document of index.documents) {
    let best = 0;
    let matched = '';
    for (const f of document.fields) {
      const score = fieldScore(f, terms, folded) * f.weight;
      if (score > best) {
        best = score;
        matched = f.text;
      }
    }
    if (best > 0)
      hits.push({ record: document.record, score: Math.round((best + document.boost) * 1000) / 1000, matched });
  }
  return hits.sort((a, b) => b.score - a.score || a.record.id.localeCompare(b.record.id));
}
