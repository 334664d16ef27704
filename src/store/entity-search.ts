import type { KnowledgeGraph } from '../graph/serialize.js';
import { foldText } from '../graph/text.js';

/** A node's name and aliases folded for search, with the values they were folded from. */
interface FoldedForms {
  name: string;
  aliases: readonly string[];
  forms: string[];
}

/** A node that matches a search, and how well: 3 a whole name, 2 whole words of one, 1 part of one. */
export interface SearchMatch {
  id: string;
  rank: number;
}

/** How well folded names match a folded query: 3 one equals it, 2 it is whole words of one, 1 part of one, 0 none. */
function searchRank(forms: readonly string[], folded: string): number {
  let best = 0;
  for (const f of forms) {
    if (f === folded) return 3;
    if (f.startsWith(`${folded} `) || f.endsWith(` ${folded}`) || f.includes(` ${folded} `)) best = Math.max(best, 2);
    else if (f.includes(folded)) best = Math.max(best, 1);
  }
  return best;
}

/** Shortest query looked up through the trigram index; shorter ones scan every node's forms. */
const GRAM = 3;

function gramsOf(forms: readonly string[]): Set<string> {
  const grams = new Set<string>();
  for (const form of forms) for (let i = 0; i + GRAM <= form.length; i += 1) grams.add(form.slice(i, i + GRAM));
  return grams;
}

/**
 * Names and aliases of a graph's nodes, folded and indexed by their three-character pieces, so that
 * a search looks only at the nodes that hold every piece of the query. Built at the first search;
 * after that the store reports each node it adds, changes or drops (`touch`), and the next search
 * re-indexes just those.
 */
export class EntitySearch {
  private readonly forms = new Map<string, FoldedForms>();
  private readonly postings = new Map<string, Set<string>>();
  private readonly stale = new Set<string>();
  private built = false;

  constructor(private readonly graph: KnowledgeGraph) {}

  /** Notes that a node was added, changed or dropped. */
  touch(id: string): void {
    if (this.built) this.stale.add(id);
  }

  /** Every node whose name or an alias contains the folded query, with its rank, in no particular order. */
  matches(folded: string): SearchMatch[] {
    this.refresh();
    const out: SearchMatch[] = [];
    for (const id of folded.length >= GRAM ? this.candidates(folded) : this.forms.keys()) {
      const rank = searchRank(this.forms.get(id)!.forms, folded);
      if (rank > 0) out.push({ id, rank });
    }
    return out;
  }

  /** The nodes holding the query's rarest piece: a superset of the nodes that contain the query. */
  private candidates(folded: string): Iterable<string> {
    let rarest: Set<string> | undefined;
    for (const gram of gramsOf([folded])) {
      const holders = this.postings.get(gram);
      if (!holders) return [];
      if (!rarest || holders.size < rarest.size) rarest = holders;
    }
    return rarest ?? [];
  }

  private refresh(): void {
    if (!this.built) {
      this.graph.forEachNode((id) => this.index(id));
      this.built = true;
      return;
    }
    for (const id of this.stale) this.index(id);
    this.stale.clear();
  }

  private index(id: string): void {
    const old = this.forms.get(id);
    const attributes = this.graph.hasNode(id) ? this.graph.getNodeAttributes(id) : undefined;
    if (old && attributes && old.name === attributes.name && old.aliases === attributes.aliases) return;
    if (old) {
      for (const gram of gramsOf(old.forms)) {
        const holders = this.postings.get(gram)!;
        holders.delete(id);
        if (holders.size === 0) this.postings.delete(gram);
      }
      this.forms.delete(id);
    }
    if (!attributes) return;
    const forms = [attributes.name, ...attributes.aliases].map(foldText);
    this.forms.set(id, { name: attributes.name, aliases: attributes.aliases, forms });
    for (const gram of gramsOf(forms)) {
      let holders = this.postings.get(gram);
      if (!holders) {
        holders = new Set();
        this.postings.set(gram, holders);
      }
      holders.add(id);
    }
  }
}
