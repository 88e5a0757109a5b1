import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type { Options as DocsOptions } from '@docusaurus/plugin-content-docs';
import type { Options as RedirectOptions } from '@docusaurus/plugin-client-redirects';
import { themes as prismThemes } from 'prism-react-renderer';
import { adrRedirects } from './src/plugins/adr-redirects';
import { accessibleTheme } from './src/prism-contrast';
import { ADR_ROUTE, BASE_URL, DOCS_ROUTE, SITE_URL } from './src/site';

const config = {
  title: 'Open edX events',
  tagline: 'The contracts of Open edX events, and the decisions behind them',
  favicon: 'img/favicon.svg',
  url: SITE_URL,
  baseUrl: BASE_URL,
  trailingSlash: false,

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

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

  presets: [
    [
      'classic',
      {
        docs: {
          path: 'docs',
          routeBasePath: DOCS_ROUTE,
          sidebarPath: './sidebars.ts',
        },
        blog: false,
        theme: { customCss: './src/css/custom.css' },
        sitemap: { lastmod: null },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    [
      '@docusaurus/plugin-content-docs',
      {
        id: 'adr',
        path: 'adr',
        routeBasePath: ADR_ROUTE,
        sidebarPath: './sidebarsAdr.ts',
      } satisfies DocsOptions,
    ],
    [
      '@docusaurus/plugin-client-redirects',
      { redirects: adrRedirects('adr') } satisfies RedirectOptions,
    ],
  ],

  themes: [
    '@docusaurus/theme-mermaid',
    [
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        indexBlog: false,
        indexPages: false,
        docsRouteBasePath: [DOCS_ROUTE, ADR_ROUTE],
        docsPluginIdForPreferredVersion: 'default',
        highlightSearchTermsOnTargetPage: false,
        explicitSearchResultPath: true,
        // The Ctrl+K hint is a grey-on-grey <kbd> under WCAG contrast; the shortcut itself still works.
        searchBarShortcutHint: false,
      },
    ],
  ],

  themeConfig: {
    colorMode: { respectPrefersColorScheme: true },
    navbar: {
      title: 'Open edX events',
      logo: { alt: '', src: 'img/favicon.svg' },
      items: [
        { type: 'doc', docId: 'events/index', label: 'Events', position: 'left' },
        { type: 'doc', docId: 'index', docsPluginId: 'adr', label: 'ADRs', position: 'left' },
        { type: 'doc', docId: 'guides/schemas', label: 'Schemas', position: 'left' },
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
