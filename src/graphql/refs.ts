import type { EntityHead } from '../store/port.js';
import { foldText } from '../graph/text.js';
import type { GraphQLContext } from './context.js';
import { ApiInputError } from './errors.js';
import { HEADS } from './loaders.js';

/** Entity named by an id or an exact name or alias (case- and accent-insensitive); null when none. */
async function findEntity(context: GraphQLContext, reference: string): Promise<EntityHead | null> {
  const byId = await context.loaders.entities.load(reference);
  if (byId) return byId;
  const folded = foldText(reference);
  if (folded.length === 0) return null;
  const page = await context.store.searchEntities({ search: reference, first: 20 }, HEADS);
  return page.items.find((e) => [e.name, ...e.aliases].some((form) => foldText(form) === folded)) ?? null;
}

/** Id of the entity an argument names; throws ApiInputError telling how to find the right one. */
export async function resolveEntityId(context: GraphQLContext, reference: string, argument: string): Promise<string> {
  const entity = await findEntity(context, reference);
  if (!entity) {
    throw new ApiInputError(
      `No entity "${reference.slice(0, 80)}" for "${argument}": pass an entity id or an exact name; find both with entities(search: "…").`,
    );
  }
  return entity.id;
}
