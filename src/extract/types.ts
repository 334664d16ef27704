import type { EntityRecord } from '../graph/model.js';

/** One article to extract, as read from a file or received by the API. */
export interface ArticleInput {
  /** The article's original text; every offset points into it. */
  text: string;
  /** File it was read from. */
  path?: string;
  title?: string;
  source?: string;
  url?: string;
  /** ISO date of publication when known from outside the text (`--date`, the API). */
  publishedAt?: string;
}

/** An entity already known (from earlier articles or the store), for resolving new mentions to it. */
export type KnownEntity = Pick<EntityRecord, 'id' | 'label' | 'name' | 'aliases'>;

export interface ExtractOptions {
  /** Entities already in the graph: mentions that match them resolve to their ids. */
  known?: readonly KnownEntity[];
  /** Default publication date (ISO) when the text gives none. */
  date?: string;
}
