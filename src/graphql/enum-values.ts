/**
 * The internal values of the schema's enums (the store's records hold "Person", "direct",
 * "mergeEntities"; GraphQL names them PERSON, DIRECT, MERGE_ENTITIES). One table serves both sides:
 * codegen.ts types the resolvers with it, and the resolvers map the enums with it at run time.
 */
export const ENUM_VALUES = {
  EntityLabel: {
    PERSON: 'Person',
    COUNTRY: 'Country',
    ORGANIZATION: 'Organization',
    EVENT: 'Event',
    PLACE: 'Place',
  },
  StatementKind: { DIRECT: 'direct', REPORTED: 'reported' },
  CorrectionKind: {
    MERGE_ENTITIES: 'mergeEntities',
    SPLIT_ALIAS: 'splitAlias',
    RELABEL_ENTITY: 'relabelEntity',
    RENAME_ENTITY: 'renameEntity',
    REJECT_RELATION: 'rejectRelation',
    CONFIRM_RELATION: 'confirmRelation',
  },
} as const;
