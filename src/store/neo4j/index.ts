export { Neo4jStore } from './store.js';
export { schemaStatements, ENTITY_NAMES_INDEX } from './schema.js';
export { migrateNeo4jStore, StoreLayoutError } from './migrate.js';
