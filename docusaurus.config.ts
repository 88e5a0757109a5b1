import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type { Options as DocsOptions } from '@docusaurus/plugin-content-docs';
import type { Options as RedirectOptions } from '@docusaurus/plugin-client-redirects';
import { themes as prismThemes } from 'prism-react-renderer';
import { adrRedirects } from './src/config/adr-redirects';
import codeHighlighting from './src/plugins/code-highlighting';
import remarkCodeBlockImport from './src/plugins/code-highlighting/remark-code-block-import';
import search from './src/plugins/search';
import nodePolyfills from './src/plugins/node-polyfills';
import { pinnedLatestRedirects, readReleases, versionOptions } from './src/config/versions';
import { MOVED_PAGES, movedPageRedirects } from './src/config/moved-pages';
import { accessibleTheme } from './src/prism-contrast';
import { ADR_ROUTE, BASE_URL, CHANGELOG_FEED_PATH, DOCS_ROUTE, VALIDATOR_PAGE_PATH } from './src/site';
import { deploySiteUrl } from './src/config/site-url';
import { RELEASE_SETS_DIR } from './src/site';
import siteUrl from './src/plugins/site-url';

/** Newest first, from versions.json and adr_versions.json; `npm run release` adds to both. */
const releases = readReleases(__dirname, 'default');
const adrReleases = readReleases(__dirname, 'adr');
/** `npm start` builds only Next and the latest release; `npm run build` builds them all. */
const devServer = process.env.NODE_ENV === 'development';

const config = {
  title: 'Open edX events',
  tagline: 'The contracts of Open edX events, and the decisions behind them',
  favicon: 'img/favicon.svg',
  // A deploy setting (SITE_URL); see the README's Deploy section.
  url: deploySiteUrl(),
  baseUrl: BASE_URL,
  trailingSlash: false,

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  // The schema sets derived from the histories: written by `npm run generate`, ignored by git (scripts/lib/release-sets.ts).
  staticDirectories: ['static', RELEASE_SETS_DIR],

  future: {
    v4: true,
    faster: true,
  },

  markdown: {
    mermaid: true,
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  i18n: { defaultLocale: 'en', locales: ['en'] },

  clientModules: ['./src/clientModules/idlePrefetch.ts'],

  headTags: [
    {
      tagName: 'link',
      attributes: { rel: 'alternate', type: 'application/atom+xml', title: 'Open edX events: changelog', href: CHANGELOG_FEED_PATH },
    },
  ],

  presets: [
    [
      'classic',
      {
        docs: {
          path: 'docs',
          routeBasePath: DOCS_ROUTE,
          sidebarPath: './sidebars.ts',
          remarkPlugins: [remarkCodeBlockImport],
          ...versionOptions(releases, devServer),
        },
        blog: false,
        pages: { remarkPlugins: [remarkCodeBlockImport] },
        theme: { customCss: './src/css/custom.css' },
        sitemap: { lastmod: null },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    // As [plugin, options] pairs: Knip reads a bare plugin function by calling it, without the context it needs.
    [codeHighlighting, {}],
    [search, {}],
    [siteUrl, {}],
    [nodePolyfills, {}],
    [
      '@docusaurus/plugin-content-docs',
      {
        id: 'adr',
        path: 'adr',
        routeBasePath: ADR_ROUTE,
        sidebarPath: './sidebarsAdr.ts',
        remarkPlugins: [remarkCodeBlockImport],
        ...versionOptions(adrReleases, devServer),
      } satisfies DocsOptions,
    ],
    [
      '@docusaurus/plugin-client-redirects',
      {
        redirects: [...adrRedirects(__dirname, adrReleases), ...movedPageRedirects(MOVED_PAGES, releases.length > 0)],
        createRedirects: pinnedLatestRedirects({ [DOCS_ROUTE]: releases, [ADR_ROUTE]: adrReleases }),
      } satisfies RedirectOptions,
    ],
  ],

  themes: ['@docusaurus/theme-mermaid'],

  themeConfig: {
    colorMode: { respectPrefersColorScheme: true },
    navbar: {
      title: 'Open edX events',
      logo: { alt: '', src: 'img/favicon.svg' },
      items: [
        { type: 'custom-docSection', docId: 'events/index', activeDocIds: '^events/(?!changelog$)', label: 'Events', position: 'left' },
        { type: 'doc', docId: 'index', docsPluginId: 'adr', label: 'ADRs', position: 'left' },
        { type: 'custom-docSection', docId: 'guides/schemas', activeDocIds: '^guides/schemas$', label: 'Schemas', position: 'left' },
        { type: 'custom-docSection', docId: 'events/changelog', activeDocIds: '^events/changelog$', label: 'Changelog', position: 'left' },
        { to: VALIDATOR_PAGE_PATH, label: 'Validate', position: 'left' },
        { type: 'custom-activeDocsVersionDropdown', position: 'right' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Reference',
          items: [
            { label: 'Event catalog', to: `/${DOCS_ROUTE}/events` },
            { label: 'ADRs', to: `/${ADR_ROUTE}` },
            { label: 'Schema manifest', href: 'pathname:///schemas/index.json' },
            { label: 'Changelog (Atom feed)', href: `pathname://${CHANGELOG_FEED_PATH}` },
          ],
        },
        {
          title: 'Upstream',
          items: [{ label: 'openedx-events', href: 'https://github.com/openedx/openedx-events' }],
        },
      ],
      copyright: 'Descriptions written for this site; the event catalog is that of openedx-events.',
    },
    prism: {
      theme: accessibleTheme(prismThemes.github),
      darkTheme: accessibleTheme(prismThemes.dracula),
    },
  } satisfies Preset.ThemeConfig,
} satisfies Config;

export default config;
