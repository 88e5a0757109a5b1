/**
 * Consumers that subscribe to many events the same way: one description each,
 * so that every event page says the same of them. The source differs by
 * event (the line of the plugin's list that subscribes it).
 */
import type { CodeSource, Consumer } from './model';

/**
 * aulasneo/openedx-webhooks, where its receivers run: Studio for
 * content_authoring events, the LMS for the others. `source` is the event's
 * entry in the plugin's list of signals, from which it connects a receiver.
 */
export function openedxWebhooks(runsIn: 'LMS' | 'Studio', source: Omit<CodeSource, 'note'>): Consumer {
  return {
    repository: 'aulasneo/openedx-webhooks',
    service: `openedx-webhooks (plugin in ${runsIn})`,
    use: 'Posts the event data and its metadata to every enabled webhook an administrator configured for this event in the Django admin.',
    kind: 'settings-subscription',
    source: {
      ...source,
      note: `The line is the event's entry in the plugin's list of signals, from which it connects a receiver in ${runsIn === 'LMS' ? 'the LMS' : 'Studio'}; an administrator chooses which events go to which webhook.`,
    },
  };
}
