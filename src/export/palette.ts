import type { EntityLabel } from '../graph/model.js';

/** Colour of each node label, shared by the exports (GEXF viz, sigma.js JSON) and the explorer. */
export const LABEL_COLORS: Readonly<Record<EntityLabel, string>> = {
  Person: '#e4572e',
  Country: '#2e86ab',
  Organization: '#8f5fbf',
  Event: '#f2a541',
  Place: '#3bb273',
};

/** Colour of a node label, grey for a label the palette does not know. */
export function labelColor(label: string): string {
  return (LABEL_COLORS as Record<string, string>)[label] ?? '#999999';
}

/** Display size of a node from its degree: grows with the square root, from 4 to 20. */
export function nodeSize(degree: number): number {
  return Math.round(Math.min(20, 4 + 2.5 * Math.sqrt(degree)) * 10) / 10;
}
