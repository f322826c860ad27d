// The web app's GraphQL operations (apps/web/src/graphql/*.graphql), each as a document of its own with the
// fragments it uses, so tests can send exactly what the browser sends or compute what it costs.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  Kind,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  parse,
  print,
  typeFromAST,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type NamedTypeNode,
  type OperationDefinitionNode,
} from 'graphql';

const DIR = fileURLToPath(new URL('../../apps/web/src/graphql/', import.meta.url));

export interface WebOperation {
  name: string;
  file: string;
  operation: OperationDefinitionNode;
  document: DocumentNode;
  text: string;
}

export function webOperations(): WebOperation[] {
  const definitions: { file: string; def: DefinitionNode }[] = [];
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.graphql'))) {
    for (const def of parse(readFileSync(path.join(DIR, file), 'utf8')).definitions)
      definitions.push({ file, def });
  }
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const { def } of definitions)
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const used = (node: DefinitionNode, seen = new Set<string>()): Set<string> => {
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        if (seen.has(name)) return;
        seen.add(name);
        used(fragments.get(name)!, seen);
      },
    });
    return seen;
  };
  return definitions.flatMap(({ file, def }) => {
    if (def.kind !== Kind.OPERATION_DEFINITION) return [];
    const document: DocumentNode = {
      kind: Kind.DOCUMENT,
      definitions: [def, ...[...used(def)].map((n) => fragments.get(n)!)],
    };
    return [{ name: def.name!.value, file, operation: def, document, text: print(document) }];
  });
}

export function webOperation(name: string): WebOperation {
  const op = webOperations().find((o) => o.name === name);
  if (!op) throw new Error(`no web operation ${name}`);
  return op;
}

/**
 * Variables for an operation as the worst case the server allows: page sizes at their cap, every required input
 * filled with the smallest valid value.
 */
export function worstCaseVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
): Record<string, unknown> {
  const sample = (type: GraphQLInputType, name: string): unknown => {
    if (isNonNullType(type)) return sample(type.ofType, name);
    if (isListType(type)) return [];
    if (isEnumType(type)) return type.getValues()[0]!.value;
    if (isInputObjectType(type)) {
      return Object.fromEntries(
        Object.values(type.getFields())
          .filter((f) => isNonNullType(f.type))
          .map((f) => [f.name, sample(f.type, f.name)]),
      );
    }
    if (type.name === 'Int') return /^(first|limit)$/.test(name) ? 1000 : 1;
    if (type.name === 'Float') return 1;
    if (type.name === 'Boolean') return true;
    if (type.name === 'Date') return '2026-01-01';
    if (type.name === 'JSONObject') return {};
    return 'x';
  };
  return Object.fromEntries(
    (operation.variableDefinitions ?? []).map((v) => [
      v.variable.name.value,
      sample(typeFromAST(schema, v.type as NamedTypeNode) as GraphQLInputType, v.variable.name.value),
    ]),
  );
}
