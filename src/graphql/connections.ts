import { paginate, type Page, type PageArgs } from '../store/port.js';
import { ApiInputError } from './errors.js';
import type { ApiLimits } from '../config.js';
import type { Connection, EdgeParent } from './mappers.js';

/** The `first`/`after` arguments of a connection field. */
export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
}

/** Checks `first` against the page size cap; throws ApiInputError with the allowed range. */
export function pageArgs(args: ConnectionArgs, limits: ApiLimits): PageArgs {
  const first = args.first ?? undefined;
  if (first !== undefined && (!Number.isInteger(first) || first < 0 || first > limits.maxPageSize)) {
    throw new ApiInputError(
      `"first" must be from 0 to ${limits.maxPageSize}, got ${first}; page on with "after": pageInfo.endCursor.`,
    );
  }
  return { first, after: args.after ?? undefined };
}

/** A connection of a store page, each edge built from an item and its cursor. */
export function connectionOf<T, E = EdgeParent<T>>(
  page: Page<T>,
  toEdge: (item: T, cursor: string) => E = (node, cursor) => ({ cursor, node }) as E,
): Connection<E> {
  return {
    totalCount: page.totalCount,
    edges: page.items.map((item, index) => toEdge(item, page.cursors[index]!)),
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: page.startCursor,
      endCursor: page.endCursor,
    },
  };
}

/** A connection cut out of a whole list. */
export function connectionFromList<T>(
  all: readonly T[],
  args: ConnectionArgs,
  limits: ApiLimits,
): Connection<EdgeParent<T>> {
  return connectionOf(paginate(all, pageArgs(args, limits)));
}

/** The `nodes` shortcut of a connection. */
export function nodesOf<T>(connection: Connection<EdgeParent<T>>): T[] {
  return connection.edges.map((edge) => edge.node);
}
