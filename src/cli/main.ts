import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { ConfigError, loadConfig, loadConnectRetry, loadIngestWorkers, parseStoreKind } from '../config.js';
import { defaultWorkers } from './workers.js';
import { migrateStore, openStore } from '../store/open.js';
import { startServer } from '../server/index.js';
import { EXPORT_FORMATS, exportGraph, parseHops, parseRelationTypes, type ExportFormat } from '../export/index.js';
import { writeExportFiles } from '../export/write.js';
import { copyStore, describeStore, formatCopySummary } from './copy.js';
import { extractPaths } from './extract.js';
import { describePaths } from './inputs.js';
import { formatIngestEvent, formatIngestSummary, ingestPaths, type IngestEvent } from './ingest.js';
import {
  articleOptions,
  decodeOptionsFrom,
  inputOptions,
  parseFlushInterval,
  type ArticleCliOptions,
  type InputCliOptions,
} from './input-options.js';
import { openStoreWithRetry } from './open-store.js';
import { addCorrectionsCommand } from './corrections.js';
import { addWatchCommand } from './watch.js';

interface StoreOptions {
  store?: string;
  data?: string;
}

const storeOption = () =>
  new Option('--store <kind>', 'where the graph is kept: embedded or neo4j (default: KG_STORE or embedded)');
const dataOption = () =>
  new Option('--data <file>', 'file of the embedded store (default: KG_DATA or data/graph.json)');

async function output(text: string, out: string | undefined): Promise<void> {
  if (out) await writeFile(out, text);
  else process.stdout.write(text);
}

/** The version in package.json (two folders up from src/cli and from dist/cli alike). */
function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

/** A command with the options that say how to read article files: size, language, address, source, short articles. */
function withArticleOptions(command: Command): Command {
  for (const option of [...inputOptions(), ...articleOptions()]) command.addOption(option);
  return command;
}

/** Builds the `kg` command-line program. */
export function buildProgram(setExitCode: (code: number) => void): Command {
  const program = new Command('kg')
    .description('newsgraph: build a knowledge graph from news articles and serve it over GraphQL')
    .version(packageVersion(), '-V, --version', 'print the version of newsgraph')
    .showHelpAfterError();

  withArticleOptions(
    program
      .command('ingest')
      .description('extract articles (.txt or .html files, or folders of them) and add them to the store')
      .argument('<paths...>', 'article files or folders')
      .addOption(storeOption())
      .addOption(dataOption())
      .option('--date <iso>', "publication date of the articles (wins over the page's and the text's)")
      .option('--no-progress', 'do not show a progress bar')
      .option(
        '--report',
        'print one line per file on stdout: "done <path> <article-id>" once the article is durable, "failed <path>: <reason>" …',
      )
      .option(
        '--flush-interval <ms>',
        'make the store durable at least this often (default 1000; 0: after every article)',
      )
      .option(
        '--workers <n>',
        'threads that read and pre-extract articles while one writer resolves and stores them in order (default: KG_INGEST_WORKERS, else one per core but one, at most 4; 0 or 1: none)',
      ),
  ).action(
    async (
      paths: string[],
      options: StoreOptions &
        InputCliOptions &
        ArticleCliOptions & {
          date?: string;
          progress: boolean;
          report?: boolean;
          flushInterval?: string;
          workers?: string;
        },
    ) => {
      const config = loadConfig(process.env, options);
      const decode = decodeOptionsFrom(options);
      const flushEveryMs = parseFlushInterval(options.flushInterval);
      const workers = loadIngestWorkers(options.workers) ?? defaultWorkers();
      const store = await openStoreWithRetry(config);
      try {
        const onEvent = options.report
          ? (event: IngestEvent) => process.stdout.write(`${formatIngestEvent(event)}\n`)
          : undefined;
        const onShort = (path: string, reason: string): void => {
          process.stderr.write(`short: ${path}: ${reason}\n`);
          if (!options.allowShort) setExitCode(1);
        };
        const article = { date: options.date, url: options.url, source: options.source, onShort };
        const summary = await ingestPaths(store, paths, {
          ...decode,
          ...article,
          progress: options.progress,
          flushEveryMs,
          onEvent,
          workers,
        });
        process.stderr.write(`${formatIngestSummary(summary)}\n`);
        if (summary.failures.length > 0) setExitCode(1);
      } finally {
        await store.close();
      }
    },
  );

  withArticleOptions(
    program
      .command('extract')
      .description('print the graph of the given articles (graphology JSON), touching no store')
      .argument('<paths...>', 'article files or folders')
      .option('--json', 'print graphology JSON (the default and only format)')
      .option('--out <file>', 'write to a file instead of stdout')
      .option('--date <iso>', "publication date of the articles (wins over the page's and the text's)")
      .option(
        '--text',
        'print what the extractor reads of each article (title, date, url, source, then its blocks with their kind) instead of the graph',
      ),
  ).action(
    async (
      paths: string[],
      options: InputCliOptions & ArticleCliOptions & { out?: string; date?: string; text?: boolean },
    ) => {
      const onShort = (path: string, reason: string): void => {
        process.stderr.write(`short: ${path}: ${reason}\n`);
        if (!options.allowShort) setExitCode(1);
      };
      const read = {
        ...decodeOptionsFrom(options),
        date: options.date,
        url: options.url,
        source: options.source,
        onShort,
      };
      if (options.text) {
        const { failures, text } = await describePaths(paths, read);
        await output(text, options.out);
        for (const f of failures) process.stderr.write(`failed: ${f.path}: ${f.reason}\n`);
        if (failures.length > 0) setExitCode(1);
        return;
      }
      const { graph, failures, skipped } = await extractPaths(paths, read);
      await output(`${JSON.stringify(graph, null, 2)}\n`, options.out);
      for (const f of skipped) process.stderr.write(`skipped: ${f.path}: ${f.reason}\n`);
      for (const f of failures) process.stderr.write(`failed: ${f.path}: ${f.reason}\n`);
      if (failures.length > 0) setExitCode(1);
    },
  );

  addWatchCommand(program, { storeOptions: [storeOption(), dataOption()], version: packageVersion(), setExitCode });
  addCorrectionsCommand(program, { storeOption, dataOption });

  program
    .command('serve')
    .description('serve the GraphQL API (GraphiQL at /graphql)')
    .addOption(storeOption())
    .addOption(dataOption())
    .option('--port <n>', 'port to listen on (default: PORT or 4000)')
    .option('--host <address>', 'address to listen on (default: HOST or 127.0.0.1)')
    .option('--seed <folder>', 'ingest this folder first when the store is empty')
    .action(async (options: StoreOptions & { port?: string; host?: string; seed?: string }) => {
      const config = loadConfig(process.env, options);
      // A request while Neo4j is down is answered STORE_UNAVAILABLE at once rather than after waiting for it.
      const store = await openStoreWithRetry(config, loadConnectRetry(), undefined, (c) =>
        openStore(c, { failFast: true }),
      );
      if (options.seed && (await store.stats()).articles === 0) {
        const summary = await ingestPaths(store, [options.seed]);
        process.stderr.write(`${formatIngestSummary(summary)}\n`);
      }
      const server = await startServer(store, config);
      process.stderr.write(`newsgraph GraphQL API on ${server.url}\n`);
      const shutdown = () => {
        void server
          .close()
          .then(() => store.close())
          .then(() => process.exit(0));
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    });

  program
    .command('export')
    .description('write the whole graph, or the neighbourhood of one entity, in a format visualisation tools open')
    .addOption(storeOption())
    .addOption(dataOption())
    .addOption(
      new Option(
        '--format <format>',
        'json (graphology, sigma.js), gexf (Gephi), graphml (yEd, Cytoscape, NetworkX), cytoscape (.cyjs), d3, csv (neo4j-admin import)',
      )
        .choices([...EXPORT_FORMATS])
        .default('json'),
    )
    .option('--focus <id>', 'export only the neighbourhood of this entity (id, or exact name or alias)')
    .option('--hops <n>', 'hops from the focus (default 1)')
    .option('--types <list>', 'only these relation types, comma-separated (MET_WITH,SAID,…)')
    .option('--out <path>', 'write to this file (or folder; csv needs a folder) instead of stdout')
    .action(
      async (
        options: StoreOptions & { format: ExportFormat; focus?: string; hops?: string; types?: string; out?: string },
      ) => {
        const selection = {
          focus: options.focus,
          hops: parseHops(options.hops),
          types: parseRelationTypes(options.types),
        };
        const config = loadConfig(process.env, options);
        const store = await openStoreWithRetry(config);
        try {
          const files = await exportGraph(store, options.format, selection);
          const paths = await writeExportFiles(files, options.out, (text) => process.stdout.write(text));
          for (const path of paths) process.stderr.write(`wrote ${path}\n`);
        } finally {
          await store.close();
        }
      },
    );

  program
    .command('copy')
    .description("copy the whole graph from one store into the other (replaces the target's content)")
    .requiredOption('--from <kind>', 'store to read: embedded or neo4j')
    .requiredOption('--to <kind>', 'store to write: embedded or neo4j')
    .addOption(dataOption())
    .option('--force', 'replace the target even when it already holds a graph')
    .action(async (options: { from: string; to: string; data?: string; force?: boolean }) => {
      const from = loadConfig(process.env, { store: parseStoreKind(options.from, '--from'), data: options.data });
      const to = loadConfig(process.env, { store: parseStoreKind(options.to, '--to'), data: options.data });
      if (from.store === to.store)
        throw new ConfigError(`--from and --to are both ${from.store}: name two different stores.`);
      const source = await openStore(from);
      try {
        const target = await openStore(to);
        try {
          const summary = await copyStore(source, target, {
            force: options.force ?? false,
            from: describeStore(from),
            to: describeStore(to),
          });
          process.stderr.write(`${formatCopySummary(summary)}\n`);
        } finally {
          await target.close();
        }
      } finally {
        await source.close();
      }
    });

  program
    .command('migrate')
    .description(
      'bring the store to the layout this version writes (Neo4j stores written before 0.2); safe to run again',
    )
    .addOption(storeOption())
    .addOption(dataOption())
    .action(async (options: StoreOptions) => {
      const config = loadConfig(process.env, { store: options.store, data: options.data });
      process.stderr.write(`${await migrateStore(config)}\n`);
    });

  return program;
}

/** Runs the CLI with the given argv; resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let code = 0;
  const program = buildProgram((c) => {
    code = c;
  });
  await program.parseAsync([...argv]);
  return code;
}
