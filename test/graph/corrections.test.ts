import fc from 'fast-check';
import {
  applyCorrections,
  type Correction,
  type CorrectionChange,
  type EntityRef,
  type GraphRecords,
} from '../../src/graph/corrections.js';
import { entityId, relationId } from '../../src/graph/ids.js';
import type { EntityLabel, EntityRecord, RelationRecord, RelationType } from '../../src/graph/model.js';

const ARTICLE = 'article:a';

function entity(label: EntityLabel, name: string, mentions: string[], start = 0): EntityRecord {
  return {
    id: entityId(label, name),
    label,
    name,
    aliases: mentions.filter((m) => m !== name),
    mentions: mentions.map((text, i) => ({ article: ARTICLE, start: start + 100 * i, end: start + 100 * i + 5, text })),
    count: mentions.length,
  };
}

function relation(type: RelationType, source: string, target: string, start: number): RelationRecord {
  return {
    id: relationId(type, source, target),
    type,
    source,
    target,
    undirected: type === 'MET_WITH',
    evidence: [{ article: ARTICLE, sentence: 's', start, end: start + 10, confidence: 0.5 }],
    confidence: 0.5,
  };
}

const ref = (e: EntityRecord): EntityRef => ({ id: e.id, label: e.label, name: e.name });
const logOf = (changes: CorrectionChange[]): Correction[] =>
  changes.map((c, i) => ({ ...c, id: `c${i}`, who: 'test', at: '2026-01-01T00:00:00.000Z' }));

const putin = entity('Person', 'Vladimir Putin', ['Vladimir Putin', 'Putin'], 0);
const vlad = entity('Person', 'Vlad Putin', ['Vlad Putin'], 1000);
const xi = entity('Person', 'Xi Jinping', ['Xi Jinping', 'Xi'], 2000);
const china = entity('Country', 'China', ['China'], 3000);
const russia = entity('Country', 'Russia', ['Russia'], 4000);
const met = relation('MET_WITH', vlad.id, xi.id, 10);
const leads = relation('LEADER_OF', xi.id, china.id, 20);
const supports = relation('SUPPORTS', china.id, russia.id, 30);
const records: GraphRecords = {
  entities: [putin, vlad, xi, china, russia],
  relations: [met, leads, supports],
  statements: [
    {
      id: 'statement:1',
      speaker: vlad.id,
      quote: 'q',
      sentence: 's',
      article: ARTICLE,
      start: 1,
      end: 2,
      kind: 'direct',
    },
  ],
};

describe('applyCorrections', () => {
  it('merges an entity into another: mentions, aliases, edges and statements follow', () => {
    const out = applyCorrections(records, logOf([{ kind: 'mergeEntities', into: ref(putin), from: ref(vlad) }]));
    expect(out.entities.map((e) => e.id)).not.toContain(vlad.id);
    const merged = out.entities.find((e) => e.id === putin.id)!;
    expect(merged.aliases).toEqual(['Putin', 'Vlad Putin']);
    expect(merged.count).toBe(3);
    expect(out.relations.map((r) => r.id)).toContain(relationId('MET_WITH', putin.id, xi.id));
    expect(out.statements[0]!.speaker).toBe(putin.id);
    // Untouched records are the same objects.
    expect(out.entities.find((e) => e.id === china.id)).toBe(china);
  });

  it("merges into an entity the records do not hold (another article's) by building it from the correction", () => {
    const out = applyCorrections(
      { entities: [vlad, xi], relations: [met], statements: [] },
      logOf([{ kind: 'mergeEntities', into: ref(putin), from: ref(vlad) }]),
    );
    expect(out.entities.find((e) => e.id === putin.id)).toMatchObject({
      name: 'Vladimir Putin',
      aliases: ['Vlad Putin'],
    });
  });

  it('drops a fact whose ends a merge joins, or that a relabel makes unfit for its type', () => {
    const joined = applyCorrections(records, logOf([{ kind: 'mergeEntities', into: ref(xi), from: ref(vlad) }]));
    expect(joined.relations.map((r) => r.type)).toEqual(['LEADER_OF', 'SUPPORTS']);
    const relabelled = applyCorrections(records, logOf([{ kind: 'relabelEntity', entity: ref(xi), label: 'Country' }]));
    expect(relabelled.entities.map((e) => e.id)).toContain('country:xi-jinping');
    expect(relabelled.relations.map((r) => r.type)).toEqual(['SUPPORTS']);
  });

  it('renames (the old name becomes an alias), splits an alias off, rejects and confirms facts', () => {
    const out = applyCorrections(
      records,
      logOf([
        { kind: 'renameEntity', entity: ref(putin), name: 'V. V. Putin' },
        {
          kind: 'splitAlias',
          entity: ref(xi),
          alias: 'xi',
          newEntity: { id: 'person:xi-other', label: 'Person', name: 'Xi Other' },
        },
        { kind: 'rejectRelation', relation: { type: 'SUPPORTS', source: china.id, target: russia.id }, reason: 'no' },
        { kind: 'confirmRelation', relation: { type: 'LEADER_OF', source: xi.id, target: china.id } },
      ]),
    );
    expect(out.entities.find((e) => e.name === 'V. V. Putin')!.aliases).toEqual(['Vladimir Putin', 'Putin']);
    expect(out.entities.find((e) => e.id === xi.id)).toMatchObject({ aliases: [], count: 1 });
    expect(out.entities.find((e) => e.id === 'person:xi-other')).toMatchObject({ aliases: ['xi'], count: 1 });
    expect(out.relations.map((r) => r.type)).toEqual(['MET_WITH', 'LEADER_OF']);
    expect(out.relations.find((r) => r.type === 'LEADER_OF')!.confirmed).toBe(true);
  });

  it('skips undone corrections and keeps the other fields of what it is given', () => {
    const [merge] = logOf([{ kind: 'mergeEntities', into: ref(putin), from: ref(vlad) }]);
    const graph = { article: { id: ARTICLE, length: 1 }, ...records };
    expect(applyCorrections(graph, [{ ...merge!, undone: { who: 'x', at: 'y' } }])).toBe(graph);
    expect(applyCorrections(graph, [merge!]).article).toBe(graph.article);
  });

  const changes: CorrectionChange[] = [
    { kind: 'mergeEntities', into: ref(putin), from: ref(vlad) },
    { kind: 'mergeEntities', into: ref(china), from: ref(russia) },
    { kind: 'renameEntity', entity: ref(xi), name: 'Xi' },
    { kind: 'relabelEntity', entity: ref(putin), label: 'Organization' },
    {
      kind: 'splitAlias',
      entity: ref(xi),
      alias: 'Xi',
      newEntity: { id: 'person:xi-b', label: 'Person', name: 'Xi B' },
    },
    { kind: 'rejectRelation', relation: { type: 'SUPPORTS', source: china.id, target: russia.id }, reason: 'r' },
    { kind: 'confirmRelation', relation: { type: 'LEADER_OF', source: xi.id, target: china.id } },
  ];

  it('gives the same records when a log is applied twice as once', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...changes), { maxLength: 6 }), (picked) => {
        const log = logOf(picked);
        const once = applyCorrections(records, log);
        expect(applyCorrections(once, log)).toEqual(once);
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same records whatever the order of corrections that touch different records', () => {
    // Merge Vlad into Putin, reject China→Russia, confirm Xi→China: no two touch the same record.
    const unrelated = [changes[0]!, changes[5]!, changes[6]!];
    const sorted = (r: GraphRecords) => ({
      ...r,
      entities: [...r.entities].sort((a, b) => a.id.localeCompare(b.id)),
      relations: [...r.relations].sort((a, b) => a.id.localeCompare(b.id)),
    });
    fc.assert(
      fc.property(fc.shuffledSubarray(unrelated, { minLength: 3, maxLength: 3 }), (order) => {
        expect(sorted(applyCorrections(records, logOf(order)))).toEqual(
          sorted(applyCorrections(records, logOf(unrelated))),
        );
      }),
    );
  });
});
