import { GraphQLError } from 'graphql';
import {
  ExportTooLargeError,
  parseHops,
  renderExportChunks,
  selectExportGraph,
  type ExportFormat as FileFormat,
} from '../../export/index.js';
import { ApiInputError } from '../errors.js';
import type { ExportFormat, QueryResolvers } from '../generated/types.js';
import { resolveEntityId } from '../refs.js';

/** The export format and the file of it that each GraphQL enum value names. */
const FORMATS: Record<ExportFormat, { format: FileFormat; file: number }> = {
  JSON: { format: 'json', file: 0 },
  GEXF: { format: 'gexf', file: 0 },
  GRAPHML: { format: 'graphml', file: 0 },
  CYTOSCAPE: { format: 'cytoscape', file: 0 },
  D3: { format: 'd3', file: 0 },
  CSV_NODES: { format: 'csv', file: 0 },
  CSV_RELATIONSHIPS: { format: 'csv', file: 1 },
};

/** Query.export: the whole graph or a focus subgraph as the text of an export file. */
export const exportQueryResolvers: Pick<QueryResolvers, 'export'> = {
  export: async (_root, args, context) => {
    const { format, file } = FORMATS[args.format];
    const hops = args.hops ?? 1;
    if (hops > context.limits.maxHops) {
      throw new ApiInputError(`"hops" must be from 1 to ${context.limits.maxHops} (KG_MAX_HOPS), got ${hops}.`);
    }
    const focus = args.focus ? await resolveEntityId(context, args.focus, 'focus') : undefined;
    const graph = await selectExportGraph(context.store, {
      focus,
      hops: parseHops(hops),
      types: args.types,
      limit: context.limits.maxSubgraphNodes,
    });
    try {
      const { chunks } = await renderExportChunks(format, file, graph, { maxBytes: context.limits.maxExportBytes });
      return chunks.join('');
    } catch (error) {
      // Its own code, so a client can tell "too large, narrow it down" from a mistake in the query.
      if (error instanceof ExportTooLargeError)
        throw new GraphQLError(error.message, { extensions: { code: 'EXPORT_TOO_LARGE' } });
      throw error;
    }
  },
};
