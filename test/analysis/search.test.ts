import type { EntityRecord, StatementRecord } from '../../src/graph/model.js';
import { buildSearchIndex, searchDocuments } from '../../src/analysis/search.js';

const entity = (id: string, name: string, aliases: string[] = [], count = 1): EntityRecord => ({
  id,
  label: 'Person',
  name,
  aliases,
  mentions: [],
  count,
});
const statement = (id: string, quote: string): StatementRecord => ({
  id,
  speaker: 'person:a',
  quote,
  sentence: quote,
  article: 'article:1',
  start: 0,
  end: quote.length,
  kind: 'direct',
});

const index = buildSearchIndex(
  [
    entity('person:xi', 'Xi Jinping', ['Xi', 'President Xi'], 9),
    entity('person:shi', 'Shi Yinhong'),
    entity('person:jose', 'José Ramos-Horta'),
  ],
  [statement('s1', 'China will not give Russia military help'), statement('s2', 'The sanctions will stay')],
);

test('an exact name ranks above a word of a name, which ranks above a quote', () => {
  const hits = searchDocuments(index, 'Xi');
  expect(hits.map((h) => h.record.id)).toEqual(['person:xi']);
  expect(hits[0]!.matched).toBe('Xi Jinping');
});

test('every word must start a word of one field; word prefixes match', () => {
  expect(searchDocuments(index, 'russia help').map((h) => h.record.id)).toEqual(['s1']);
  expect(searchDocuments(index, 'sanction').map((h) => h.record.id)).toEqual(['s2']);
  expect(searchDocuments(index, 'russia sanctions')).toEqual([]);
});

test('accents, case and punctuation are folded', () => {
  expect(searchDocuments(index, 'jose ramos horta')[0]!.record.id).toBe('person:jose');
  expect(searchDocuments(index, 'SHI')[0]!.matched).toBe('Shi Yinhong');
});

test('an empty query finds nothing', () => {
  expect(searchDocuments(index, ' – ')).toEqual([]);
});
