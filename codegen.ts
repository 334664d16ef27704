import type { CodegenConfig } from '@graphql-codegen/cli';

/** Generates the resolver types from schema.graphql; resolvers are typed by them. */
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
      },
    },
  },
};

export default config;
