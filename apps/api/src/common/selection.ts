// What a query asks for below a field: the names selected at a path (through fragments and inline fragments), so
// a resolver can read fewer columns when the answer needs fewer.
import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

function collect(
  set: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  into: FieldNode[],
): FieldNode[] {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === 'Field') into.push(selection);
    else if (selection.kind === 'InlineFragment') collect(selection.selectionSet, fragments, into);
    else collect(fragments[selection.name.value]?.selectionSet, fragments, into);
  }
  return into;
}

/** The field names selected under `path` (e.g. ['nodes']) of the field being resolved. */
export function selectedFieldNames(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  let fields: FieldNode[] = [...info.fieldNodes];
  for (const name of path) {
    fields = fields.flatMap((f) =>
      collect(f.selectionSet, info.fragments, []).filter((c) => c.name.value === name),
    );
  }
  return new Set(fields.flatMap((f) => collect(f.selectionSet, info.fragments, []).map((c) => c.name.value)));
}
