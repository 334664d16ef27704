import type { Session } from 'neo4j-driver';
import { ENTITY_LABELS, RELATION_TYPES } from '../../graph/model.js';
import { StoreError } from '../errors.js';

/** Name of the full-text index on entity names and aliases. */
export const ENTITY_NAMES_INDEX = 'entity_names';

function snake(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
}

/**
 * The schema statements, each idempotent: a uniqueness constraint on `id` for every node label and
 * relationship type (each backs an index) and on the layout mark's `key`, indexes for the filters and for an edge's Evidence nodes
 * (by `relation`, the edge's id), and the full-text index that entity search uses. Labels and types come from the ontology's fixed lists, never from input.
 */
function schemaStatements(): string[] {
  const nodeLabels = ['Entity', ...ENTITY_LABELS, 'Article', 'Statement', 'Correction'];
  return [
    ...nodeLabels.map(
      (label) => `CREATE CONSTRAINT ${snake(label)}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
    ),
    ...RELATION_TYPES.map(
      (type) => `CREATE CONSTRAINT ${type.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE r.id IS UNIQUE`,
    ),
    // One layout mark (see migrate.ts), even when several processes set up a new database at once.
    'CREATE CONSTRAINT newsgraph_layout_key IF NOT EXISTS FOR (v:NewsgraphLayout) REQUIRE v.key IS UNIQUE',
    'CREATE INDEX entity_label IF NOT EXISTS FOR (n:Entity) ON (n.label)',
    'CREATE INDEX statement_speaker IF NOT EXISTS FOR (s:Statement) ON (s.speaker)',
    'CREATE INDEX statement_about IF NOT EXISTS FOR (s:Statement) ON (s.about)',
    'CREATE INDEX statement_article IF NOT EXISTS FOR (s:Statement) ON (s.article)',
    'CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.publishedAt)',
    'CREATE INDEX evidence_relation IF NOT EXISTS FOR (e:Evidence) ON (e.relation)',
    `CREATE FULLTEXT INDEX ${ENTITY_NAMES_INDEX} IF NOT EXISTS FOR (n:Entity) ON EACH [n._search] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'whitespace'}}`,
  ];
}

/** Codes Neo4j answers with when another client created the same schema rule a moment earlier. */
const ALREADY_THERE = new Set([
  'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
  'Neo.ClientError.Schema.ConstraintAlreadyExists',
  'Neo.ClientError.Schema.IndexAlreadyExists',
]);

/**
 * Creates whatever part of the schema is missing, waits until every index is online, and returns the
 * name of the full-text index on entity names (ENTITY_NAMES_INDEX, or an equivalent one made before).
 */
export async function ensureSchema(session: Session): Promise<string> {
  const existing = new Set<string>();
  const shown = await session.run('SHOW INDEXES YIELD name RETURN name');
  for (const record of shown.records) existing.add(String(record.get('name')));
  for (const statement of schemaStatements()) {
    const name = /^CREATE (?:FULLTEXT )?(?:CONSTRAINT|INDEX) (\w+)/.exec(statement)?.[1];
    if (name && existing.has(name)) continue;
    try {
      // In a managed transaction: when several processes set up the schema at once, Neo4j may refuse
      // one of them with a deadlock, a transient error that the driver retries.
      await session.executeWrite((tx) => tx.run(statement));
    } catch (error) {
      if (!ALREADY_THERE.has((error as { code?: string }).code ?? '')) throw error;
    }
  }
  await session.run('CALL db.awaitIndexes(300)');
  const fulltext = await session.run(
    "SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties WHERE labelsOrTypes = ['Entity'] AND properties = ['_search'] RETURN name ORDER BY name = $name DESC",
    { name: ENTITY_NAMES_INDEX },
  );
  const name = fulltext.records[0]?.get('name');
  if (typeof name !== 'string')
    throw new StoreError(
      `Neo4j has no full-text index on :Entity(_search) after setting up the schema; check the server log and that the user may create indexes.`,
    );
  return name;
}
