import type { Callback } from '../../callbacks/callback';
import { toCopenhagen } from '../../centers/copenhagen-time';
import { callbackMessages } from '../../texts/callbacks';
import { isOverdue } from '../../coordinator/callback-views';
import { toCsv, type CsvCell } from './csv';

/** The export's columns (Danish, as the coordinators read them); personal ones only on request. */
const columns = [
  'Reference',
  'Center',
  'Emne',
  'Status',
  'Hastegrad',
  'Taget af',
  'Booket',
  'Frist',
  'Over frist',
  'Lukket',
  'Udfald',
  'Opkaldsforsøg',
  'Flyttet til',
  'Flyttet fra',
];
const personalColumns = ['Borgerens navn', 'Telefon', 'Beskrivelse'];

/** Copenhagen wall time, as people in the meeting remember the day. */
const local = (at: Date | null): string | null => {
  if (!at) return null;
  const wall = toCopenhagen(at);
  return `${wall.date} ${wall.time}`;
};

export function callbacksCsv(callbacks: readonly Callback[], personal: boolean, now: Date): string {
  const rows = callbacks.map((c): CsvCell[] => [
    c.reference,
    c.centerCode,
    c.topic,
    callbackMessages.status[c.status],
    c.urgency === 'urgent' ? 'Haster' : 'Normal',
    c.holder?.name ?? null,
    local(c.bookedAt),
    local(c.deadline),
    isOverdue(c, now) ? 'Ja' : 'Nej',
    local(c.closedAt),
    c.outcome ? callbackMessages.outcome[c.outcome] : null,
    c.attempts,
    c.movedTo,
    c.movedFrom,
    ...(personal ? [c.citizen?.name ?? null, c.citizen?.phone ?? null, c.citizen?.description ?? null] : []),
  ]);
  return toCsv(personal ? [...columns, ...personalColumns] : columns, rows);
}
