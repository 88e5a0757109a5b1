/**
 * The page kinds whose weight, Lighthouse scores and accessibility are
 * measured, each by one representative URL. The budgets, the benchmark, the
 * Lighthouse script and the axe tests all take their pages from here: add a
 * versioned copy of a page (or a new kind) in this one list.
 */
import { COMPARE_PAGE_PATH, dataTypePagePath, ENVELOPE_PAGE_PATH, eventPagePath, VALIDATOR_PAGE_PATH } from '../../src/site';

export interface PageKind {
  /** Key in the budgets file and label in the tables. */
  kind: 'home' | 'event' | 'adr' | 'catalog' | 'data-type' | 'envelope' | 'validator' | 'compare';
  path: string;
}

export const PAGE_KINDS: readonly PageKind[] = [
  { kind: 'home', path: '/' },
  { kind: 'event', path: eventPagePath('COURSE_CATALOG_INFO_CHANGED') },
  { kind: 'adr', path: '/adr/openedx-events/0009-course-catalog-info-changed-design' },
  { kind: 'catalog', path: '/docs/events' },
  { kind: 'data-type', path: dataTypePagePath('content_authoring', 'CourseScheduleData') },
  { kind: 'envelope', path: ENVELOPE_PAGE_PATH },
  { kind: 'validator', path: VALIDATOR_PAGE_PATH },
  { kind: 'compare', path: COMPARE_PAGE_PATH },
];
