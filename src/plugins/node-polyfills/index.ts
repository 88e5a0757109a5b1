/**
 * The Node modules that avsc needs in the browser (the payload validator's
 * Avro check, src/components/PayloadValidator/avro-check.ts): `util` for
 * `inherits` and `format`, `buffer` for the buffers it allocates when it
 * loads. Webpack 5 and Rspack no longer polyfill Node's modules, so the
 * client build resolves these two to the npm polyfills (`util`, `buffer`),
 * and nothing else. The `util` polyfill reads `process.env.NODE_DEBUG` when
 * it loads; a browser has no such variable, so the client build reads it as
 * undefined rather than providing a `process` object to every module. Only
 * the validator's chunk, loaded on its first use, contains any of this: the
 * end-to-end test and the page-weight budgets check that no page loads it before.
 */
import type { Plugin } from '@docusaurus/types';

export default function nodePolyfills(): Plugin {
  return {
    name: 'node-polyfills',
    configureWebpack(_config, isServer, { currentBundler }) {
      // The server build runs in Node, which has these modules.
      if (isServer) return {};
      const { DefinePlugin } = currentBundler.instance;
      return {
        resolve: { fallback: { util: require.resolve('util/'), buffer: require.resolve('buffer/') } },
        plugins: [new DefinePlugin({ 'process.env.NODE_DEBUG': 'undefined' })],
      };
    },
  };
}
