import path from 'node:path';
import type { Callback, Person } from '../../bot/src/callbacks/callback';
import type { Center } from '../../bot/src/centers/center';
import { loadCalendar } from '../../bot/src/centers/load-calendar';
import { loadCenters } from '../../bot/src/centers/load-centers';
import { callbackDeadline, type CalendarConfig } from '../../bot/src/centers/working-days';
import type { Guide } from '../../bot/src/guides/guide';
import type { GuideCatalog } from '../../bot/src/guides/guide-catalog';
import { loadCatalog } from '../../bot/src/guides/load-catalog';

/**
 * The product's own knowledge folder and a made-up morning to show it on: Monday 14 September
 * 2026, 10:30 in Copenhagen, two weeks into wave 1 (CBAK, CSO and CSI live; CUP and later not yet).
 * Every person and phone number here is invented.
 */
const sampleNow = new Date('2026-09-14T08:30:00Z');

export interface SampleWorld {
  now: Date;
  centers: Center[];
  calendar: CalendarConfig;
  catalog: GuideCatalog;
  center(code: string): Center;
  guide(id: string): Guide;
}

export function loadSampleWorld(repoRoot: string): SampleWorld {
  const knowledge = path.join(repoRoot, 'knowledge');
  const centers = loadCenters(path.join(knowledge, 'centers.yaml'));
  const { catalog, problems } = loadCatalog({
    dir: knowledge,
    synonymsFile: path.join(knowledge, 'synonyms.yaml'),
    centerCodes: centers.map((c) => c.code),
  });
  if (problems.length > 0) throw new Error(`knowledge/ has broken guides: ${problems[0]?.file}`);
  return {
    now: sampleNow,
    centers,
    calendar: loadCalendar(path.join(knowledge, 'calendar.yaml')),
    catalog,
    center: (code) =>
      required(
        centers.find((c) => c.code === code),
        `center ${code}`,
      ),
    guide: (id) => required(catalog.get(id), `guide ${id}`),
  };
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the sample pictures need ${what} in knowledge/`);
  return value;
}

export const samplePeople = {
  agent: { id: 'sample-aad-agent', name: 'Sofie Lund' },
  staff: { id: 'sample-aad-staff', name: 'Hanne Holm' },
} satisfies Record<string, Person>;

/** The citizen of the story: invented, with the placeholder number the booking form suggests. */
export const sampleCitizen = {
  name: 'Birthe Borger',
  phone: '22334455',
  description:
    'Hjemmehjælpen er ikke kommet til rengøring to gange i denne uge. Borgeren vil gerne høre, om hjælpen kan flyttes til en anden ugedag.',
};

/** A callback booked from a guide at `bookedAt`, with the deadline the product would count. */
export function sampleCallback(
  world: SampleWorld,
  guideId: string,
  booking: { reference: string; centerCode?: string; bookedAt?: Date },
  overrides: Partial<Callback> = {},
): Callback {
  const guide = world.guide(guideId);
  const center = world.center(booking.centerCode ?? guide.center);
  const bookedAt = booking.bookedAt ?? world.now;
  return {
    id: `sample-${booking.reference}`,
    reference: booking.reference,
    centerCode: center.code,
    topic: guide.title,
    guideId: guide.id,
    citizen: sampleCitizen,
    timeWindow: 'I dag eftermiddag',
    urgency: 'normal',
    status: 'open',
    holder: null,
    attempts: 0,
    outcome: null,
    bookedBy: samplePeople.agent,
    bookedAt,
    deadline: callbackDeadline(bookedAt, center.deadlineWorkingDays, world.calendar),
    claimedAt: null,
    closedAt: null,
    movedTo: null,
    movedFrom: null,
    version: 1,
    ...overrides,
  };
}
