import { articleId, entityId, relationId, slugify } from '../../src/graph/ids.js';

describe('stable ids', () => {
  it('slugs names with accents and dashes', () => {
    expect(slugify('Xi–Putin meeting in Samarkand')).toBe('xi-putin-meeting-in-samarkand');
    expect(slugify('Zelenskyy’s Café')).toBe('zelenskyys-cafe');
  });

  it('gives the same entity id for the same label and name', () => {
    expect(entityId('Person', 'Xi Jinping')).toBe('person:xi-jinping');
    expect(entityId('Country', 'China')).not.toBe(entityId('Organization', 'China'));
  });

  it('gives the same article id to the same text, whatever its line endings', () => {
    expect(articleId('Putin met Xi.\r\n')).toBe(articleId('Putin met Xi.\n'));
    expect(articleId('Putin met Xi.')).not.toBe(articleId('Xi met Putin.'));
  });

  it('sorts the ends of undirected edges only', () => {
    expect(relationId('MET_WITH', 'person:b', 'person:a')).toBe(relationId('MET_WITH', 'person:a', 'person:b'));
    expect(relationId('SUPPORTS', 'country:b', 'country:a')).not.toBe(relationId('SUPPORTS', 'country:a', 'country:b'));
  });
});
