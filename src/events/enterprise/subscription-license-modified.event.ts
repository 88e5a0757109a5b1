import { defineEvent } from '../model';
import { SubscriptionLicenseData } from '../data/enterprise';

export default defineEvent({
  signal: 'SUBSCRIPTION_LICENSE_MODIFIED',
  eventType: 'org.openedx.enterprise.subscription.license.modified.v0',
  description:
    'Announced that the license manager changed a subscription license: created, assigned, activated, renewed, ' +
    'revoked and so on. Upstream defined it to try out the event bus and warned against using it; it was removed ' +
    'in 2.0.0.',
  producers: [
    {
      repository: 'openedx/license-manager',
      service: 'License Manager',
      trigger:
        'A license lifecycle change was tracked (the same code path that sends the Segment license event) while the KAFKA_ENABLED toggle was on.',
      source: {
        url: 'https://github.com/openedx/license-manager/blob/97ffc8353f315d326ffda25a6b1d3ea0a9be68cf/license_manager/apps/subscriptions/event_utils.py#L190',
        confidence: 'read',
        note: "Historical: last commit before 'feat: remove SUBSCRIPTION_LICENSE_MODIFIED signal send (#443)', Aug 2022. Added May 2022 (abdfd31).",
      },
    },
  ],
  consumers: [
    {
      repository: 'openedx/license-manager',
      service: 'License Manager',
      use: 'Forwarded the event to Kafka by hand (topic LICENSE_TOPIC_NAME, key = enterprise customer UUID, ce_type header) - an in-process bridge before the generic producer existed.',
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/openedx/license-manager/blob/97ffc8353f315d326ffda25a6b1d3ea0a9be68cf/license_manager/apps/subscriptions/signals/receivers.py#L27',
        confidence: 'read',
        note: 'Historical (removed Aug 2022).',
      },
    },
    {
      repository: 'edx/edx-arch-experiments',
      service: 'LMS (edx-arch-experiments kafka_consumer plugin)',
      use: 'Only logged the license data received from the bus (experiment).',
      kind: 'event-bus-consumer',
      source: {
        url: 'https://github.com/edx/edx-arch-experiments/blob/7146b62063556b149cb9643a8e5f07d205bca5e9/edx_arch_experiments/kafka_consumer/signals/receivers.py#L12',
        confidence: 'read',
        note: 'Historical (2022). Its consume_events command was hard-wired to this signal; help text example: consume_events -t license-event-prod (https://github.com/edx/edx-arch-experiments/blob/7146b62063556b149cb9643a8e5f07d205bca5e9/edx_arch_experiments/kafka_consumer/management/commands/consume_events.py#L48). The code was then copied into event-bus-kafka (edx_event_bus_kafka/consumer/signals/receivers.py, https://github.com/openedx/event-bus-kafka/blob/80d998b5f2bcf6543d0a9abd108f91e2891ff6f1/edx_event_bus_kafka/consumer/signals/receivers.py#L12) and switched to SESSION_LOGIN_COMPLETED a few days later.',
      },
    },
  ],
  data: { license: SubscriptionLicenseData },
  examples: [
    {
      license: {
        license_uuid: 'b3e7a1c9-4d2f-4a8b-9e6c-1f0d5a7c3b82',
        license_activation_key: '8f2c6e1a-7b3d-4c9e-a5f0-2d4b8e6a1c97',
        previous_license_uuid: '',
        assigned_date: '2022-09-12T15:22:04Z',
        activation_date: '2022-09-13T08:41:37Z',
        expiration_processed: false,
        assigned_lms_user_id: 48213,
        auto_applied: false,
        enterprise_customer_uuid: '6d1e8b3f-2a4c-4b9e-8f7a-c5d0e3b1a926',
        enterprise_customer_slug: 'example-corp',
        enterprise_customer_name: 'Example Corp',
        customer_agreement_uuid: '4a9c2e7b-1d3f-4b6a-8c5e-9f0b2d7a3e61',
      },
    },
  ],
  history: [
    {
      release: '0.8.0',
      summary: 'Event added, replacing LICENSE_CREATED: the same license fields, for every change to a license.',
      breaking: false,
      added: { license: SubscriptionLicenseData },
    },
    {
      release: '0.9.1',
      summary: 'The event type went from `.v1` to `.v0`; upstream gave no reason, the event being an unfinished ' + 'event-bus prototype.',
      breaking: true,
      renamedFrom: 'org.openedx.enterprise.subscription.license.modified.v1',
    },
    {
      release: '2.0.0',
      summary: 'Event removed, with its data class: only experimental event-bus code used it.',
      breaking: true,
      eventRemoved: true,
    },
  ],
  exceptions: [
    {
      rule: 'event-type-pattern',
      reason:
        'The event type ends with `.v0`, where major versions start at 1: upstream lowered it from `.v1` in 0.9.1, ' +
        'while the event was an event-bus prototype.',
    },
  ],
});
