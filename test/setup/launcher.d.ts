import type { ChildProcess } from 'node:child_process';

/** Folder of the Maven project that builds the launcher. */
export declare const LAUNCHER_DIR: string;
/** The launcher's jar (its dependencies are in target/lib beside it). */
export declare const LAUNCHER_JAR: string;

/** A running throw-away Neo4j server. */
export interface LaunchedNeo4j {
  uri: string;
  user: string;
  password: string;
  process: ChildProcess;
  /** Milliseconds from spawning the JVM to the Bolt URI being printed. */
  startMs: number;
}

/** Builds the launcher with Maven when its jar is missing or older than its sources. */
export declare function ensureLauncherBuilt(): void;
/**
 * Starts the launcher and resolves once it prints its Bolt URI; `dataDir` (kept on exit) and `port` allow a
 * restart on the same data; `throughput` sizes the JVM and page cache for a benchmark instead of a quick start.
 */
export declare function launchNeo4j(options?: {
  timeoutMs?: number;
  dataDir?: string;
  port?: number;
  password?: string;
  throughput?: boolean;
}): Promise<LaunchedNeo4j>;
/** Stops a launched server: closes its stdin, then kills it if it is still up after the grace period. */
export declare function stopNeo4j(server: Pick<LaunchedNeo4j, 'process'>, graceMs?: number): Promise<void>;
