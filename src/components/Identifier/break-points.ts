/** The identifier cut after each `.`, `_` and `/`, the places where a line may break. */
export function breakPoints(text: string): string[] {
  return text.split(/(?<=[._/])/);
}
