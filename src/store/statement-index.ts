/**
 * The embedded store's statements, indexed by speaker and by what they are about, so that the
 * statements of one entity ("who commented on the Xi–Putin meeting?") cost what that entity has, not a
 * scan of every statement of the graph.
 */
import type { StatementRecord } from '../graph/model.js';
import { compareStrings } from './order.js';

/** Statements in the order of the article and then of the text. */
export function byArticleAndPosition(a: StatementRecord, b: StatementRecord): number {
  return compareStrings(a.article, b.article) || a.start - b.start || compareStrings(a.id, b.id);
}

/** One key's statements, with their sorted list kept until the next change. */
interface Posting {
  ids: Set<string>;
  sorted?: StatementRecord[];
}

/**
 * Postings of statements by speaker and by `about`, over a map of statements by id that its owner
 * keeps: the owner calls `add` after putting a statement in the map and `remove` with the one it takes
 * out or replaces.
 */
export class StatementIndex {
  readonly #bySpeaker = new Map<string, Posting>();
  readonly #byAbout = new Map<string, Posting>();

  /** An index of the statements of the map, which it reads from then on. */
  constructor(private readonly records: ReadonlyMap<string, StatementRecord>) {
    for (const s of records.values()) this.add(s);
  }

  /** Posts a statement put in the map. */
  add(statement: StatementRecord): void {
    post(this.#bySpeaker, statement.speaker, statement.id);
    if (statement.about !== undefined) post(this.#byAbout, statement.about, statement.id);
  }

  /** Takes back the postings of a statement removed from the map or replaced in it. */
  remove(statement: StatementRecord): void {
    unpost(this.#bySpeaker, statement.speaker, statement.id);
    if (statement.about !== undefined) unpost(this.#byAbout, statement.about, statement.id);
  }

  /** The statements made by (`speaker`) or about (`about`) an entity, by article and position; never change the array. */
  of(role: 'speaker' | 'about', entity: string): readonly StatementRecord[] {
    const posting = (role === 'speaker' ? this.#bySpeaker : this.#byAbout).get(entity);
    if (!posting) return [];
    posting.sorted ??= [...posting.ids].map((id) => this.records.get(id)!).sort(byArticleAndPosition);
    return posting.sorted;
  }
}

function post(postings: Map<string, Posting>, key: string, id: string): void {
  let posting = postings.get(key);
  if (!posting) {
    posting = { ids: new Set() };
    postings.set(key, posting);
  }
  posting.ids.add(id);
  posting.sorted = undefined;
}

function unpost(postings: Map<string, Posting>, key: string, id: string): void {
  const posting = postings.get(key);
  if (!posting) return;
  posting.ids.delete(id);
  posting.sorted = undefined;
  if (posting.ids.size === 0) postings.delete(key);
}
