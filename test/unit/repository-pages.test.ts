/** The data of the repository pages: each repository's events from the producers and consumers, and the index's counts. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeSource, Consumer, Producer } from '../../src/events/model';
import { REPOSITORIES, type Repository } from '../../src/events/repositories';
import { repositorySlug, repositoryPagePath } from '../../src/site';
import { repositoryIndexData, repositoryPageData } from '../../scripts/lib/render/repository-pages';

const DISCOVERY: Repository = { repository: 'openedx/course-discovery', kind: 'service', description: 'Course Discovery.' };
const PLATFORM: Repository = {
  repository: 'openedx/openedx-platform',
  kind: 'service',
  description: 'The LMS.',
  formerly: ['openedx/edx-platform'],
};
const UNUSED: Repository = { repository: 'example/unused-plugin', kind: 'plugin', description: 'Named by no event.' };

function source(repository: string, line: number): CodeSource {
  return {
    url: `https://github.com/${repository}/blob/${'a'.repeat(40)}/app/signals.py#L${line}`,
    confidence: line % 2 ? 'read' : 'excerpt',
  };
}

function producer(repository: string, line: number): Producer {
  return { repository, service: 'LMS', trigger: `line ${line} sends it`, source: source(repository, line) };
}

function consumer(repository: string, line: number): Consumer {
  return { repository, service: 'Discovery', use: `line ${line} reads it`, kind: 'event-bus-consumer', source: source(repository, line) };
}

function event(signal: string, producers: Producer[], consumers: Consumer[], removed = false) {
  return {
    definition: { producers, consumers },
    page: {
      signal,
      eventType: `org.openedx.test.${signal.toLowerCase()}.v1`,
      removed: removed ? { in: '2.0.0', lastRelease: '1.0.0' } : null,
    },
  };
}

const EVENTS = [
  event('ZETA_CHANGED', [producer(PLATFORM.repository, 1)], [consumer(DISCOVERY.repository, 2)]),
  // Two producers in one repository: two lines on its page, one event in its count.
  event('ALPHA_CHANGED', [producer(PLATFORM.repository, 3), producer(PLATFORM.repository, 5)], []),
  event('OLD_THING_DELETED', [producer(PLATFORM.repository, 7)], [consumer(DISCOVERY.repository, 8)], true),
];

describe('repository page data', () => {
  it('lists what a repository produces and consumes, by signal, each with its source and how it was seen', () => {
    const platform = repositoryPageData(PLATFORM, EVENTS);
    assert.deepEqual(
      platform.produces.map((e) => [e.signal, e.trigger, e.source.confidence]),
      [
        ['ALPHA_CHANGED', 'line 3 sends it', 'read'],
        ['ALPHA_CHANGED', 'line 5 sends it', 'read'],
        ['OLD_THING_DELETED', 'line 7 sends it', 'read'],
        ['ZETA_CHANGED', 'line 1 sends it', 'read'],
      ],
    );
    assert.deepEqual(platform.consumes, []);
    assert.deepEqual(platform.formerly, ['openedx/edx-platform']);

    const discovery = repositoryPageData(DISCOVERY, EVENTS);
    assert.deepEqual(discovery.produces, []);
    assert.deepEqual(
      discovery.consumes.map((e) => [e.signal, e.kind, e.source.confidence, e.removed, e.path]),
      [
        ['OLD_THING_DELETED', 'event-bus-consumer', 'excerpt', true, '/docs/events/old-thing-deleted'],
        ['ZETA_CHANGED', 'event-bus-consumer', 'excerpt', false, '/docs/events/zeta-changed'],
      ],
    );
  });

  it('gives a repository that no event names a page with nothing produced or consumed, and counts it so in the index', () => {
    const unused = repositoryPageData(UNUSED, EVENTS);
    assert.deepEqual([unused.produces, unused.consumes], [[], []]);
    const index = repositoryIndexData([PLATFORM, DISCOVERY, UNUSED].map((r) => repositoryPageData(r, EVENTS)));
    assert.deepEqual(
      index.repositories.map((r) => [r.repository, r.produces, r.consumes, r.path]),
      [
        [PLATFORM.repository, 3, 0, repositoryPagePath(PLATFORM.repository)],
        [DISCOVERY.repository, 0, 2, repositoryPagePath(DISCOVERY.repository)],
        [UNUSED.repository, 0, 0, repositoryPagePath(UNUSED.repository)],
      ],
    );
  });

  it('gives every listed repository a page slug of its own, in Next', () => {
    const slugs = REPOSITORIES.map((r) => repositorySlug(r.repository));
    assert.equal(new Set(slugs).size, slugs.length);
    assert.equal(repositoryPagePath('eduNEXT/eox-hooks'), '/docs/next/events/repositories/edunext-eox-hooks');
  });
});
