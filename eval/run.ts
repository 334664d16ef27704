/**
 * `npm run eval`: extracts every evaluation set and prints one table of scores.
 *
 *   npm run eval                  the seeds, plus news-dev and gum-news-dev when ../shared/eval is there
 *   npm run eval -- --report      also each scorer's full report (misses and false positives)
 *   npm run eval -- --json        the table as JSON
 *   KG_EVAL_DIR=/path/to/eval npm run eval   the larger sets from another folder
 *
 * Exit 0 when every set was scored; 1 when the evaluation folder is missing under CI (CI=true), where
 * scoring only the seeds would hide a regression; 2 on bad arguments.
 */
import { parseArgs } from 'node:util';
import { NerModel } from '../src/extract/ner/index.js';
import { hasSharedEval, scoreSet, SEEDS, sharedEvalDir, sharedSets, type SetScore } from './sets.js';

const COLUMNS = ['set', 'docs', 'entity F1', 'core F1', 'ext F1', 'Event F1', 'comm. R', '(a) span+label', '(c) entities', 'B³'];

/** One row of the table: graph measures to three decimals, mention measures in percent as their scorer prints them. */
function row(s: SetScore): string[] {
  const f3 = (x: number | null | undefined): string => (x === null || x === undefined ? '–' : x.toFixed(3));
  const pct = (x: number | undefined): string => (x === undefined ? '–' : (100 * x).toFixed(1));
  const g = s.graph;
  return [
    s.set,
    String(s.documents),
    f3(g?.summary.entityF1),
    f3(g?.summary.coreRelationF1),
    f3(g?.summary.extendedRelationF1),
    f3(g?.entities.byLabel.Event?.f1),
    f3(g?.summary.commentatorsRecall),
    pct(s.mentions?.exactLabelledF1),
    pct(s.mentions?.entitiesF1),
    pct(s.mentions?.bCubedF1),
  ];
}

/** A Markdown table, so that it can be pasted into a note or the docs as it is. */
function table(rows: string[][]): string {
  const widths = COLUMNS.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [line(COLUMNS), `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|')}|`, ...rows.map(line)].join('\n');
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { report: { type: 'boolean' }, json: { type: 'boolean' } } });
  const shared = hasSharedEval();
  if (!shared) {
    const where = sharedEvalDir();
    console.error(`eval: no evaluation folder at ${where} (news-dev, gum-news-dev): scoring the seeds only.`);
    console.error('eval: put the shared folder beside the repository, or set KG_EVAL_DIR to its eval/ folder.');
  }
  const heldOut = process.env.NER_HELDOUT ? NerModel.load(process.env.NER_HELDOUT) : undefined;
  const scores: SetScore[] = [];
  for (const set of [SEEDS, ...(shared ? sharedSets() : [])]) {
    const started = performance.now();
    scores.push(await scoreSet(set, set.name === 'gum-news-dev' && heldOut ? { ner: heldOut } : {}));
    console.error(`eval: ${set.name} scored in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  if (values.json) console.log(JSON.stringify(scores.map((s) => ({ ...s, report: undefined })), null, 1));
  else {
    if (values.report) for (const s of scores) console.log(`## ${s.set}\n\n${s.report}\n`);
    console.log(table(scores.map(row)));
  }
  return !shared && process.env.CI === 'true' ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`eval: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
