import { ConfigError } from '../../src/config.js';
import { InputError } from '../../src/errors.js';
import { ExportRequestError } from '../../src/export/index.js';
import { ArticleInputError } from '../../src/extract/decode.js';
import { ApiInputError } from '../../src/graphql/errors.js';
import { MASKED_ERROR_MESSAGE } from '../../src/graphql/yoga.js';
import { StoreQueryError } from '../../src/store/errors.js';
import { fixtureStore, testApi } from './harness.js';

// On the embedded store only: how the API masks or passes on errors thrown in resolvers (a stand-in extractor
// throws them); no store query is tested. The query tests run on both stores (see stores.ts).

const INGEST =
  'mutation { ingestArticle(input: { text: "Xi Jinping met Vladimir Putin in Samarkand." }) { duplicate } }';

/** The API with an extractor that throws the given error: a resolver failing with it. */
async function failingWith(error: Error) {
  return testApi(await fixtureStore(), {
    extract: () => {
      throw error;
    },
  });
}

describe('errors thrown in a resolver', () => {
  const inputErrors: [string, InputError][] = [
    ['ApiInputError', new ApiInputError('"first" must be from 0 to 100.')],
    ['ArticleInputError', new ArticleInputError('ingestArticle', 'empty', 'the article is empty.')],
    ['ExportRequestError', new ExportRequestError('hops must be a whole number.')],
    ['StoreQueryError', new StoreQueryError('Invalid cursor "x": pass an endCursor from a previous page.')],
    ['ConfigError', new ConfigError('KG_MAX_DEPTH must be a whole number from 2 to 100, got "x".')],
  ];

  it.each(inputErrors)(
    '%s is an InputError and reaches the client as BAD_USER_INPUT with its message',
    async (name, error) => {
      expect(error).toBeInstanceOf(InputError);
      expect(error.name).toBe(name);
      const { body } = await (await failingWith(error)).request(INGEST);
      expect(body.errors).toHaveLength(1);
      expect(body.errors![0]).toMatchObject({ message: error.message, path: ['ingestArticle'] });
      expect(body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT' });
    },
  );

  it('any other error is masked as INTERNAL_SERVER_ERROR', async () => {
    const { body } = await (await failingWith(new Error('secret detail'))).request(INGEST);
    expect(body.errors).toMatchObject([
      { message: MASKED_ERROR_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]);
  });
});
