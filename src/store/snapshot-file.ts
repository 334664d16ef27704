import { writeSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import type { ArticleRecord, StatementRecord } from '../graph/model.js';
import type {
  EdgeAttributes,
  GraphAttributes,
  KnowledgeGraph,
  NodeAttributes,
  SerializedGraph,
} from '../graph/serialize.js';
import { StoreError } from './errors.js';

/** Format tag of the embedded store's file. */
export const SNAPSHOT_FORMAT = 'newsgraph/1';

/** The embedded store's file: articles and statements beside the graphology export. */
export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT;
  articles: ArticleRecord[];
  statements: StatementRecord[];
  graph: SerializedGraph;
}

/**
 * The file is one JSON document (a Snapshot) laid out one record a line: this first line, then the
 * articles, the statements, the graph's nodes and edges, each list closed by a line that opens the
 * next. JSON.parse reads it whole; readSnapshotLines reads it a line at a time.
 */
const FIRST_LINE = `{"format":"${SNAPSHOT_FORMAT}","articles":[`;
const STATEMENTS_LINE = '],"statements":[';
const GRAPH_LINE_START = '],"graph":';
const NODES_OPENING = ',"nodes":[';
const EDGES_LINE = '],"edges":[';
const LAST_LINE = ']}}';

/** Bytes gathered before each write. */
const WRITE_CHUNK = 1 << 20;
/** Bytes read at a time. */
const READ_CHUNK = 1 << 22;

/** What a snapshot file is written from. */
export interface SnapshotContent {
  articles: Iterable<ArticleRecord>;
  statements: Iterable<StatementRecord>;
  graph: KnowledgeGraph;
}

/**
 * Writes the content to an open file as a Snapshot, one record a line, a chunk at a time, so that
 * the whole document is never held in memory. Synchronous, so that nothing changes the content
 * while it is written.
 */
export function writeSnapshotSync(fd: number, content: SnapshotContent): void {
  let parts: string[] = [];
  let size = 0;
  const emit = (text: string): void => {
    parts.push(text);
    size += text.length;
    if (size >= WRITE_CHUNK) flush();
  };
  const flush = (): void => {
    if (parts.length > 0) writeSync(fd, parts.join(''));
    parts = [];
    size = 0;
  };
  const list = (each: (put: (record: unknown) => void) => void): void => {
    let first = true;
    each((record) => {
      emit(first ? '\n' : ',\n');
      emit(JSON.stringify(record));
      first = false;
    });
    emit('\n');
  };
  const { graph } = content;
  emit(FIRST_LINE);
  list((put) => {
    for (const article of content.articles) put(article);
  });
  emit(STATEMENTS_LINE);
  list((put) => {
    for (const statement of content.statements) put(statement);
  });
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  emit(
    `${GRAPH_LINE_START}{"options":${JSON.stringify(options)},"attributes":${JSON.stringify(graph.getAttributes())}${NODES_OPENING}`,
  );
  // The shapes of graphology's export(): attributes only when there are some, `undirected` only when true.
  list((put) =>
    graph.forEachNode((key, attributes) => put(Object.keys(attributes).length > 0 ? { key, attributes } : { key })),
  );
  emit(EDGES_LINE);
  list((put) =>
    graph.forEachEdge((key, attributes, source, target, _sourceAttributes, _targetAttributes, undirected) => {
      const edge: { key: string; source: string; target: string; attributes?: EdgeAttributes; undirected?: true } = {
        key,
        source,
        target,
      };
      if (Object.keys(attributes).length > 0) edge.attributes = attributes;
      if (undirected) edge.undirected = true;
      put(edge);
    }),
  );
  emit(`${LAST_LINE}\n`);
  flush();
}

/** One record of a snapshot file, as read line by line. */
export type SnapshotRecord =
  | { kind: 'article'; record: ArticleRecord }
  | { kind: 'statement'; record: StatementRecord }
  | { kind: 'graph'; options: SerializedGraph['options']; attributes: GraphAttributes }
  | { kind: 'node'; key: string; attributes: NodeAttributes }
  | { kind: 'edge'; key: string; source: string; target: string; attributes: EdgeAttributes; undirected: boolean };

/** A snapshot file laid out one record a line breaks off or holds something else than records where they belong. */
export class SnapshotLayoutError extends StoreError {}

type Section = 'articles' | 'statements' | 'nodes' | 'edges' | 'done';

function nextSection(section: Section, text: string, line: number): Section {
  if (section === 'articles' && text === STATEMENTS_LINE) return 'statements';
  if (section === 'statements' && text.startsWith(GRAPH_LINE_START) && text.endsWith(NODES_OPENING)) return 'nodes';
  if (section === 'nodes' && text === EDGES_LINE) return 'edges';
  if (section === 'edges' && text === LAST_LINE) return 'done';
  throw new SnapshotLayoutError(`line ${line} ("${text.slice(0, 40)}") does not close the ${section} as expected`);
}

/** Turns the lines of a snapshot file into records, in order. */
class SnapshotLineParser {
  private section: Section | undefined;
  private line = 0;

  constructor(private readonly onRecord: (record: SnapshotRecord) => void) {}

  /** False when the first line is not the line-per-record layout's. */
  get started(): boolean {
    return this.section !== undefined;
  }

  /** Handles one line; false when the file is not in the line-per-record layout (checked on the first line). */
  take(text: string): boolean {
    this.line += 1;
    if (this.section === undefined) {
      if (text !== FIRST_LINE) return false;
      this.section = 'articles';
      return true;
    }
    if (text.startsWith(']')) {
      this.section = nextSection(this.section, text, this.line);
      if (this.section === 'nodes') {
        const header = JSON.parse(`${text.slice(GRAPH_LINE_START.length, -NODES_OPENING.length)}}`) as Pick<
          SerializedGraph,
          'options' | 'attributes'
        >;
        this.onRecord({ kind: 'graph', options: header.options, attributes: header.attributes ?? {} });
      }
      return true;
    }
    if (text.length === 0 && this.section === 'done') return true;
    const json = text.endsWith(',') ? text.slice(0, -1) : text;
    switch (this.section) {
      case 'articles':
        this.onRecord({ kind: 'article', record: JSON.parse(json) as ArticleRecord });
        break;
      case 'statements':
        this.onRecord({ kind: 'statement', record: JSON.parse(json) as StatementRecord });
        break;
      case 'nodes': {
        const node = JSON.parse(json) as { key: string; attributes?: NodeAttributes };
        this.onRecord({ kind: 'node', key: node.key, attributes: node.attributes ?? ({} as NodeAttributes) });
        break;
      }
      case 'edges': {
        const edge = JSON.parse(json) as {
          key: string;
          source: string;
          target: string;
          attributes?: EdgeAttributes;
          undirected?: boolean;
        };
        this.onRecord({
          kind: 'edge',
          key: edge.key,
          source: edge.source,
          target: edge.target,
          attributes: edge.attributes ?? ({} as EdgeAttributes),
          undirected: edge.undirected === true,
        });
        break;
      }
      default:
        throw new SnapshotLayoutError(`line ${this.line} follows the end of the document`);
    }
    return true;
  }

  /** Checks that the document was complete. */
  end(): void {
    if (this.section !== 'done')
      throw new SnapshotLayoutError(
        `the file ends after line ${this.line}, inside its ${this.section ?? 'first line'}: it was cut short`,
      );
  }
}

/**
 * Reads a snapshot file written by writeSnapshotSync a chunk at a time and hands each record to
 * `onRecord` in order, so that the whole text is never held in memory. Returns false, having handed
 * nothing, when the file is not laid out one record a line (an older file: read it whole). Throws
 * SyntaxError when a record is not JSON and SnapshotLayoutError when the layout breaks off.
 */
export async function readSnapshotLines(
  file: FileHandle,
  onRecord: (record: SnapshotRecord) => void,
): Promise<boolean> {
  const parser = new SnapshotLineParser(onRecord);
  const buffer = Buffer.allocUnsafe(READ_CHUNK);
  let rest: Buffer = Buffer.alloc(0);
  for (;;) {
    const { bytesRead } = await file.read(buffer, 0, READ_CHUNK, null);
    if (bytesRead === 0) break;
    const chunk =
      rest.length > 0 ? Buffer.concat([rest, buffer.subarray(0, bytesRead)]) : buffer.subarray(0, bytesRead);
    let start = 0;
    for (let end = chunk.indexOf(10, start); end >= 0; end = chunk.indexOf(10, start)) {
      if (!parser.take(chunk.toString('utf8', start, end))) return false;
      start = end + 1;
    }
    if (!parser.started && start === 0 && chunk.length >= FIRST_LINE.length + 1) return false;
    rest = Buffer.from(chunk.subarray(start));
  }
  if (rest.length > 0 && !parser.take(rest.toString('utf8'))) return false;
  parser.end();
  return true;
}
