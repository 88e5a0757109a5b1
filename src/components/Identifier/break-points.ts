/**
 * The identifier cut after each `.`, `_` and `/`, and between the words of a
 * CamelCase name (`Course` `Catalog` `Data`): the places where a line may break.
 */
export function breakPoints(text: string): string[] {
  return text.split(/(?<=[._/])|(?<=[a-z0-9])(?=[A-Z])/);
}

/**
 * Whether a sidebar label is an identifier (a signal, a subject such as
 * `content.object.associations`, a class name, optionally followed by its
 * module in brackets), which the sidebar wraps at its break points.
 */
export function isIdentifierLabel(label: string): boolean {
  return /^[A-Za-z0-9._]+( \([a-z_]+\))?$/.test(label) && breakPoints(label).length > 1;
}
