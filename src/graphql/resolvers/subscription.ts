import type { GraphQLContext } from '../context.js';
import { subscribeToFacts, type FactAddedPayload } from '../events.js';
import type { SubscriptionResolvers } from '../generated/types.js';
import type { IngestResult } from '../../store/port.js';

/**
 * The live updates. A subscription outlives the request deadline of its context, and its loaders would
 * keep what they read before the store changed: each event is resolved with fresh loaders.
 */
export const subscriptionResolvers: SubscriptionResolvers = {
  articleIngested: {
    subscribe: (_root, _args, context) => {
      context.loaders.liftDeadline();
      return context.events.subscribe('articleIngested');
    },
    resolve: (payload: IngestResult, _args: unknown, context: GraphQLContext) => {
      context.loaders.clear();
      return payload;
    },
  },
  factAdded: {
    subscribe: (_root, args, context) => {
      context.loaders.liftDeadline();
      return subscribeToFacts(context.events, args);
    },
    resolve: (payload: FactAddedPayload, _args: unknown, context: GraphQLContext) => {
      context.loaders.clear();
      return payload.relation;
    },
  },
};
