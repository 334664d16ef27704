import type { CodegenConfig } from '@graphql-codegen/cli';
import { ENUM_VALUES } from './src/graphql/enum-values.js';

const mapper = (name: string): string => `../mappers.js#${name}`;

/** Generates the resolver types from schema.graphql; resolvers are typed by them, with the store's records as parents. */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'src/graphql/generated/types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: false,
        enumsAsTypes: true,
        useTypeImports: true,
        contextType: '../context.js#GraphQLContext',
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        scalars: { DateTime: 'string', JSON: 'unknown' },
        enumValues: ENUM_VALUES,
        mappers: {
          Entity: mapper('EntityHead'),
          Person: mapper('EntityHead'),
          Country: mapper('EntityHead'),
          Organization: mapper('EntityHead'),
          Event: mapper('EntityHead'),
          Place: mapper('EntityHead'),
          Relation: mapper('RelationHead'),
          Evidence: mapper('EvidenceRecord'),
          Statement: mapper('StatementRecord'),
          Mention: mapper('MentionRecord'),
          Article: mapper('ArticleRecord'),
          Meeting: mapper('MeetingParent'),
          Subgraph: mapper('SubgraphParent'),
          Community: mapper('CommunityParent'),
          Stats: mapper('StatsParent'),
          IngestResult: mapper('IngestResultParent'),
          ArticleIngestedEvent: mapper('ArticleIngestedParent'),
          DeleteResult: mapper('DeleteResultParent'),
          PageInfo: mapper('PageInfoParent'),
          EntityConnection: mapper('EntityConnectionParent'),
          EntityEdge: mapper('EntityEdgeParent'),
          RelatedConnection: mapper('RelatedConnectionParent'),
          RelatedEdge: mapper('RelatedEdgeParent'),
          RelationConnection: mapper('RelationConnectionParent'),
          RelationEdge: mapper('RelationEdgeParent'),
          StatementConnection: mapper('StatementConnectionParent'),
          StatementEdge: mapper('StatementEdgeParent'),
          ArticleConnection: mapper('ArticleConnectionParent'),
          ArticleEdge: mapper('ArticleEdgeParent'),
          MentionConnection: mapper('MentionConnectionParent'),
          MentionEdge: mapper('MentionEdgeParent'),
          EvidenceConnection: mapper('EvidenceConnectionParent'),
          EvidenceEdge: mapper('EvidenceEdgeParent'),
          MeetingConnection: mapper('MeetingConnectionParent'),
          MeetingEdge: mapper('MeetingEdgeParent'),
          SearchConnection: mapper('SearchConnectionParent'),
          SearchEdge: mapper('SearchEdgeParent'),
          CentralityConnection: mapper('CentralityConnectionParent'),
          CentralityEdge: mapper('CentralityEdgeParent'),
          CommunityConnection: mapper('CommunityConnectionParent'),
          CommunityEdge: mapper('CommunityEdgeParent'),
          TimelineConnection: mapper('TimelineConnectionParent'),
          TimelineEdge: mapper('TimelineEdgeParent'),
          TimelineGroup: mapper('TimelineGroupParent'),
          Correction: mapper('CorrectionParent'),
          CorrectionConnection: mapper('CorrectionConnectionParent'),
          CorrectionEdge: mapper('CorrectionEdgeParent'),
        },
      },
    },
  },
};

export default config;
