export { Neo4jStore } from './store.js';
export { migrateNeo4jStore, StoreLayoutError } from './migrate.js';
