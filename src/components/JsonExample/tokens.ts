/**
 * Splits JSON text into the tokens Prism's JSON grammar gives, with Prism's
 * class names, so that the site's Prism theme colours them (see
 * src/plugins/code-highlighting). JSON's lexical grammar is small and fixed,
 * so this takes a regular expression, not Prism and its 50+ ms of start-up.
 */
export interface JsonToken {
  /** Prism's token type and alias ('null' is also a 'keyword'); none for whitespace. */
  classes: readonly string[];
  text: string;
}

const STRING = String.raw`"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"`;
const LEXEME = new RegExp(
  [
    `(${STRING})(?=\\s*:)`, // 1 property
    `(${STRING})`, // 2 string
    String.raw`(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)`, // 3 number
    '(true|false)', // 4 boolean
    '(null)', // 5 null
    String.raw`([{}[\],])`, // 6 punctuation
    '(:)', // 7 operator
    String.raw`([ \t\r\n]+)`, // 8 whitespace
  ].join('|'),
  'y',
);

const CLASSES: ReadonlyArray<readonly string[]> = [
  [],
  ['property'],
  ['string'],
  ['number'],
  ['boolean'],
  ['null', 'keyword'],
  ['punctuation'],
  ['operator'],
  [],
];

export function jsonTokens(text: string): JsonToken[] {
  const tokens: JsonToken[] = [];
  LEXEME.lastIndex = 0;
  while (LEXEME.lastIndex < text.length) {
    const at = LEXEME.lastIndex;
    const match = LEXEME.exec(text);
    if (!match) throw new Error(`Not JSON at character ${at}: ${JSON.stringify(text.slice(at, at + 20))}`);
    const group = match.findIndex((m, i) => i > 0 && m !== undefined);
    tokens.push({ classes: CLASSES[group], text: match[0] });
  }
  return tokens;
}

/**
 * The code and tokens of an MDX ```json block with nothing else to it (no
 * title, no line numbers or highlighted lines), or undefined.
 */
export function plainJsonBlock(props: object): { code: string; tokens: JsonToken[] } | undefined {
  const { className, children, ...rest } = props as { className?: unknown; children?: unknown };
  if (className !== 'language-json' || typeof children !== 'string' || Object.values(rest).some((v) => v !== undefined)) return undefined;
  const code = children.replace(/\n$/, '');
  try {
    return { code, tokens: jsonTokens(code) };
  } catch {
    return undefined;
  }
}
