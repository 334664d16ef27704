import { readFile, writeFile } from 'node:fs/promises';
import type { Command, Option } from 'commander';
import { loadConfig } from '../config.js';
import { parseCorrections } from '../graph/correction-json.js';
import { CorrectionError, type Correction } from '../graph/corrections.js';
import { exportable, importCorrections } from '../store/curation.js';
import type { GraphStore } from '../store/port.js';
import { openStoreWithRetry } from './open-store.js';

interface StoreOptions {
  store?: string;
  data?: string;
}

async function withStore<T>(options: StoreOptions, work: (store: GraphStore) => Promise<T>): Promise<T> {
  const store = await openStoreWithRetry(loadConfig(process.env, { store: options.store, data: options.data }));
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** One line per correction: when, who, what (and undone by whom). */
function describeCorrection(c: Correction): string {
  const what = (() => {
    switch (c.kind) {
      case 'mergeEntities':
        return `merge ${c.from.id} into ${c.into.id}`;
      case 'splitAlias':
        return `split "${c.alias}" off ${c.entity.id} to ${c.newEntity.id}`;
      case 'relabelEntity':
        return `relabel ${c.entity.id} as ${c.label}`;
      case 'renameEntity':
        return `rename ${c.entity.id} to "${c.name}"`;
      case 'rejectRelation':
        return `reject ${c.relation.type} ${c.relation.source} -> ${c.relation.target} (${c.reason})`;
      case 'confirmRelation':
        return `confirm ${c.relation.type} ${c.relation.source} -> ${c.relation.target}`;
    }
  })();
  const undone = c.undone ? ` [undone by ${c.undone.who} at ${c.undone.at}]` : '';
  return `${c.at}  ${c.who}  ${c.id}  ${what}${undone}`;
}

/** Reads a log file for import, with errors that name the file. */
async function readLog(file: string): Promise<Correction[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new CorrectionError(`Cannot read ${file}: ${(error as Error).message}.`, { cause: error });
  }
  return parseCorrections(text, file);
}

/** Adds `kg corrections list|export|import` (docs/curation.md). */
export function addCorrectionsCommand(
  program: Command,
  options: { storeOption: () => Option; dataOption: () => Option },
): void {
  const corrections = program
    .command('corrections')
    .description("the store's corrections log: list it, export it as JSON, import one (docs/curation.md)");
  const withStoreOptions = (command: Command): Command =>
    command.addOption(options.storeOption()).addOption(options.dataOption());

  withStoreOptions(
    corrections.command('list').description('print the log, one correction a line, oldest first'),
  ).action(async (opts: StoreOptions) => {
    const log = await withStore(opts, (store) => store.corrections());
    process.stdout.write(log.map((c) => `${describeCorrection(c)}\n`).join(''));
  });

  withStoreOptions(
    corrections
      .command('export [file]')
      .description(
        'write the log as JSON to the file, or to standard output (what each correction replaced is left out)',
      ),
  ).action(async (file: string | undefined, opts: StoreOptions) => {
    const log = await withStore(opts, (store) => store.corrections());
    const text = `${JSON.stringify(exportable(log), null, 2)}\n`;
    if (file) await writeFile(file, text);
    else process.stdout.write(text);
    process.stderr.write(`exported ${log.length} correction(s)\n`);
  });

  withStoreOptions(
    corrections
      .command('import <file>')
      .description(
        'apply the corrections of an exported log that the store has not got yet, in order, and add them to its log',
      ),
  ).action(async (file: string, opts: StoreOptions) => {
    const log = await readLog(file);
    const added = await withStore(opts, (store) => importCorrections(store, log));
    process.stderr.write(
      `imported ${added.length} correction(s) of ${log.length}; ${log.length - added.length} the store had already\n`,
    );
  });
}
