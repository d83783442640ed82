import { fromCopenhagen } from '../../../bot/src/centers/copenhagen-time';
import type { Inquiry } from '../../../bot/src/inquiries/inquiry-store';
import type { Step, Story } from './dataset';
import { staff } from './dataset';

/**
 * Three weeks around the end of daylight saving (25 Oct 2026) in the three live centers: regular
 * traffic made by a formula, plus bookings a minute either side of local midnight, a move, a
 * reopen, a release and reclaim, and a callback booked before the period but closed in it.
 */
export const now = new Date('2026-11-04T10:30:00Z');
export const period = {
  from: fromCopenhagen('2026-10-19', '00:00'),
  to: fromCopenhagen('2026-11-05', '00:00'),
};
const guidesOf: Record<string, string[]> = {
  CSO: ['hjaelpemiddel-korttidslaan', 'hjemmehjaelp-ansoegning'],
  CSI: ['botilbud', 'stoette-kontaktperson'],
  CBAK: ['boligstoette', 'folkepension'],
};
const live = ['CSO', 'CSI', 'CBAK'] as const;
const minute = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();

function regular(i: number): Story {
  const center = live[i % 3]!;
  const booked = Date.parse('2026-10-15T06:10:00Z') + i * (8 * 60 + 41) * minute;
  const steps: Step[] = [];
  const claim = booked + (((i * 47) % 900) + 5) * minute;
  if (i % 6 !== 0 && claim < now.getTime()) {
    steps.push({ at: iso(claim), do: 'claim' });
    const close = claim + (((i * 83) % 1500) + 10) * minute;
    if (i % 13 === 7 && claim + 120 * minute < now.getTime()) {
      steps.push({ at: iso(claim + 30 * minute), do: 'release' });
      steps.push({ at: iso(claim + 120 * minute), do: 'claim', by: staff(center, 2) });
    } else if (i % 4 !== 0 && close < now.getTime()) {
      steps.push({ at: iso(close), do: 'close' });
      if (i % 11 === 5) steps.push({ at: iso(close + 60 * minute), do: 'reopen' });
    }
  }
  const guides = guidesOf[center]!;
  return {
    center,
    bookedAt: iso(booked),
    ...(i % 5 === 0 ? {} : { guideId: guides[i % guides.length]! }),
    steps,
  };
}

export const stories: Story[] = [
  ...Array.from({ length: 48 }, (_, i) => regular(i)),
  // 00:30 on 21 Oct in Copenhagen (summer time), still 20 Oct in UTC.
  { center: 'CSO', bookedAt: '2026-10-20T22:30:00Z', guideId: 'hjemmehjaelp-ansoegning' },
  // Booked 00:30 on the night clocks go back, claimed Monday, closed 00:30 on 27 Oct (winter time).
  {
    center: 'CSI',
    bookedAt: '2026-10-24T22:30:00Z',
    steps: [
      { at: '2026-10-26T08:00:00Z', do: 'claim' },
      { at: '2026-10-26T23:30:00Z', do: 'close' },
    ],
  },
  { center: 'CBAK', bookedAt: '2026-10-25T23:30:00Z', guideId: 'boligstoette' },
  { center: 'CSO', bookedAt: '2026-11-02T22:59:59Z' },
  // Routed wrongly: CSO moves it to CSI, whose successor is not a new inquiry.
  {
    center: 'CSO',
    bookedAt: '2026-10-28T09:00:00Z',
    guideId: 'hjaelpemiddel-korttidslaan',
    steps: [
      { at: '2026-10-28T09:30:00Z', do: 'claim' },
      { at: '2026-10-28T10:00:00Z', do: 'move', to: 'CSI' },
    ],
  },
  // Booked before the period, closed in it.
  {
    center: 'CBAK',
    bookedAt: '2026-10-01T09:00:00Z',
    steps: [
      { at: '2026-10-01T10:00:00Z', do: 'claim' },
      { at: '2026-10-20T12:00:00Z', do: 'close' },
    ],
  },
  // Half an hour ago: open, not overdue.
  { center: 'CSO', bookedAt: '2026-11-04T10:00:00Z' },
];

export const inquiries: Inquiry[] = [
  ...Array.from({ length: 30 }, (_, j): Inquiry => {
    const center = live[j % 3]!;
    const guides = guidesOf[center]!;
    return {
      at: new Date(Date.parse('2026-10-17T07:00:00Z') + j * (14 * 60 + 13) * minute),
      kind: 'solved_on_call',
      userId: 'aad-agent-1',
      centerCode: center,
      guideId: guides[(j >> 1) % guides.length]!,
    };
  }),
  // Either side of midnight after the clocks went back: 25 Oct 23:30 and 26 Oct 00:10 local.
  { at: new Date('2026-10-25T22:30:00Z'), kind: 'solved_on_call', centerCode: 'CSI', guideId: 'botilbud' },
  { at: new Date('2026-10-25T23:10:00Z'), kind: 'solved_on_call', centerCode: 'CSI', guideId: 'botilbud' },
  // Searches are no solved inquiries.
  { at: new Date('2026-10-21T09:00:00Z'), kind: 'search', queryNormalized: 'botilbud', hitCount: 3 },
];
