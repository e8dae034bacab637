import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { ClassificationResolver } from '../modules/classification/classification.resolver';
import { ClientConnectionResolver, ClientFieldsResolver } from '../modules/client/client-fields.resolver';
import { ClientResolver } from '../modules/client/client.resolver';
import { ConsentRecordFieldsResolver, ConsentResolver } from '../modules/consent/consent.resolver';
import { AuthResolver } from '../modules/staff/auth.resolver';

export const RESOLVERS = [
  AuthResolver, ClientResolver, ClientFieldsResolver, ClientConnectionResolver, ClassificationResolver, ConsentResolver, ConsentRecordFieldsResolver,
] as const;

let cached: GraphQLSchema | null = null;

/** type-graphql keeps its metadata globally, so the schema is built once per process. */
export function buildAppSchema(): GraphQLSchema {
  cached ??= buildSchemaSync({
    resolvers: [...RESOLVERS] as unknown as [Function, ...Function[]],
    validate: false,
    emitSchemaFile: false,
  });
  return cached;
}
