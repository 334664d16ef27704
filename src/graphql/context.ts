import type { GraphStore } from '../store/port.js';

/** What every resolver receives. */
export interface GraphQLContext {
  store: GraphStore;
}
