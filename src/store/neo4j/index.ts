export { Neo4jStore, type Neo4jConnectOptions } from './store.js';
export { migrateNeo4jStore, StoreLayoutError } from './migrate.js';
