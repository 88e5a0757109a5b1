// Prettier, set to the style the code was written in. `npm run format:check` checks it, `npm run format` applies it.
/** @type {import('prettier').Config} */
const config = {
  singleQuote: true,
  // Long lines are the house style; of 120, 140, 160 and 180, 140 rewrites the fewest lines of the existing code.
  printWidth: 140,
  // The components close a multi-line JSX tag with `}}>`, not with a `>` on a line of its own.
  bracketSameLine: true,
};

export default config;
