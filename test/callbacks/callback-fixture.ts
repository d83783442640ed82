import type { Callback, Person } from '../../bot/src/callbacks/callback';

export const hanne: Person = { id: 'aad-hanne', name: 'Hanne Holm' };
export const ole: Person = { id: 'aad-ole', name: 'Ole Olsen' };
const agent: Person = { id: 'aad-agent', name: 'Aya Agent' };

const bookedAt = new Date('2026-09-14T08:30:00Z');
export const later = new Date('2026-09-14T10:00:00Z');

/** A callback as the CSO channel would see it; override what a test is about. */
export function aCallback(overrides: Partial<Callback> = {}): Callback {
  return {
    id: 'cb-1',
    reference: 'TB-1042',
    centerCode: 'CSO',
    topic: 'Hjemmehjælp, rengøring',
    guideId: 'hjemmehjaelp-rengoering',
    citizen: { name: 'Birthe Borger', phone: '22334455', description: 'Vil høre om visitation.' },
    timeWindow: 'i dag 10-12',
    urgency: 'normal',
    status: 'open',
    holder: null,
    attempts: 0,
    outcome: null,
    bookedBy: agent,
    bookedAt,
    deadline: new Date('2026-09-16T14:00:00Z'),
    claimedAt: null,
    closedAt: null,
    movedTo: null,
    movedFrom: null,
    version: 1,
    ...overrides,
  };
}

/** The same callback in each status, as the lifecycle would have left it. */
export const inStatus = {
  open: () => aCallback(),
  claimed: () => aCallback({ status: 'claimed', holder: hanne, claimedAt: bookedAt, attempts: 2 }),
  closed: () =>
    aCallback({
      status: 'closed',
      holder: hanne,
      claimedAt: bookedAt,
      closedAt: bookedAt,
      outcome: 'resolved',
    }),
  moved: () => aCallback({ status: 'moved', citizen: null, movedTo: 'TB-1043', closedAt: bookedAt }),
} as const;
