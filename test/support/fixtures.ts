/** In-memory sources for the check tests: the real first event and ADR 9, cloned so each test can break one thing. */
import type { EventDefinition } from '../../src/events/model';
import courseCatalogInfoChanged from '../../src/events/content_authoring/course-catalog-info-changed.event';
import type { AdrSource } from '../../scripts/lib/adr-source';
import type { CheckedEvent } from '../../scripts/lib/checks';
import { withSchema } from '../../scripts/lib/catalog';

export const EVENT_FILE = 'src/events/content_authoring/course-catalog-info-changed.event.ts';
export const ADR_FILE = 'adr/openedx-events/0009-course-catalog-info-changed-design.mdx';

/** A deep copy of the definition; zod schemas are shared, not copied. */
export function cloneEvent(overrides: Partial<EventDefinition> = {}): EventDefinition {
  const base = courseCatalogInfoChanged as EventDefinition;
  // zod schemas (the data, and the fields each history entry adds or changes) are shared, not cloned.
  const history = base.history.map(({ added, changed, ...entry }) => ({ ...structuredClone(entry), added, changed }));
  return {
    ...structuredClone({ ...base, data: undefined, history: undefined }),
    data: base.data,
    history,
    ...overrides,
  };
}

/** The event as the generator checks it, through the generator's own code. */
export function checked(definition: EventDefinition, file = EVENT_FILE): CheckedEvent {
  return withSchema({ file, definition });
}

export function adr9(overrides: Partial<AdrSource['meta']> = {}): AdrSource {
  return {
    file: ADR_FILE,
    body: '',
    meta: {
      adr: 9,
      series: 'openedx-events',
      title: '9. Event design of the COURSE_CATALOG_INFO_CHANGED signal',
      slug: '/openedx-events/0009-course-catalog-info-changed-design',
      status: 'Accepted',
      date: '2022-09-14',
      related_events: ['COURSE_CATALOG_INFO_CHANGED'],
      history: [
        { date: '2022-10-18', change: 'Updated Decision section' },
        { date: '2022-09-14', change: 'Initial commit' },
      ],
      ...overrides,
    },
  };
}
