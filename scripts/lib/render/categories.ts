/**
 * The sidebar's categories (`_category_.json`): Events, one per domain with
 * its generated index page, one per subject, Data types, and the events
 * removed upstream.
 */
import { DATA_TYPES_DOC_SLUG, domainDocSlug, REMOVED_EVENTS_DOC_SLUG } from '../../../src/site';
import type { Catalog } from '../catalog';
import { jsonText, type Outputs } from '../outputs';
import { compareText } from '../sorting';

export function categoryOutputs({ events, removed }: Catalog): Outputs {
  const pages = events.map((e) => e.page);
  const outputs: Outputs = new Map();
  outputs.set('docs/events/_category_.json', jsonText({ label: 'Events', position: 2, collapsed: false }));
  for (const domain of [...new Set(pages.map((p) => p.domain))].sort(compareText)) {
    const inDomain = pages.filter((p) => p.domain === domain);
    outputs.set(
      `docs/events/${domain}/_category_.json`,
      jsonText({
        label: domain,
        collapsed: true,
        link: {
          type: 'generated-index',
          slug: domainDocSlug(domain),
          title: `The ${domain} domain`,
          description: `The ${inDomain.length} events of the ${domain} domain, grouped by subject.`,
        },
      }),
    );
    for (const subject of new Set(inDomain.map((p) => p.subject))) {
      outputs.set(`docs/events/${domain}/${subject}/_category_.json`, jsonText({ label: subject, collapsed: true }));
    }
  }
  outputs.set(
    'docs/events/data-types/_category_.json',
    jsonText({
      label: 'Data types',
      position: 3,
      collapsed: true,
      link: {
        type: 'generated-index',
        slug: DATA_TYPES_DOC_SLUG,
        title: 'Data types',
        description: 'The data classes that event payloads are made of, each with the events that carry it.',
      },
    }),
  );
  if (removed.length) {
    outputs.set(
      'docs/events/removed/_category_.json',
      jsonText({
        label: 'Removed upstream',
        position: 5,
        collapsed: true,
        link: {
          type: 'generated-index',
          slug: REMOVED_EVENTS_DOC_SLUG,
          title: 'Events removed upstream',
          description: 'Events that openedx-events defined once and removed later, each with the releases that carried it.',
        },
      }),
    );
  }
  return outputs;
}

/**
 * The category of the repository pages, which Next alone has (see
 * ./repository-pages.ts, whose step writes it): its `index.mdx` is the
 * category's page, by Docusaurus's convention.
 */
export function repositoriesCategory(): Outputs {
  return new Map([['docs/events/repositories/_category_.json', jsonText({ label: 'Repositories', position: 6, collapsed: true })]]);
}
