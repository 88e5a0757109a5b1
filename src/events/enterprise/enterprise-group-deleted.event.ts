import { defineEvent } from '../model';
import { EnterpriseGroup } from '../data/enterprise';

export default defineEvent({
  signal: 'ENTERPRISE_GROUP_DELETED',
  eventType: 'org.openedx.enterprise.enterprise_group.deleted.v1',
  description:
    'edx-enterprise announces that a group of learners of an enterprise customer was deleted, so that other ' +
    'enterprise services can drop what they tie to the group.',
  producers: [
    {
      repository: 'openedx/edx-enterprise',
      service: 'LMS (edx-enterprise plugin)',
      trigger: 'An EnterpriseGroup is soft-deleted (is_removed flips to true on save) or hard-deleted.',
      source: {
        url: 'https://github.com/openedx/edx-enterprise/blob/553048e4bc067d40b5a58e6e5cf368020587867c/enterprise/signals.py#L488',
        confidence: 'read',
        note: 'Only on the unmerged edx-enterprise branches group-delete-event / group-delete-event-2 (this is group-delete-event-2, Aug 2025); not on master 06d3340eeb51f10e18a73b200e76690249509702. Hard-delete path at https://github.com/openedx/edx-enterprise/blob/553048e4bc067d40b5a58e6e5cf368020587867c/enterprise/signals.py#L464; send_event at https://github.com/openedx/edx-enterprise/blob/553048e4bc067d40b5a58e6e5cf368020587867c/enterprise/event_bus.py#L83.',
      },
    },
  ],
  consumers: [
    {
      repository: 'openedx/enterprise-access',
      service: 'Enterprise Access',
      use: 'Deletes the policy-to-group associations (PolicyGroupAssociation) for the deleted group.',
      kind: 'event-bus-consumer',
      source: {
        url: 'https://github.com/openedx/enterprise-access/blob/0212e8817cb9dd9ca4bd7c3661a840b02c8f5857/enterprise_access/apps/subsidy_access_policy/signals.py#L15',
        confidence: 'read',
        note: "Only on the unmerged enterprise-access branch feat--add-enterprise-group-deletion-signal (Aug 2025), not on main ee7d23a87e40055fee70d3dfdf6006970ddc66eb. That branch's devstack compose runs consume_events -t enterprise-groups-lifecycle: https://github.com/openedx/enterprise-access/blob/0212e8817cb9dd9ca4bd7c3661a840b02c8f5857/docker-compose.yml#L114.",
      },
    },
  ],
  data: { enterprise_group: EnterpriseGroup },
  examples: [{ enterprise_group: { uuid: 'c41e7a90-5b3d-4f62-9e8a-2d7b0c6f1e35' } }],
  history: [
    {
      release: '10.4.0',
      summary: 'Event added, carrying the UUID of the deleted group.',
      breaking: false,
      added: { enterprise_group: EnterpriseGroup },
    },
  ],
});
