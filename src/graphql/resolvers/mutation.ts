import { isIsoDate } from '../../config.js';
import { checkArticleFields } from '../../extract/decode.js';
import { ingestArticle } from '../../ingest/session.js';
import { requireWriteAccess } from '../access.js';
import { announceIngest } from '../events.js';
import { ApiInputError } from '../errors.js';
import type { GraphQLContext } from '../context.js';
import type { IngestArticleInput, MutationResolvers } from '../generated/types.js';

function optionalText(value: string | null | undefined, field: string, max: number): string | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed.length > max) throw new ApiInputError(`"${field}" must be at most ${max} characters.`);
  return trimmed.length > 0 ? trimmed : undefined;
}

function checkInput(input: IngestArticleInput, context: GraphQLContext) {
  const { maxArticleChars } = context.limits;
  if (input.text.trim().length === 0) throw new ApiInputError('"text" is empty: send the article\'s plain text.');
  if (input.text.length > maxArticleChars) {
    throw new ApiInputError(
      `"text" has ${input.text.length} characters; at most ${maxArticleChars} are accepted (KG_MAX_ARTICLE_CHARS).`,
    );
  }
  const publishedAt = optionalText(input.publishedAt, 'publishedAt', 40);
  if (publishedAt && !isIsoDate(publishedAt)) {
    throw new ApiInputError(`"publishedAt" must be an ISO 8601 date such as 2022-09-15, got "${publishedAt}".`);
  }
  const url = optionalText(input.url, 'url', 2000);
  if (url) {
    let protocol: string;
    try {
      protocol = new URL(url).protocol;
    } catch {
      throw new ApiInputError(`"url" is not a valid URL: "${url.slice(0, 80)}".`);
    }
    if (protocol !== 'http:' && protocol !== 'https:')
      throw new ApiInputError(`"url" must be an http or https URL, got "${url.slice(0, 80)}".`);
  }
  return {
    text: input.text,
    title: optionalText(input.title, 'title', 1000),
    source: optionalText(input.source, 'source', 200),
    url,
    publishedAt: publishedAt?.slice(0, 10),
  };
}

export const mutationResolvers: MutationResolvers = {
  ingestArticle: async (_root, { input }, context) => {
    requireWriteAccess(context);
    context.loaders.liftDeadline();
    // The checks every article input gets (binary, whitespace, HTML, language; see extract/decode.ts).
    const article = checkArticleFields(checkInput(input, context), { maxBytes: Number.POSITIVE_INFINITY });
    let ingested;
    try {
      ingested = await context.writes.run(() =>
        ingestArticle(context.store, article, { date: article.publishedAt, extract: context.extract }),
      );
    } finally {
      // Changed, or changed and rolled back after a failed write: what was read before is out of date.
      context.snapshots.invalidate();
      context.loaders.clear();
    }
    // Flushed: durable. Subscribers get the relations as stored (merged with what was known before).
    if (!ingested.result.duplicate) {
      const stored = await context.store.getRelations(ingested.graph.relations.map((r) => r.id));
      const relations = stored.map((relation, index) => relation ?? ingested.graph.relations[index]!);
      announceIngest(context.events, ingested.result, relations, ingested.graph.entities);
    }
    return ingested;
  },

  deleteArticle: async (_root, { id }, context) => {
    requireWriteAccess(context);
    context.loaders.liftDeadline();
    const result = await context.writes.run(async () => {
      const deleted = await context.store.deleteArticle(id);
      if (deleted.found) await context.store.flush();
      return deleted;
    });
    if (result.found) {
      context.snapshots.invalidate();
      context.loaders.clear();
    }
    return result;
  },
};
