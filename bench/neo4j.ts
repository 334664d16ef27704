import type { GraphStore } from '../src/store/port.js';

/** The Neo4j part of the benchmark cannot run; the message says what to do. */
export class BenchNeo4jError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BenchNeo4jError';
  }
}

/** A throw-away Neo4j server with a store connected to it. */
export interface BenchNeo4j {
  store: GraphStore;
  stop(): Promise<void>;
}

/** Starts a throw-away Neo4j server and opens the Neo4j store on it. */
export async function startBenchNeo4j(): Promise<BenchNeo4j> {
  throw new BenchNeo4jError('The Neo4j store adapter is not in this build yet. Run `npm run bench -- --no-neo4j` to skip the Neo4j part.');
}
