import graphology from 'graphology';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import type { ExportGraph } from './records.js';

/** The package's CommonJS export is the layout function its typings call `default`. */
const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;

/** A node position in layout space. */
export interface Position {
  x: number;
  y: number;
}

/** FA2 iterations run between two yields of layoutSteps: about a few tens of milliseconds on a large graph. */
const ITERATIONS_PER_STEP = 10;

/**
 * Positions for every node of an export graph: a ForceAtlas2 layout started from a spiral ordered by
 * node id, so the same graph always gets the same positions. Large graphs get fewer iterations (200 up
 * to 1,000 nodes, down to 30), enough for a first picture that the user's tool can refine. A generator
 * that pauses every ITERATIONS_PER_STEP iterations, so the server can run it between other requests
 * (layoutPositionsAsync) and the CLI in one go (layoutPositions), with the same result.
 */
function* layoutSteps(graph: ExportGraph): Generator<void, Map<string, Position>> {
  const g = new graphology.MultiGraph({ type: 'mixed', allowSelfLoops: true });
  graph.nodes.forEach((node, i) => {
    const angle = i * 2.399963;
    const radius = 10 * Math.sqrt(i + 1);
    g.addNode(node.id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  });
  for (const edge of graph.edges) g.addEdge(edge.source, edge.target, { weight: 1 });
  if (g.order > 1 && g.size > 0) {
    const iterations = Math.round(Math.min(200, Math.max(30, 200_000 / g.order)));
    const settings = { ...forceAtlas2.inferSettings(g), barnesHutOptimize: g.order > 500 };
    for (let done = 0; done < iterations; done += ITERATIONS_PER_STEP) {
      forceAtlas2.assign(g, { iterations: Math.min(ITERATIONS_PER_STEP, iterations - done), settings });
      yield;
    }
  }
  const positions = new Map<string, Position>();
  g.forEachNode((id, a) => positions.set(id, { x: Math.round(a.x * 100) / 100, y: Math.round(a.y * 100) / 100 }));
  return positions;
}

/** The layout of layoutSteps in one go. */
export function layoutPositions(graph: ExportGraph): Map<string, Position> {
  const steps = layoutSteps(graph);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** The layout of layoutSteps, yielding to the event loop between steps. */
export async function layoutPositionsAsync(
  graph: ExportGraph,
  pause: () => Promise<void>,
): Promise<Map<string, Position>> {
  const steps = layoutSteps(graph);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await pause();
  }
}
