/**
 * Plain JSON values: what an example payload must be so that the published
 * file says exactly what the definition says (`JSON.stringify` turns
 * `Infinity` into `null`, drops `undefined`, and throws on a bigint).
 */

/** Each place in `value` that is not plain JSON, as a dotted path and what is wrong there. */
export function nonJsonValues(value: unknown, at: string): Array<{ path: string; message: string }> {
  const here = (message: string) => [{ path: at, message }];
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return [];
    case 'number':
      return Number.isFinite(value) ? [] : here(`${String(value)} is not a JSON number`);
    case 'object': {
      if (value === null) return [];
      if (Array.isArray(value)) return value.flatMap((item, i) => nonJsonValues(item, `${at}[${i}]`));
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null)
        return here('is an object that is not a plain { ... } (JSON has no class instances)');
      return Object.entries(value).flatMap(([key, item]) => nonJsonValues(item, at ? `${at}.${key}` : key));
    }
    default:
      // undefined, bigint, function, symbol
      return here(`a value of type ${typeof value} has no JSON form`);
  }
}
