import { defineEvent } from '../model';
import { LicenseLifecycle } from '../data/enterprise';

export default defineEvent({
  signal: 'LICENSE_CREATED',
  eventType: 'org.openedx.enterprise.subscription.license.created.v1',
  description:
    'Was to announce that the license manager created a subscription license for an enterprise customer. It was ' +
    'the first event of the enterprise module and lived for one release: 0.8.0 replaced it with ' +
    'SUBSCRIPTION_LICENSE_MODIFIED, which covers every change to a license.',
  producers: [],
  consumers: [],
  noProducerKnown: {
    searched:
      'The whole history of license-manager and the public code at large: the signal existed only in openedx-events 0.7.1 and no code used it.',
  },
  noConsumerKnown: {
    searched:
      'The whole history of license-manager and the public code at large: the signal existed only in openedx-events 0.7.1 and no code used it.',
  },
  data: { lifecycle: LicenseLifecycle },
  examples: [
    {
      lifecycle: {
        license_uuid: 'b3e7a1c9-4d2f-4a8b-9e6c-1f0d5a7c3b82',
        license_activation_key: '8f2c6e1a-7b3d-4c9e-a5f0-2d4b8e6a1c97',
        previous_license_uuid: '',
        assigned_date: '2022-01-10T15:22:04Z',
        activation_date: '',
        assigned_email: 'learner@example.com',
        expiration_processed: false,
        assigned_lms_user_id: null,
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
      release: '0.7.1',
      summary: 'Event added, in the new enterprise domain.',
      breaking: false,
      added: { lifecycle: LicenseLifecycle },
    },
    {
      release: '0.8.0',
      summary:
        'Event removed: SUBSCRIPTION_LICENSE_MODIFIED replaced it, with the same fields under the data key ' +
        '`license`, for every change to a license rather than its creation only.',
      breaking: true,
      eventRemoved: true,
    },
  ],
});
