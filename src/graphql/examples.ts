import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Kind, parse } from 'graphql';

/** Path of docs/queries.graphql, the example operations (GraphiQL's default tabs). */
const EXAMPLES_PATH = fileURLToPath(new URL('../../docs/queries.graphql', import.meta.url));

/** One example operation: its name and its text with the comment lines above it. */
export interface ExampleOperation {
  name: string;
  query: string;
}

/** Splits a document of named operations into one text per operation, each keeping the comments just above it. */
export function splitOperations(document: string): ExampleOperation[] {
  const definitions = parse(document).definitions;
  const out: ExampleOperation[] = [];
  let previousEnd = 0;
  for (const definition of definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION || !definition.loc) continue;
    const between = document.slice(previousEnd, definition.loc.start).split('\n');
    const comments: string[] = [];
    for (let i = between.length - 1; i >= 0; i -= 1) {
      const line = between[i]!.trim();
      if (line.startsWith('#')) comments.unshift(line);
      else if (line.length > 0 || comments.length > 0) break;
    }
    const body = document.slice(definition.loc.start, definition.loc.end);
    out.push({ name: definition.name?.value ?? `Operation${out.length + 1}`, query: [...comments, body].join('\n') });
    previousEnd = definition.loc.end;
  }
  return out;
}

/** The example operations of docs/queries.graphql. */
export function readExamples(path: string = EXAMPLES_PATH): ExampleOperation[] {
  return splitOperations(readFileSync(path, 'utf8'));
}
