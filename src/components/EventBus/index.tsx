/**
 * An event on the Open edX event bus at the page's release: whether upstream
 * can send it, its key field, the topics public configurations use (with
 * their sources), the producer setting in that release's format and the
 * command that consumes it. The data comes from scripts/lib/event-bus.ts.
 */
import React from 'react';
import SourceLink from '../CodeSource';
import type { EventBusData } from '../../reference-data';
import { type EventProps } from '../shared/event-page';
import styles from './styles.module.css';

function Code({ text, label }: { text: string; label: string }): React.JSX.Element {
  return (
    // Focusable, so that a keyboard can scroll it on a narrow screen; kept out of the search index, whose
    // ranking its many tokens (the same on every event page) would only dilute.
    <pre className={styles.code} tabIndex={0} aria-label={label} data-pagefind-ignore="">
      <code>{text}</code>
    </pre>
  );
}

/** Where the key field comes from, in words. */
function KeyFieldOrigin({ keyField, release }: { keyField: NonNullable<EventBusData['keyField']>; release: string }): React.JSX.Element {
  if (keyField.from === 'upstream') return <>(declared by openedx-events since {keyField.declaredIn})</>;
  if (keyField.from === 'later-release') {
    return (
      <>
        (openedx-events {release} declares none; {keyField.declaredIn} declares this one)
      </>
    );
  }
  return (
    <>
      (openedx-events {release} declares none{keyField.declaredIn ? `; ${keyField.declaredIn} declares one` : ''}; a public configuration
      uses this one: {keyField.source ? <SourceLink source={keyField.source} /> : null})
    </>
  );
}

export default function EventBus({ event }: EventProps): React.JSX.Element {
  const bus = event.eventBus;
  if (!bus) return <p>Upstream removed this event: no release sends it any more.</p>;
  return (
    <div className={styles.bus}>
      <p>
        {bus.canSend ? (
          <>
            openedx-events {bus.release} can send {event.signal} over the event bus.
          </>
        ) : (
          <>
            openedx-events {bus.release} cannot send {event.signal} over the event bus: its generator has no Avro schema for this data
            {'unavailable' in event.avro && event.avro.unavailable ? ` (${event.avro.unavailable})` : ''}.
          </>
        )}
      </p>
      <dl className={styles.facts}>
        <dt>Key field</dt>
        <dd>
          {bus.keyField ? (
            <>
              <code>{bus.keyField.field}</code> <KeyFieldOrigin keyField={bus.keyField} release={bus.release} />
            </>
          ) : (
            'None known: openedx-events declares none and no public configuration names one. Choose a field that orders the events you need ordered.'
          )}
        </dd>
        <dt>Topics in public configurations</dt>
        <dd>
          {bus.topics.length ? (
            <ul className={styles.topics}>
              {bus.topics.map((t) => (
                <li key={`${t.topic} ${t.source.url}`}>
                  <code>{t.topic}</code>
                  {t.keyField ? (
                    <>
                      {' '}
                      keyed by <code>{t.keyField}</code>
                    </>
                  ) : null}
                  : <SourceLink source={t.source} />
                </li>
              ))}
            </ul>
          ) : (
            'None known.'
          )}
        </dd>
      </dl>
      {bus.producerSetting ? (
        <>
          <p>
            The producer setting, in the format of openedx-events {bus.release}
            {bus.settingTopicFromConfiguration ? '' : ' (no public configuration names a topic: replace the one shown with yours)'}:
          </p>
          <Code text={bus.producerSetting} label="Producer setting" />
        </>
      ) : bus.canSend && bus.keyField && !bus.keyResolves ? (
        <p>
          No producer setting is shown: the key field <code>{bus.keyField.field}</code> is not a field of this event’s data at {bus.release}
          , so a producer configured with it would fail (see Known issues). Choose a field of the data instead.
        </p>
      ) : bus.canSend ? (
        <p>
          {bus.keyField
            ? `openedx-events ${bus.release} reads no producer setting: the service that sends the event puts it on the bus in its own code.`
            : 'No producer setting is shown, as no key field is known.'}
        </p>
      ) : null}
      {bus.consumeCommand ? (
        <>
          <p>A consumer reads the topic with openedx-events’ management command, in the service that receives the event:</p>
          <Code text={bus.consumeCommand} label="Consumer command" />
        </>
      ) : null}
    </div>
  );
}
