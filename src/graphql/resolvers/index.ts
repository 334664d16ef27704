import { nodesOf } from '../connections.js';
import type { Resolvers } from '../generated/types.js';
import {
  countryResolvers,
  entityResolvers,
  eventResolvers,
  organizationResolvers,
  personResolvers,
  placeResolvers,
} from './entities.js';
import { correctionResolvers, curationMutationResolvers, curationQueryResolvers } from './curation.js';
import { exportQueryResolvers } from './export.js';
import { mutationResolvers } from './mutation.js';
import { ENUM_VALUES } from '../enum-values.js';
import { queryResolvers } from './query.js';
import { subscriptionResolvers } from './subscription.js';
import {
  articleResolvers,
  communityResolvers,
  connectionNodes,
  evidenceResolvers,
  ingestResultResolvers,
  meetingResolvers,
  mentionResolvers,
  relationResolvers,
  searchResultResolvers,
  statementResolvers,
  statsResolvers,
  timelineGroupResolvers,
} from './records.js';

/** Every resolver of the schema, typed by the codegen output. */
export const resolvers: Resolvers = {
  Query: { ...queryResolvers, ...exportQueryResolvers, ...curationQueryResolvers },
  Mutation: { ...mutationResolvers, ...curationMutationResolvers },
  Correction: correctionResolvers,
  Subscription: subscriptionResolvers,
  Entity: entityResolvers,
  Person: personResolvers,
  Country: countryResolvers,
  Organization: organizationResolvers,
  Event: eventResolvers,
  Place: placeResolvers,
  Relation: relationResolvers,
  Evidence: evidenceResolvers,
  Statement: statementResolvers,
  Mention: mentionResolvers,
  Meeting: meetingResolvers,
  Article: articleResolvers,
  Community: communityResolvers,
  TimelineGroup: timelineGroupResolvers,
  Stats: statsResolvers,
  IngestResult: ingestResultResolvers,
  SearchResult: searchResultResolvers,
  ...ENUM_VALUES,
  CorrectionConnection: { nodes: nodesOf },
  ...connectionNodes,
};
