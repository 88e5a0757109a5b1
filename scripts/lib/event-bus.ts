/**
 * What an operator needs to put an event on the Open edX event bus at a
 * given openedx-events release: whether upstream can send it, the key field,
 * the topics public configurations use, the producer setting in the format
 * of that release, and the command that consumes it. One place for the
 * release-dependent formats, read by the event pages and by the tests that
 * parse the settings as Python.
 *
 * The formats, from upstream's code at each tag:
 * - before 8.6.0, openedx-events reads no producer setting: each service sends
 *   its events to the bus in its own code;
 * - 8.6.0 to 8.9.0: `EVENT_BUS_PRODUCER_CONFIG` maps an event type to a list of
 *   `{'topic', 'event_key_field', 'enabled'}` dicts;
 * - from 9.0.0: it maps an event type to a dict of topics, each to
 *   `{'event_key_field', 'enabled'}`;
 * - `consume_events` is openedx-events' own management command from 7.1.0;
 *   until 8.0.0 it also needs the signal (`-s`), later read from the message.
 */
import type { BusUsage, EventDefinition } from '../../src/events/model';
import type { EventBusData } from '../../src/reference-data';
import { compareReleases } from './history-replay';
import { eventTypeParts } from './event-type';
import { allFields, type FieldNode } from './field-model';

const FIRST_PRODUCER_SETTING = '8.6.0';
const TOPIC_DICT_FORMAT = '9.0.0';
const FIRST_CONSUME_COMMAND = '7.1.0';
const SIGNAL_FROM_MESSAGE = '8.0.0';

/** A Python string literal (single-quoted, as upstream's settings write them). */
function pyString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** The topic to show: the first one public configurations use, else one named after the event's domain and subject. */
function topicOf(eventType: string, usage: BusUsage[]): { topic: string; fromConfiguration: boolean } {
  if (usage.length) return { topic: usage[0].topic, fromConfiguration: true };
  const { domain, subject } = eventTypeParts(eventType);
  return { topic: `${domain}-${subject.replace(/[._]/g, '-')}-lifecycle`, fromConfiguration: false };
}

/**
 * The key field at `release`: upstream's declaration once it is declared,
 * else the first one a public configuration gives, else none known. A
 * declaration that came after the release is named (`declaredIn`), so that
 * an operator on that release knows what later releases chose.
 */
function keyFieldOf(definition: EventDefinition, release: string): EventBusData['keyField'] {
  const { keyField, keyFieldSince } = definition;
  if (keyField && keyFieldSince && compareReleases(keyFieldSince, release) <= 0) {
    return { field: keyField, from: 'upstream', source: null, declaredIn: keyFieldSince };
  }
  const configured = (definition.busUsage ?? []).find((u) => u.keyField);
  if (configured?.keyField)
    return { field: configured.keyField, from: 'configuration', source: configured.source, declaredIn: keyFieldSince ?? null };
  return keyField && keyFieldSince ? { field: keyField, from: 'later-release', source: null, declaredIn: keyFieldSince } : null;
}

/** The `EVENT_BUS_PRODUCER_CONFIG` entry for the event at `release`, as Python; null before the setting existed. */
export function producerSetting(eventType: string, topic: string, keyField: string, release: string): string | null {
  if (compareReleases(release, FIRST_PRODUCER_SETTING) < 0) return null;
  const type = pyString(eventType);
  if (compareReleases(release, TOPIC_DICT_FORMAT) < 0) {
    return [
      'EVENT_BUS_PRODUCER_CONFIG = {',
      `    ${type}: [`,
      '        {',
      `            'topic': ${pyString(topic)},`,
      `            'event_key_field': ${pyString(keyField)},`,
      "            'enabled': True,",
      '        },',
      '    ],',
      '}',
    ].join('\n');
  }
  return [
    'EVENT_BUS_PRODUCER_CONFIG = {',
    `    ${type}: {`,
    `        ${pyString(topic)}: {`,
    `            'event_key_field': ${pyString(keyField)},`,
    "            'enabled': True,",
    '        },',
    '    },',
    '}',
  ].join('\n');
}

/** The command that consumes the topic at `release`; null while the command belonged to the bus implementation. */
export function consumeCommand(signal: string, eventType: string, topic: string, release: string): string | null {
  if (compareReleases(release, FIRST_CONSUME_COMMAND) < 0) return null;
  const base = `python manage.py lms consume_events \\\n    -t ${topic} \\\n    -g <consumer group>`;
  if (compareReleases(release, SIGNAL_FROM_MESSAGE) >= 0) return base;
  return `${base} \\\n    -s openedx_events.${eventTypeParts(eventType).domain}.signals.${signal}`;
}

/**
 * The event-bus section of an event page at `release`. `canSend` is whether
 * upstream's generator of that release maps the event to Avro, which the
 * replay checked against upstream's own list of signals it cannot send.
 */
export function eventBusData(definition: EventDefinition, release: string, canSend: boolean, fields: FieldNode[]): EventBusData {
  const usage = definition.busUsage ?? [];
  const keyField = keyFieldOf(definition, release);
  const keyResolves = keyField !== null && allFields(fields).some((f) => f.path === keyField.field);
  const { topic, fromConfiguration } = topicOf(definition.eventType, usage);
  // A key field that is not in the data would make the producer fail on every event: no setting is offered with it.
  const setting = canSend && keyField && keyResolves ? producerSetting(definition.eventType, topic, keyField.field, release) : null;
  return {
    release,
    canSend,
    keyField,
    keyResolves,
    topics: usage.map((u) => ({ topic: u.topic, keyField: u.keyField ?? null, source: u.source })),
    producerSetting: setting,
    settingTopicFromConfiguration: fromConfiguration,
    consumeCommand: canSend ? consumeCommand(definition.signal, definition.eventType, topic, release) : null,
  };
}
