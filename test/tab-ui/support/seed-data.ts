import type { CloseOutcome, Person } from '../../../bot/src/callbacks/callback';
import type { InquiryKind } from '../../../bot/src/inquiries/inquiry-store';

/**
 * The data the browser suites seed, as plain facts. Times are Copenhagen wall-clock times in
 * November 2026 (UTC+1, no public holidays), so the expected figures can be worked out from
 * this file alone. "Now" is Wednesday 25 November 2026, 12:00.
 */
const nowText = '2026-11-25 12:00';

export const cph = (local: string): Date => new Date(`${local.replace(' ', 'T')}:00+01:00`);
export const now = cph(nowText);

export const agent: Person = { id: 'agent-anna', name: 'Anna Agent' };
export const hanne: Person = { id: 'staff-hanne', name: 'Hanne Hansen' };
const bo: Person = { id: 'staff-bo', name: 'Bo Berg' };

export interface SeedCallback {
  key: string;
  center: string;
  topic: string;
  citizen: { name: string; phone: string; description: string };
  guideId?: string;
  urgency?: 'urgent';
  bookedAt: string;
  deadline: string;
  claim?: { at: string; by: Person };
  attempts?: string[];
  close?: { at: string; outcome: CloseOutcome };
}

const citizen = (name: string, phone: string, description: string) => ({ name, phone, description });

export const seedCallbacks: SeedCallback[] = [
  // This week (Monday 23 – Sunday 29 November).
  {
    key: 'rollator',
    center: 'CSO',
    topic: 'Lån af rollator',
    guideId: 'hjaelpemiddel-korttidslaan',
    citizen: citizen('Karen Nielsen', '22334455', 'Har brug for en rollator efter operation'),
    bookedAt: '2026-11-23 09:00',
    deadline: '2026-11-25 15:00',
    claim: { at: '2026-11-23 09:30', by: hanne },
    close: { at: '2026-11-23 10:30', outcome: 'resolved' },
  },
  {
    key: 'hjemmehjaelp',
    center: 'CSO',
    topic: 'Hjemmehjælp udeblev',
    citizen: citizen('Poul Jensen', '33445566', 'Ingen kom i morges'),
    bookedAt: '2026-11-23 10:00',
    deadline: '2026-11-25 15:00',
    claim: { at: '2026-11-23 11:00', by: hanne },
    attempts: ['2026-11-24 09:00'],
  },
  {
    key: 'madservice',
    center: 'CSO',
    topic: 'Madservice afbestilling',
    urgency: 'urgent',
    citizen: citizen('Grethe Holm', '44556677', 'Vil afbestille mad i julen'),
    bookedAt: '2026-11-24 09:00',
    deadline: '2026-11-24 15:00',
  },
  {
    key: 'boligstoette',
    center: 'CBAK',
    topic: 'Boligstøtte efter flytning',
    guideId: 'boligstoette',
    citizen: citizen('Jens Madsen', '55667788', 'Spørger til boligstøtte'),
    bookedAt: '2026-11-24 13:00',
    deadline: '2026-11-26 15:00',
    claim: { at: '2026-11-24 14:00', by: bo },
    close: { at: '2026-11-25 09:00', outcome: 'resolved' },
  },
  {
    key: 'botilbud',
    center: 'CSI',
    topic: 'Botilbud venteliste',
    citizen: citizen('Lise Berg', '66778899', 'Hvornår kan sønnen flytte ind'),
    bookedAt: '2026-11-25 08:30',
    deadline: '2026-11-27 13:00',
  },
  {
    key: 'merudgifter',
    center: 'CSI',
    topic: 'Merudgifter til barn',
    citizen: citizen('Ole Lund', '77889900', 'Ansøgning om merudgifter'),
    bookedAt: '2026-11-25 09:00',
    deadline: '2026-11-27 13:00',
    claim: { at: '2026-11-25 09:45', by: bo },
  },
  {
    key: 'dagtilbud',
    center: 'CUP',
    topic: 'Opskrivning til dagtilbud',
    guideId: 'dagtilbud-opskrivning',
    citizen: citizen('Mette Kjær', '88990011', 'Opskrivning til vuggestue'),
    bookedAt: '2026-11-23 11:00',
    deadline: '2026-11-26 15:00',
    claim: { at: '2026-11-23 11:20', by: bo },
    close: { at: '2026-11-23 14:20', outcome: 'case_system' },
  },
  // Last week: overdue, or claimed and closed only this week, or entirely last week.
  {
    key: 'hjaelpemiddel-reparation',
    center: 'CSO',
    topic: 'Reparation af kørestol',
    citizen: citizen('Erik Dam', '99001122', 'Kørestolen er i stykker'),
    bookedAt: '2026-11-19 10:00',
    deadline: '2026-11-23 15:00',
    claim: { at: '2026-11-19 10:40', by: hanne },
  },
  {
    key: 'digital-post',
    center: 'CBAK',
    topic: 'Fuldmagt til digital post',
    citizen: citizen('Inge Vang', '21212121', 'Datter vil have fuldmagt'),
    bookedAt: '2026-11-20 12:00',
    deadline: '2026-11-24 15:00',
    claim: { at: '2026-11-23 09:00', by: bo },
    close: { at: '2026-11-23 10:00', outcome: 'resolved' },
  },
  {
    key: 'plejebolig',
    center: 'CSO',
    topic: 'Plejebolig venteliste',
    citizen: citizen('Anne Friis', '31313131', 'Hvor længe er ventetiden'),
    bookedAt: '2026-11-16 09:00',
    deadline: '2026-11-18 15:00',
    claim: { at: '2026-11-16 09:10', by: hanne },
    close: { at: '2026-11-16 11:00', outcome: 'resolved' },
  },
];

export interface SeedInquiry {
  at: string;
  kind: InquiryKind;
  center?: string;
  guideId?: string;
  query?: string;
  hits?: number;
  /** Who searched, when not the suite's agent (the gap report needs two agents). */
  agentId?: string;
}

const solved = (at: string, center: string, guideId?: string): SeedInquiry => ({
  at,
  kind: 'solved_on_call',
  center,
  ...(guideId ? { guideId } : {}),
});
const search = (at: string, query: string, hits: number, agentId?: string): SeedInquiry => ({
  at,
  kind: 'search',
  query,
  hits,
  ...(agentId ? { agentId } : {}),
});

const referred = (at: string, referralId: string): SeedInquiry => ({
  at,
  kind: 'referred',
  guideId: referralId,
});

export const seedInquiries: SeedInquiry[] = [
  referred('2026-11-23 11:00', 'henvis-skat-forskudsopgoerelse'),
  referred('2026-11-24 11:00', 'henvis-skat-forskudsopgoerelse'),
  referred('2026-11-24 14:00', 'henvis-familieretshuset'),
  // Before the last 30 days: not counted there.
  referred('2026-10-01 11:00', 'henvis-familieretshuset'),
  solved('2026-11-23 09:10', 'CSO', 'hjaelpemiddel-korttidslaan'),
  solved('2026-11-24 10:10', 'CSO', 'hjaelpemiddel-korttidslaan'),
  solved('2026-11-25 08:10', 'CSO', 'hjaelpemiddel-korttidslaan'),
  solved('2026-11-25 10:00', 'CSO'),
  solved('2026-11-23 12:00', 'CBAK', 'boligstoette'),
  solved('2026-11-24 12:00', 'CBAK'),
  solved('2026-11-25 11:00', 'CBAK'),
  solved('2026-11-24 13:00', 'CUP'),
  solved('2026-11-18 10:00', 'CSO'),
  solved('2026-11-17 10:00', 'CSO', 'hjaelpemiddel-korttidslaan'),
  search('2026-11-23 09:00', 'parkeringslicens', 0),
  search('2026-11-24 09:00', 'parkeringslicens', 0, 'aad-agent-2'),
  search('2026-11-25 09:00', 'parkeringslicens', 0),
  // One agent, one day: the gap report leaves it out (decision 0021).
  search('2026-11-24 11:00', 'hundeskat', 0),
  search('2026-11-24 11:30', 'rollator', 3),
];

/** The channel bound to a center (readiness in the wave plan). */
export const seedBinding = { center: 'CSO', channelName: 'Tilbagekald CSO' };
