import {
  callbackClosedText,
  callbackEscalationText,
  callbackMovedText,
  callbackReminderText,
  channelAlreadyBoundText,
  channelBoundText,
  channelNotBoundText,
  channelUnknownCenterText,
} from '../../bot/src/cards/callback-notices';
import { aCallback, inStatus } from '../callbacks/callback-fixture';
import { readable } from './readable';

const cso = { code: 'CSO', name: 'Center for Sundhed og Omsorg' };
const deadline = new Date('2026-12-03T14:00:00Z');

describe('notices about a callback', () => {
  test.each`
    outcome          | text
    ${'resolved'}    | ${'Dit tilbagekald TB-1042 (Hjemmehjælp, rengøring) er lukket: Løst.'}
    ${'not_reached'} | ${'Dit tilbagekald TB-1042 (Hjemmehjælp, rengøring) er lukket: Borgeren ikke truffet.'}
    ${'case_system'} | ${'Dit tilbagekald TB-1042 (Hjemmehjælp, rengøring) er lukket: Sendt videre til fagsystem.'}
  `('the agent is told it was closed as $outcome', ({ outcome, text }) => {
    expect(callbackClosedText({ ...inStatus.closed(), outcome })).toBe(text);
  });

  test('the agent is told where a moved callback went and its new reference', () => {
    expect(callbackMovedText(inStatus.moved(), 'CSI', 'TB-1043')).toBe(
      'Dit tilbagekald TB-1042 (Hjemmehjælp, rengøring) er flyttet til CSI og hedder nu TB-1043.',
    );
  });

  test('the reminder in the thread names the reference and the deadline', () => {
    expect(readable(callbackReminderText(aCallback({ deadline })))).toBe(
      'Påmindelse: TB-1042 er ikke taget, og fristen er torsdag 3. december kl. 15.00. Tag opgaven på kortet ovenfor.',
    );
  });

  test.each`
    callback                               | status
    ${aCallback({ deadline })}             | ${'Åben'}
    ${{ ...inStatus.claimed(), deadline }} | ${'Taget af Hanne Holm'}
  `(
    'the escalation to coordinators says the deadline passed and the status is $status',
    ({ callback, status }) => {
      expect(readable(callbackEscalationText(callback))).toBe(
        `Overskredet frist: TB-1042 (Hjemmehjælp, rengøring) hos CSO skulle være klaret senest torsdag 3. december kl. 15.00. Status: ${status}.`,
      );
    },
  );

  test('no notice carries the citizen’s data', () => {
    const cb = aCallback({ ...inStatus.closed(), deadline });
    const all = [
      callbackClosedText(cb),
      callbackReminderText(cb),
      callbackEscalationText(cb),
      callbackMovedText(cb, 'CSI', 'TB-2'),
    ];
    expect(all.join(' ')).not.toMatch(/Birthe|22334455|visitation/);
  });
});

describe('binding a channel to a center', () => {
  test.each`
    opts                                                  | text
    ${{}}                                                 | ${'Denne kanal er nu tilknyttet CSO – Center for Sundhed og Omsorg. Nye tilbagekald til CSO kommer her som nye tråde.'}
    ${{ rebound: true, previousChannelName: 'Generelt' }} | ${'CSO var før tilknyttet kanalen Generelt; nu er det denne.'}
    ${{ rebound: true }}                                  | ${'CSO var før tilknyttet kanalen en anden kanal; nu er det denne.'}
    ${{ pendingCount: 3 }}                                | ${'3 ventende tilbagekald sendes nu hertil.'}
    ${{ pendingCount: 1 }}                                | ${'1 ventende tilbagekald sendes nu hertil.'}
  `('the confirmation with $opts says "$text"', ({ opts, text }) => {
    expect(channelBoundText(cso, opts)).toContain(text);
  });

  test('a first binding does not talk about a previous channel', () => {
    expect(channelBoundText(cso)).not.toContain('var før');
  });

  test('unbound, already bound and unknown codes are explained', () => {
    expect(channelNotBoundText('Kontaktcenter')).toBe(
      'Kanalen er ikke tilknyttet et center. Skriv @Kontaktcenter tilknyt <CENTERKODE> for at tilknytte den.',
    );
    expect(channelAlreadyBoundText('CSO')).toBe('Denne kanal er allerede tilknyttet CSO.');
    expect(channelUnknownCenterText('XYZ', [{ code: 'CSO' }, { code: 'CØI' }])).toBe(
      'Jeg kender ikke centerkoden »XYZ«. Brug en af: CSO, CØI (eller KOORDINATOR for koordinatorernes kanal).',
    );
  });
});
