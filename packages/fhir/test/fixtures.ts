/** Hand-written, realistic records for example-based tests. */
import type { CarePlan, PersonId, RecordId, TenantId } from '@livewell/core';

const t = 'practice-1' as TenantId;
const person = 'person_1' as PersonId;
const nurse = { kind: 'practitioner', practitionerId: 'nurse-1', role: 'nurse' } as const;
const me = { kind: 'person', personId: person } as const;

/** An agreed plan with one goal, one rated action plan and a carer. */
export const agreedPlan = {
  schemaVersion: 2,
  id: 'plan-2' as RecordId,
  tenantId: t,
  personId: person,
  state: 'active',
  revision: 2,
  replaces: 'plan-1' as RecordId,
  careTeam: {
    members: [{ practitionerId: 'nurse-1', role: 'nurse', isCoordinator: true }],
    carers: [{ carerId: 'carer-1', consentToShare: true }],
  },
  createdAt: '2026-03-01T09:00:00Z',
  updatedAt: '2026-03-15T10:30:00Z',
  appointments: [],
  preparation: { sentAt: '2026-03-01T09:00:00Z', reminders: [] },
  whatMattersToMe: [
    {
      id: 'wmtm-1' as RecordId,
      text: 'Being able to walk my granddaughter to school',
      inOwnWords: true,
      recordedAt: '2026-03-15T10:00:00Z',
      recordedBy: me,
    },
  ],
  goals: [
    {
      id: 'goal-1' as RecordId,
      description: 'Walk to the school gate without stopping',
      domain: 'biological',
      owner: 'person',
      status: 'agreed',
      achievement: 'improving',
      targetDate: '2026-06-30',
      setAt: '2026-03-15T10:05:00Z',
      setBy: me,
    },
  ],
  actionPlans: [
    {
      id: 'action-1' as RecordId,
      goalId: 'goal-1' as RecordId,
      what: 'Walk to the end of the road',
      howMuch: '10 minutes',
      when: 'after breakfast',
      howOften: 'three times a week',
      owner: me,
      confidence: 8,
      barriers: ['bad weather'],
      supportNeeded: [],
      needsRevision: false,
      checkIns: [],
      draftedAt: '2026-03-15T10:10:00Z',
    },
  ],
  supportContacts: [],
  reviews: [],
  reviewDate: '2027-03-15',
  agreedAt: '2026-03-15T10:30:00Z',
} as unknown as CarePlan;

export const fixtureIds = { tenant: t, person, nurse };
