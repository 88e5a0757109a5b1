/**
 * Keeps Prism off the critical path of pages.
 *
 * 1. The classic theme registers a client module that imports
 *    prism-react-renderer only to add `themeConfig.prism.additionalLanguages`
 *    to it. That import puts Prism, and the registration of its bundled
 *    languages (50+ ms of script here), into the main bundle, run before any
 *    page hydrates. This site adds no languages, so the module does nothing
 *    else: the plugin swaps it for an empty one, and Prism arrives with the
 *    code block component instead. Adding a language needs the module back,
 *    so the plugin refuses to build when one is configured.
 * 2. Event pages show their example payload highlighted at render time without
 *    Prism (src/components/JsonExample). This plugin gives those tokens the
 *    colours of the configured Prism themes, as a stylesheet written at build.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { PrismTheme } from 'prism-react-renderer';
import { tokenCss } from './token-css';

const PRISM_CLIENT_MODULE = /@docusaurus[\\/]theme-classic[\\/]lib[\\/]prism-include-languages(\.js)?$/;

interface PrismConfig {
  theme?: PrismTheme;
  darkTheme?: PrismTheme;
  additionalLanguages?: string[];
}

export default function codeHighlighting(context: LoadContext): Plugin {
  const prism = (context.siteConfig.themeConfig.prism ?? {}) as PrismConfig;
  const languages = prism.additionalLanguages ?? [];
  if (languages.length > 0) {
    throw new Error(
      `docusaurus.config.ts: themeConfig.prism.additionalLanguages (${languages.join(', ')}) needs the classic theme's ` +
        'prism-include-languages client module, which src/plugins/code-highlighting removes: remove that part first.',
    );
  }
  if (!prism.theme || !prism.darkTheme) {
    throw new Error('docusaurus.config.ts: themeConfig.prism needs a theme and a darkTheme for src/plugins/code-highlighting.');
  }
  // Written now, synchronously: Docusaurus asks for the client modules before any plugin hook runs.
  const stylesheet = path.join(context.generatedFilesDir, 'code-highlighting', 'json-tokens.css');
  fs.mkdirSync(path.dirname(stylesheet), { recursive: true });
  const css = tokenCss(prism.theme, prism.darkTheme, 'json');
  if (!fs.existsSync(stylesheet) || fs.readFileSync(stylesheet, 'utf8') !== css) fs.writeFileSync(stylesheet, css);

  return {
    name: 'code-highlighting',
    getClientModules: () => [stylesheet],
    configureWebpack(_config, _isServer, { currentBundler }) {
      const { NormalModuleReplacementPlugin } = currentBundler.instance;
      return { plugins: [new NormalModuleReplacementPlugin(PRISM_CLIENT_MODULE, path.join(__dirname, 'no-languages.js'))] };
    },
  };
}
