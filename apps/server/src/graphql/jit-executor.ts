import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  astFromValue, execute, getNamedType, getNullableType, getVariableValues, GraphQLError, isInputObjectType, isListType, typeFromAST,
  valueFromASTUntyped, type ExecutionResult, type GraphQLInputType, type GraphQLSchema, type VariableDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/** How many distinct operations keep their compiled code; the oldest is dropped past it. */
const MAX_COMPILED = 500;
/** An operation is compiled when it is seen this many times: compiling costs more than running a one-off. */
const COMPILE_AFTER = 2;

/**
 * Executes operations with graphql-jit: the operation is compiled once into plain JavaScript, and later requests
 * for it skip graphql-js's per-field bookkeeping (argument lookup, path objects, type checks), which was a tenth of
 * the server's CPU on a list page of 50 clients (docs/PERFORMANCE.md). Apollo still parses, validates, applies the
 * limits and formats errors; only execution changes. Operations seen once run on graphql-js.
 *
 * Apollo Server 5 takes a custom executor only through its gateway interface, hence the shape.
 */
export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  const compiled = new Map<string, CompiledQuery | 'interpret'>();
  const seen = new Map<string, number>();

  const executor: GatewayExecutor = async (rc) => {
    const variables = rc.request.variables ?? {};
    // the name the caller asked for: rc.operationName is the operation Apollo resolved, null when none was (a
    // stale name sent by a playground), and executing "the only operation" then would answer what was not asked
    const operationName = rc.request.operationName ?? null;
    const key = `${rc.queryHash}\u0000${operationName ?? ''}`;
    let query = compiled.get(key);
    if (query === undefined) {
      const times = (seen.get(key) ?? 0) + 1;
      if (times < COMPILE_AFTER) {
        remember(seen, key, times);
        return interpret(schema, rc.document, operationName, rc.context, variables);
      }
      seen.delete(key);
      const result = compileQuery(schema, rc.document, operationName ?? undefined);
      // what graphql-jit cannot compile (none of our operations so far) keeps running on graphql-js
      query = isCompiledQuery(result) ? result : 'interpret';
      remember(compiled, key, query);
    }
    if (query === 'interpret') return interpret(schema, rc.document, operationName, rc.context, variables);
    // graphql-js checks the variables, so that a bad one is the same typed BAD_USER_INPUT (and HTTP 400) as on the
    // first run: graphql-jit's own errors about them carry no AST nodes, by which Apollo recognises them
    const coerced = getVariableValues(schema, rc.operation.variableDefinitions ?? [], variables);
    if (coerced.errors) return { errors: coerced.errors };
    const complete = withInputDefaults(schema, rc.operation.variableDefinitions ?? [], variables);
    return withGraphQLErrors(await (query.query(undefined, rc.context, complete) as Promise<ExecutionResult> | ExecutionResult));
  };

  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async stop() {
      compiled.clear();
      seen.clear();
    },
  };
}

function interpret(
  schema: GraphQLSchema, document: Parameters<typeof execute>[0]['document'], operationName: string | null,
  contextValue: unknown, variableValues: Record<string, unknown>,
): Promise<ExecutionResult> | ExecutionResult {
  return execute({ schema, document, operationName, contextValue, variableValues });
}

/**
 * graphql-jit 0.8 refuses an input object whose non-null field has a default and was left out ("Field
 * value.method of required type ConsentMethod! was not provided"), where graphql-js fills in the default
 * (recordConsent's `method`, the list's `orderBy.direction`). The variables are already known to be valid here
 * (graphql-js checked them), so the defaults are written into a copy in their external form, as a caller could
 * have typed them.
 */
function withInputDefaults(
  schema: GraphQLSchema, definitions: readonly VariableDefinitionNode[], variables: Record<string, unknown>,
): Record<string, unknown> {
  let copy: Record<string, unknown> | null = null;
  for (const def of definitions) {
    const name = def.variable.name.value;
    const type = typeFromAST(schema, def.type) as GraphQLInputType | undefined;
    if (!type || !isInputObjectType(getNamedType(type)) || variables[name] == null) continue;
    const filled = fillDefaults(type, variables[name]);
    if (filled !== variables[name]) (copy ??= { ...variables })[name] = filled;
  }
  return copy ?? variables;
}

function fillDefaults(type: GraphQLInputType, value: unknown): unknown {
  if (value == null) return value;
  const inner = getNullableType(type);
  if (isListType(inner)) {
    if (!Array.isArray(value)) return fillDefaults(inner.ofType, value);
    const items = value.map((v) => fillDefaults(inner.ofType, v));
    return items.some((v, i) => v !== value[i]) ? items : value;
  }
  if (!isInputObjectType(inner) || typeof value !== 'object') return value;
  const input = value as Record<string, unknown>;
  let out: Record<string, unknown> | null = null;
  for (const field of Object.values(inner.getFields())) {
    if (!(field.name in input)) {
      if (field.defaultValue === undefined) continue;
      const ast = astFromValue(field.defaultValue, field.type);
      if (ast) (out ??= { ...input })[field.name] = valueFromASTUntyped(ast);
      continue;
    }
    const filled = fillDefaults(field.type, input[field.name]);
    if (filled !== input[field.name]) (out ??= { ...input })[field.name] = filled;
  }
  return out ?? input;
}

/**
 * graphql-jit reports errors with its own GraphQLError look-alike, whose `extensions` is a frozen `undefined`;
 * Apollo's error formatting reads `extensions.code` and would turn every such error into an anonymous
 * "Internal server error". Each becomes a graphql-js GraphQLError with the same message, path, locations and
 * original error, so DomainErrors are mapped exactly as on graphql-js (error-mapping.ts).
 */
function withGraphQLErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((e) => {
    const original = e.originalError ?? undefined;
    const err = new GraphQLError(e.message, {
      path: e.path, originalError: original,
      extensions: (original as { extensions?: Record<string, unknown> } | undefined)?.extensions ?? e.extensions ?? undefined,
    });
    if (e.locations?.length) Object.defineProperty(err, 'locations', { value: e.locations, enumerable: true });
    return err;
  });
  return { ...result, errors };
}

function remember<V>(map: Map<string, V>, key: string, value: V): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > MAX_COMPILED) map.delete(map.keys().next().value as string);
}
