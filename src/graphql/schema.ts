import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Path of schema.graphql at the project root (from src/graphql and from dist/graphql alike). */
const SCHEMA_PATH = fileURLToPath(new URL('../../schema.graphql', import.meta.url));

/** The schema's SDL text. */
export function readSchemaText(path: string = SCHEMA_PATH): string {
  return readFileSync(path, 'utf8');
}
