/** Text from the definitions, made safe to place in MDX prose: braces and angle brackets are escaped. */
export function escapeMdxText(text: string): string {
  return text.replace(/[{}<>]/g, (c) => `\\${c}`);
}
