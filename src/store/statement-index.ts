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

/** Statements by id, with postings by speaker and by `about`. */
export class StatementIndex {
  readonly #byId = new Map<string, StatementRecord>();
  readonly #bySpeaker = new Map<string, Posting>();
  readonly #byAbout = new Map<string, Posting>();

  /** An index of the given statements. */
  constructor(statements: Iterable<StatementRecord> = []) {
    for (const s of statements) this.set(s);
  }

  /** How many statements there are. */
  get size(): number {
    return this.#byId.size;
  }

  /** Adds a statement, or replaces the one with its id. */
  set(statement: StatementRecord): void {
    this.delete(statement.id);
    this.#byId.set(statement.id, statement);
    post(this.#bySpeaker, statement.speaker, statement.id);
    if (statement.about !== undefined) post(this.#byAbout, statement.about, statement.id);
  }

  /** Removes a statement; false when there was none with this id. */
  delete(id: string): boolean {
    const old = this.#byId.get(id);
    if (!old) return false;
    this.#byId.delete(id);
    unpost(this.#bySpeaker, old.speaker, id);
    if (old.about !== undefined) unpost(this.#byAbout, old.about, id);
    return true;
  }

  /** Whether a statement has this id. */
  has(id: string): boolean {
    return this.#byId.has(id);
  }

  /** The statement with this id. */
  get(id: string): StatementRecord | undefined {
    return this.#byId.get(id);
  }

  /** Every statement, in the order added. */
  values(): IterableIterator<StatementRecord> {
    return this.#byId.values();
  }

  /** The statements made by (`speaker`) or about (`about`) an entity, by article and position; never change the array. */
  of(role: 'speaker' | 'about', entity: string): readonly StatementRecord[] {
    const posting = (role === 'speaker' ? this.#bySpeaker : this.#byAbout).get(entity);
    if (!posting) return [];
    posting.sorted ??= [...posting.ids].map((id) => this.#byId.get(id)!).sort(byArticleAndPosition);
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
