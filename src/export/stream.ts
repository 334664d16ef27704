import { nodesCsvLines, relationshipsCsvLines } from './csv.js';
import { writeCytoscapeJson } from './cytoscape.js';
import { writeD3Json } from './d3.js';
import { ExportTooLargeError } from './errors.js';
import { gexfLines } from './gexf.js';
import { graphmlLines } from './graphml.js';
import { writeGraphologyJson } from './graphology-json.js';
import type { ExportFormat } from './index.js';
import { layoutPositionsAsync } from './layout.js';
import type { ExportGraph } from './records.js';

/** Bytes gathered before the writer yields to the event loop: small enough that other requests wait a few ms at most. */
const CHUNK_BYTES = 64 * 1024;

/** One export file, written as chunks of at most about CHUNK_BYTES. */
export interface ChunkedExport {
  name: string;
  mediaType: string;
  chunks: string[];
  bytes: number;
}

/** Lets the event loop run (timers, I/O, other requests) before the export goes on. */
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

const XML = (kind: string) => `application/${kind}+xml; charset=utf-8`;
const JSON_TYPE = 'application/json; charset=utf-8';
const CSV = 'text/csv; charset=utf-8';

/** The name, media type and lines (or one document) of each file of each format. */
async function linesOf(
  format: ExportFormat,
  file: number,
  graph: ExportGraph,
  pause: () => Promise<void>,
): Promise<{ name: string; mediaType: string; lines: Iterable<string> }> {
  switch (format) {
    case 'csv':
      return file === 0
        ? { name: 'nodes.csv', mediaType: CSV, lines: nodesCsvLines(graph) }
        : { name: 'relationships.csv', mediaType: CSV, lines: relationshipsCsvLines(graph) };
    case 'graphml':
      return { name: 'graph.graphml', mediaType: XML('graphml'), lines: graphmlLines(graph) };
    case 'gexf':
      return {
        name: 'graph.gexf',
        mediaType: XML('gexf'),
        lines: gexfLines(graph, await layoutPositionsAsync(graph, pause)),
      };
    default: {
      // These formats are written by one call once the layout is done (the layout yields between its steps).
      const positions = await layoutPositionsAsync(graph, pause);
      const documents = {
        json: () => ({ name: 'graph.json', mediaType: JSON_TYPE, text: writeGraphologyJson(graph, positions) }),
        cytoscape: () => ({ name: 'graph.cyjs', mediaType: JSON_TYPE, text: writeCytoscapeJson(graph, positions) }),
        d3: () => ({ name: 'graph.d3.json', mediaType: JSON_TYPE, text: writeD3Json(graph, positions) }),
      };
      const { text, ...rest } = documents[format]();
      // The text ends with its newline; as one "line" it gets none added.
      return { ...rest, lines: [text.endsWith('\n') ? text.slice(0, -1) : text] };
    }
  }
}

/**
 * Writes one file of an export in chunks, yielding to the event loop between chunks so that a large
 * export never holds up other requests (/healthz, queries) for long, and stops with
 * ExportTooLargeError as soon as the file passes `maxBytes`, so that no more than that is ever held.
 */
export async function renderExportChunks(
  format: ExportFormat,
  file: number,
  graph: ExportGraph,
  options: { maxBytes: number; pause?: () => Promise<void> },
): Promise<ChunkedExport> {
  const pause = options.pause ?? yieldToEventLoop;
  const { name, mediaType, lines } = await linesOf(format, file, graph, pause);
  const chunks: string[] = [];
  let bytes = 0;
  let pending: string[] = [];
  let pendingBytes = 0;
  const flush = async () => {
    const chunk = pending.join('');
    bytes += pendingBytes;
    if (bytes > options.maxBytes) throw new ExportTooLargeError(options.maxBytes);
    chunks.push(chunk);
    pending = [];
    pendingBytes = 0;
    await pause();
  };
  for (const line of lines) {
    let at = 0;
    while (at < line.length) {
      // A chunk never ends inside a surrogate pair: each chunk is encoded to UTF-8 on its own.
      let end = Math.min(at + CHUNK_BYTES, line.length);
      if (end < line.length && /[\ud800-\udbff]/.test(line[end - 1] ?? '')) end -= 1;
      const piece = at === 0 && end === line.length ? line : line.slice(at, end);
      at = end;
      pending.push(piece);
      pendingBytes += Buffer.byteLength(piece);
      if (pendingBytes >= CHUNK_BYTES) await flush();
    }
    pending.push('\n');
    pendingBytes += 1;
  }
  await flush();
  return { name, mediaType, chunks, bytes };
}
