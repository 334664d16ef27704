import type { Page, PageArgs } from './port.js';
import { StoreQueryError } from './errors.js';

/** Default page size when `first` is not given. */
const DEFAULT_PAGE_SIZE = 20;
/** Largest page a store returns, whatever `first` asks. */
export const MAX_PAGE_SIZE = 100;

/** Opaque cursor of the item at a position in a list. */
function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`, 'utf8').toString('base64url');
}

/** Position encoded in a cursor; throws StoreQueryError on a cursor this store did not make. */
function decodeCursor(cursor: string): number {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^offset:(\d{1,9})$/.exec(decoded);
  if (!match)
    throw new StoreQueryError(`Invalid cursor "${cursor.slice(0, 40)}": pass an endCursor from a previous page.`);
  return Number(match[1]);
}

/** Where a page starts and how many items it holds. */
export function pageWindow(args: PageArgs): { offset: number; limit: number } {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0)
    throw new StoreQueryError(`"first" must be a whole number ≥ 0, got ${first}.`);
  const offset = args.after ? decodeCursor(args.after) + 1 : 0;
  return { offset, limit: Math.min(first, MAX_PAGE_SIZE) };
}

/** A page built from the items of one window and the total count. */
export function toPage<T>(items: T[], offset: number, totalCount: number): Page<T> {
  const cursors = items.map((_, i) => encodeCursor(offset + i));
  return {
    items,
    cursors,
    totalCount,
    hasNextPage: offset + items.length < totalCount,
    hasPreviousPage: offset > 0,
    startCursor: cursors[0] ?? null,
    endCursor: cursors[cursors.length - 1] ?? null,
  };
}

/** Cuts a page out of a whole list. */
export function paginate<T>(all: readonly T[], args: PageArgs): Page<T> {
  const { offset, limit } = pageWindow(args);
  return toPage(all.slice(offset, offset + limit), offset, all.length);
}
