/**
 * Where in a published JSON Schema a value of a payload sits, as the field
 * path that the field view uses for its anchors (`catalog_info.course_key`,
 * `[]` for array items, `{}` for map values: scripts/lib/field-model.ts).
 * A problem found at `/users/0/name` is shown on the field `users[].name`.
 */

/** The parts of a published JSON Schema (draft-07) that the path is read from. */
export interface SchemaNode {
  $ref?: string;
  allOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  additionalProperties?: boolean | SchemaNode;
  definitions?: Record<string, SchemaNode>;
}

/** A class used by reference (`$ref`, or `allOf: [{$ref}]` when it carries a description), as its definition. */
function dereference(node: SchemaNode, root: SchemaNode): SchemaNode {
  const ref = node.$ref ?? (node.allOf?.length === 1 ? node.allOf[0].$ref : undefined);
  if (!ref) return node;
  return root.definitions?.[ref.replace(/^#\/definitions\//, '')] ?? node;
}

/** The variants of `T | null` without the null, each dereferenced. */
function variants(node: SchemaNode, root: SchemaNode): SchemaNode[] {
  const target = dereference(node, root);
  return (target.anyOf ?? [target]).map((v) => dereference(v, root)).filter((v) => v.type !== 'null');
}

/**
 * The field path of an instance location (its segments, `['users', '0', 'name']`),
 * and the anchor of the nearest field: an array's items and a map's values
 * are no field of their own, so a problem on one lands on the field that holds them.
 */
export function fieldPathOf(segments: readonly string[], root: SchemaNode): { path: string; anchor: string } {
  let path = '';
  let anchor = '';
  let node: SchemaNode | undefined = root;
  for (const segment of segments) {
    if (!node) break;
    const options = variants(node, root);
    const withField = options.find((v) => v.properties && Object.hasOwn(v.properties, segment));
    const withItems = options.find((v) => v.items && /^\d+$/.test(segment));
    const withValues = options.find((v) => typeof v.additionalProperties === 'object' && !v.properties);
    if (withField) {
      path = path ? `${path}.${segment}` : segment;
      anchor = path;
      node = withField.properties![segment];
    } else if (withItems) {
      path = `${path}[]`;
      node = withItems.items;
    } else if (withValues) {
      path = `${path}{}`;
      node = withValues.additionalProperties as SchemaNode;
    } else {
      // A field the schema does not declare: the problem is shown on the nearest declared one.
      path = path ? `${path}.${segment}` : segment;
      node = undefined;
    }
  }
  return { path, anchor };
}
