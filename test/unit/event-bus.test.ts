/**
 * The event-bus section's producer setting, for every event at the releases
 * of each format, parses as the Python literal upstream's settings expect
 * (Debian's python3, `ast.literal_eval`), with the shape upstream's app checks
 * at that release; and the command and setting follow the release. Next's
 * manifest carries the producers and consumers.
 */
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { SchemaSetManifest } from '../../scripts/lib/schema-set';
import { loadCatalog, type Catalog } from '../../scripts/lib/catalog';
import { consumeCommand, eventBusData, producerSetting } from '../../scripts/lib/event-bus';

const root = path.resolve(__dirname, '..', '..');
let catalog: Catalog;

before(async () => {
  catalog = await loadCatalog(root);
});

/** Each snippet's right-hand side, evaluated by Python and checked the way upstream's app checks its setting. */
const PYTHON_CHECK = String.raw`
import ast, json, sys
for case in json.load(sys.stdin):
    name, rhs = case['setting'].split('=', 1)
    assert name.strip() == 'EVENT_BUS_PRODUCER_CONFIG', case
    config = ast.literal_eval(rhs.strip())
    assert isinstance(config, dict) and list(config) == [case['eventType']], case
    value = config[case['eventType']]
    if case['format'] == 'list':
        assert isinstance(value, list) and len(value) == 1
        entry = value[0]
        assert set(entry) == {'topic', 'event_key_field', 'enabled'}
        assert isinstance(entry['topic'], str) and isinstance(entry['event_key_field'], str) and entry['enabled'] is True
    else:
        assert isinstance(value, dict) and len(value) == 1
        (topic, entry), = value.items()
        assert isinstance(topic, str) and set(entry) == {'event_key_field', 'enabled'}
        assert isinstance(entry['event_key_field'], str) and entry['enabled'] is True
print('ok')
`;

describe('the event-bus section', () => {
  it("gives every event that can be sent a producer setting Python parses, in each release's format", () => {
    const cases = [];
    for (const release of ['8.6.0', '8.9.0', '9.0.0', '11.2.0']) {
      for (const { definition, avro, fields } of catalog.events) {
        const bus = eventBusData(definition, release, avro !== null, fields);
        if (!bus.producerSetting) continue;
        cases.push({ setting: bus.producerSetting, eventType: definition.eventType, format: release.startsWith('8.') ? 'list' : 'dict' });
      }
    }
    // Every event the bus can carry and whose key field is known has a setting.
    const expected = catalog.events.filter(
      (e) => e.avro !== null && eventBusData(e.definition, '11.2.0', true, e.fields).keyResolves,
    ).length;
    assert.equal(cases.filter((c) => c.format === 'dict').length, expected * 2);
    const python = spawnSync('python3', ['-c', PYTHON_CHECK], { input: JSON.stringify(cases), encoding: 'utf8' });
    assert.equal(python.status, 0, python.stderr);
  });

  it('escapes quotes and backslashes so the literal keeps its value', () => {
    const setting = producerSetting('org.openedx.x.y.z.v1', "it's\\a-topic", 'a.b', '11.2.0')!;
    const python = spawnSync(
      'python3',
      ['-c', "import ast,sys; v=ast.literal_eval(sys.stdin.read().split('=',1)[1]); print(list(list(v.values())[0])[0])"],
      {
        input: setting,
        encoding: 'utf8',
      },
    );
    assert.equal(python.stdout.trim(), "it's\\a-topic");
  });

  it('follows the release: no setting before 8.6.0, the signal in the command until 8.0.0, no command before 7.1.0', () => {
    assert.equal(producerSetting('org.openedx.x.y.z.v1', 't', 'k', '8.5.0'), null);
    assert.match(
      consumeCommand('COURSE_CREATED', 'org.openedx.content_authoring.course.created.v1', 't', '7.2.0')!,
      / -s openedx_events\.content_authoring\.signals\.COURSE_CREATED$/,
    );
    assert.doesNotMatch(consumeCommand('COURSE_CREATED', 'org.openedx.content_authoring.course.created.v1', 't', '8.0.0')!, / -s /);
    assert.equal(consumeCommand('COURSE_CREATED', 'org.openedx.content_authoring.course.created.v1', 't', '7.0.0'), null);
  });

  it("names a key field declared after the page's release as such, and offers no setting with a key field the data lacks", () => {
    const event = (signal: string) => catalog.events.find((e) => e.definition.signal === signal)!;
    const enrollment = event('COURSE_ENROLLMENT_CREATED');
    assert.equal(enrollment.definition.keyFieldSince, '9.15.2');
    assert.equal(eventBusData(enrollment.definition, '9.15.2', true, enrollment.fields).keyField?.from, 'upstream');
    const before = eventBusData(enrollment.definition, '9.10.0', true, enrollment.fields).keyField;
    assert.ok(before && before.from !== 'upstream' && before.declaredIn === '9.15.2');
    const role = event('ROLE_ASSIGNMENT_CREATED');
    const bus = eventBusData(role.definition, '11.2.0', role.avro !== null, role.fields);
    assert.equal(bus.keyResolves, false);
    assert.equal(bus.producerSetting, null);
  });

  it('takes the key field from upstream first, then from a public configuration with its source, else says none', () => {
    const byKey = (signal: string) => catalog.events.find((e) => e.definition.signal === signal)!.definition;
    assert.equal(eventBusData(byKey('COURSE_CATALOG_INFO_CHANGED'), '11.2.0', true, []).keyField?.from, 'upstream');
    const configured = catalog.events.find((e) => !e.definition.keyField && (e.definition.busUsage ?? []).some((u) => u.keyField));
    assert.ok(configured, 'an event whose key field only a configuration gives');
    const key = eventBusData(configured.definition, '11.2.0', true, configured.fields).keyField;
    assert.equal(key?.from, 'configuration');
    assert.ok(key?.source?.url.startsWith('https://github.com/'));
    const unknown = catalog.events.find((e) => !e.definition.keyField && !(e.definition.busUsage ?? []).some((u) => u.keyField));
    assert.ok(unknown, 'an event with no key field known');
    assert.equal(eventBusData(unknown.definition, '11.2.0', true, unknown.fields).keyField, null);
  });
});

describe("Next's manifest", () => {
  it('names each event’s producers and consumers with their sources; the sets of releases do not', () => {
    const next = JSON.parse(fs.readFileSync(path.join(root, 'static/schemas/next/index.json'), 'utf8')) as SchemaSetManifest;
    for (const { definition } of catalog.events) {
      const entry = next.events.find((e) => e.signal === definition.signal)!;
      assert.deepEqual(
        entry.producers?.map((p) => p.source),
        definition.producers.map((p) => p.source.url),
        definition.signal,
      );
      assert.deepEqual(
        entry.consumers?.map((c) => [c.repository, c.kind, c.source, c.confidence]),
        definition.consumers.map((c) => [c.repository, c.kind, c.source.url, c.source.confidence]),
        definition.signal,
      );
    }
    for (const set of [...catalog.derived.map((d) => d.manifest), ...catalog.frozen.map((f) => f.manifest)]) {
      assert.ok(
        set.events.every((e) => e.producers === undefined && e.consumers === undefined),
        set.version,
      );
    }
  });
});
