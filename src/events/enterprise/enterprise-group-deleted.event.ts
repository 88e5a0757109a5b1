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
      service: 'LMS',
      trigger: 'An enterprise group is deleted in edx-enterprise.',
    },
  ],
  consumers: [
    {
      repository: 'openedx/enterprise-access',
      service: 'enterprise-access',
      use: 'Deletes the links between subsidy access policies and the deleted group.',
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
