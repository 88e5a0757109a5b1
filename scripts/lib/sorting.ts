/**
 * One order for every generated list, the same on every machine: English
 * collation named explicitly, since `localeCompare` without a locale follows
 * the machine's own, and two machines could then write different bytes.
 */
const collator = new Intl.Collator('en');

export function compareText(a: string, b: string): number {
  return collator.compare(a, b);
}
