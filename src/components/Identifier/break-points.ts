/**
 * The identifier cut after each `.`, `_` and `/`, and between the words of a
 * CamelCase name (`Course` `Catalog` `Data`): the places where a line may break.
 */
export function breakPoints(text: string): string[] {
  return text.split(/(?<=[._/])|(?<=[a-z0-9])(?=[A-Z])/);
}
