/** Types of the graph scorer (score.mjs), for the TypeScript that calls it. */
export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  predicted: number;
  precision: number;
  recall: number;
  f1: number;
}
export interface LabelScore extends Prf {
  duplicates: number;
}
export interface ScoreResult {
  summary: {
    entityF1: number;
    coreRelationF1: number;
    extendedRelationF1: number;
    commentatorsRecall: number | null;
    commentatorsPrecision: number | null;
  };
  entities: { byLabel: Record<string, LabelScore>; micro: LabelScore; misses: string[]; falsePositives: string[] };
  relations: { byType: Record<string, Prf>; core: Prf; extended: Prf; misses: string[]; falsePositives: string[] };
  forbidden: { entities: unknown[]; relations: unknown[] };
  commentators: { recall: number; precision: number; misses: string[]; falsePositives: string[] } | null;
}
export class InputError extends Error {}
export function score(gold: unknown, pred: unknown, commentators?: unknown): ScoreResult;
export function formatReport(result: ScoreResult): string;
