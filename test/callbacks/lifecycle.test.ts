import type { CallbackStatus, Person } from '../../bot/src/callbacks/callback';
import type { CallbackAction, CallbackActionType } from '../../bot/src/callbacks/callback-action';
import { applyAction, transitionTable } from '../../bot/src/callbacks/lifecycle';
import { describeRefusal } from '../../bot/src/callbacks/refusal-text';
import { aCallback, hanne, inStatus, later, ole } from './callback-fixture';

const actions: Record<CallbackActionType, CallbackAction> = {
  claim: { type: 'claim' },
  release: { type: 'release' },
  attempt: { type: 'attempt', note: 'no_answer' },
  close: { type: 'close', outcome: 'resolved' },
  reopen: { type: 'reopen' },
  move: { type: 'move', toCenterCode: 'CBAK', newReference: 'TB-1043' },
};
const by: Record<'holder' | 'other', Person> = { holder: hanne, other: ole };
const NOT_ALLOWED = 'TRANSITION_NOT_ALLOWED';

// Hanne holds the claimed callback and closed the closed one; Ole is another member of the center.
describe('transition matrix', () => {
  test.each<[CallbackStatus, CallbackActionType, 'holder' | 'other', string]>([
    ['open', 'claim', 'other', 'claimed'],
    ['open', 'release', 'other', NOT_ALLOWED],
    ['open', 'attempt', 'other', NOT_ALLOWED],
    ['open', 'close', 'other', NOT_ALLOWED],
    ['open', 'reopen', 'other', NOT_ALLOWED],
    ['open', 'move', 'other', 'moved'],
    ['claimed', 'claim', 'holder', 'claimed'],
    ['claimed', 'claim', 'other', 'CALLBACK_ALREADY_CLAIMED'],
    ['claimed', 'release', 'holder', 'open'],
    ['claimed', 'release', 'other', 'FORBIDDEN'],
    ['claimed', 'attempt', 'holder', 'claimed'],
    ['claimed', 'attempt', 'other', 'FORBIDDEN'],
    ['claimed', 'close', 'holder', 'closed'],
    ['claimed', 'close', 'other', 'FORBIDDEN'],
    ['claimed', 'reopen', 'holder', NOT_ALLOWED],
    ['claimed', 'move', 'holder', 'moved'],
    ['claimed', 'move', 'other', 'FORBIDDEN'],
    ['closed', 'claim', 'holder', NOT_ALLOWED],
    ['closed', 'release', 'holder', NOT_ALLOWED],
    ['closed', 'attempt', 'holder', NOT_ALLOWED],
    ['closed', 'close', 'holder', NOT_ALLOWED],
    ['closed', 'reopen', 'holder', 'open'],
    ['closed', 'reopen', 'other', 'open'],
    ['closed', 'move', 'other', NOT_ALLOWED],
    ['moved', 'claim', 'other', NOT_ALLOWED],
    ['moved', 'release', 'other', NOT_ALLOWED],
    ['moved', 'attempt', 'other', NOT_ALLOWED],
    ['moved', 'close', 'other', NOT_ALLOWED],
    ['moved', 'reopen', 'other', NOT_ALLOWED],
    ['moved', 'move', 'other', NOT_ALLOWED],
  ])('%s + %s by %s -> %s', (from, action, who, expected) => {
    const result = applyAction(inStatus[from](), actions[action], by[who], later);
    expect(result.ok ? result.callback.status : result.code).toBe(expected);
  });

  test('the table reads as the documented lifecycle', () => {
    const lines = Object.entries(transitionTable).flatMap(([from, row]) =>
      Object.entries(row).map(([action, t]) => `${from} --${action}--> ${t.to} (${t.by})`),
    );
    console.log(lines.join('\n'));
    expect(lines).toEqual([
      'open --claim--> claimed (anyone)',
      'open --move--> moved (anyone)',
      'claimed --claim--> claimed (holder)',
      'claimed --release--> open (holder)',
      'claimed --attempt--> claimed (holder)',
      'claimed --close--> closed (holder)',
      'claimed --move--> moved (holder)',
      'closed --reopen--> open (anyone)',
    ]);
  });
});

describe('claim', () => {
  test('the claimer becomes the holder, with the time, and the version moves on', () => {
    const result = applyAction(aCallback({ version: 7 }), actions.claim, ole, later);
    expect(result).toMatchObject({
      ok: true,
      changed: true,
      callback: { status: 'claimed', holder: ole, claimedAt: later, version: 8 },
      event: {
        callbackId: 'cb-1',
        at: later,
        actor: ole,
        action: 'claim',
        fromStatus: 'open',
        toStatus: 'claimed',
      },
      successor: null,
    });
  });

  test('when a second person claims a claimed callback, they are told who holds it', () => {
    const result = applyAction(inStatus.claimed(), actions.claim, ole, later);
    expect(result).toMatchObject({ ok: false, code: 'CALLBACK_ALREADY_CLAIMED', holder: hanne });
    if (result.ok) throw new Error('expected a refusal');
    expect(describeRefusal(result)).toBe('Tilbagekaldet er allerede taget af Hanne Holm.');
  });

  test('a double click by the holder changes nothing, so nothing is saved or posted', () => {
    const callback = inStatus.claimed();
    expect(applyAction(callback, actions.claim, hanne, later)).toEqual({
      ok: true,
      changed: false,
      callback,
    });
  });

  test('holders are recognised by their Entra id, not by a look-alike name', () => {
    const impostor = { id: 'aad-someone-else', name: hanne.name };
    expect(applyAction(inStatus.claimed(), actions.release, impostor, later)).toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});

describe('release and attempts', () => {
  test('releasing reopens the callback for others but keeps the attempts already made', () => {
    const result = applyAction(inStatus.claimed(), actions.release, hanne, later);
    expect(result).toMatchObject({
      ok: true,
      callback: { status: 'open', holder: null, claimedAt: null, attempts: 2 },
    });
  });

  test.each(['no_answer', 'try_later'] as const)(
    'an attempt (%s) is counted and logged with its note',
    (note) => {
      const result = applyAction(inStatus.claimed(), { type: 'attempt', note }, hanne, later);
      expect(result).toMatchObject({
        ok: true,
        callback: { status: 'claimed', attempts: 3, holder: hanne },
        event: { details: { note, attempts: 3 } },
      });
    },
  );
});

describe('close', () => {
  test.each`
    outcome          | attempts | minAttempts  | expected
    ${'resolved'}    | ${0}     | ${undefined} | ${'closed'}
    ${'case_system'} | ${0}     | ${undefined} | ${'closed'}
    ${'not_reached'} | ${1}     | ${undefined} | ${NOT_ALLOWED}
    ${'not_reached'} | ${2}     | ${undefined} | ${'closed'}
    ${'not_reached'} | ${2}     | ${3}         | ${NOT_ALLOWED}
    ${'not_reached'} | ${3}     | ${3}         | ${'closed'}
  `(
    '$outcome after $attempts attempts (rule: $minAttempts) -> $expected',
    ({ outcome, attempts, minAttempts, expected }) => {
      const callback = aCallback({ status: 'claimed', holder: hanne, attempts });
      const rules = minAttempts === undefined ? undefined : { minAttemptsForNotReached: minAttempts };
      const result = applyAction(callback, { type: 'close', outcome }, hanne, later, rules);
      expect(result.ok ? result.callback.status : result.code).toBe(expected);
    },
  );

  test('closing as not reached too early says how many attempts are missing', () => {
    const callback = aCallback({ status: 'claimed', holder: hanne, attempts: 1 });
    const result = applyAction(callback, { type: 'close', outcome: 'not_reached' }, hanne, later);
    if (result.ok) throw new Error('expected a refusal');
    expect(describeRefusal(result)).toBe(
      'Registrér mindst 2 opkaldsforsøg, før du lukker som »Borgeren ikke truffet« (1 indtil nu).',
    );
  });

  test('a closed callback keeps its outcome, closing time and who closed it', () => {
    const result = applyAction(inStatus.claimed(), { type: 'close', outcome: 'case_system' }, hanne, later);
    expect(result).toMatchObject({
      ok: true,
      callback: { status: 'closed', outcome: 'case_system', closedAt: later, holder: hanne },
      event: { details: { outcome: 'case_system', attempts: 2 } },
    });
  });
});

test('a callback closed because the citizen asked for erasure cannot be reopened: there is nobody to call', () => {
  const erased = { ...inStatus.closed(), outcome: 'erased_on_request' as const, holder: null, citizen: null };
  const result = applyAction(erased, actions.reopen, ole, later);

  expect(result).toMatchObject({ ok: false, code: 'TRANSITION_NOT_ALLOWED', reason: 'erased' });
  if (result.ok) throw new Error('expected a refusal');
  expect(describeRefusal(result)).toBe(
    'Borgerens oplysninger er slettet efter anmodning, så tilbagekaldet kan ikke genåbnes. Book et nyt, hvis borgeren henvender sig igen.',
  );
});

test('reopening clears holder and outcome so the center sees it as new work', () => {
  const result = applyAction(inStatus.closed(), actions.reopen, ole, later);
  expect(result).toMatchObject({
    ok: true,
    callback: { status: 'open', holder: null, outcome: null, claimedAt: null, closedAt: null },
    event: { details: { previousOutcome: 'resolved' } },
  });
});

describe('move', () => {
  test('the new center gets an open copy that points back, and the citizen data leaves the old one', () => {
    const result = applyAction(inStatus.claimed(), actions.move, hanne, later);
    if (!result.ok || !result.changed) throw new Error('expected a move');
    expect(result.callback).toMatchObject({
      status: 'moved',
      movedTo: 'TB-1043',
      citizen: null,
      holder: null,
    });
    expect(result.successor).toEqual({
      ...aCallback(),
      id: undefined,
      deadline: undefined,
      version: undefined,
      reference: 'TB-1043',
      centerCode: 'CBAK',
      bookedAt: later,
      movedFrom: 'TB-1042',
    });
    expect(result.event.details).toEqual({ fromCenterCode: 'CSO', toCenterCode: 'CBAK', movedTo: 'TB-1043' });
  });

  test.each(['CSO', 'cso', ' CSO '])('moving to its own center (%j) is refused', (toCenterCode) => {
    const result = applyAction(aCallback(), { ...actions.move, toCenterCode } as CallbackAction, ole, later);
    if (result.ok) throw new Error('expected a refusal');
    expect(describeRefusal(result)).toBe('Tilbagekaldet hører allerede til CSO. Vælg et andet center.');
  });

  test('acting on a moved callback points to its successor', () => {
    const result = applyAction(inStatus.moved(), actions.claim, ole, later);
    if (result.ok) throw new Error('expected a refusal');
    expect(describeRefusal(result)).toContain('TB-1043');
  });
});

test.each(Object.keys(inStatus) as CallbackStatus[])(
  'no event from a %s callback carries citizen data',
  (status) => {
    for (const action of Object.values(actions)) {
      for (const actor of [hanne, ole]) {
        const result = applyAction(inStatus[status](), action, actor, later);
        if (result.ok && result.changed)
          expect(JSON.stringify(result.event)).not.toMatch(/Birthe|22334455|visitation/);
      }
    }
  },
);

describe('refusal texts', () => {
  test.each<[CallbackStatus, CallbackActionType, string]>([
    ['open', 'release', 'Tilbagekaldet er ikke taget af nogen. Tag opgaven først.'],
    ['open', 'reopen', 'Tilbagekaldet er allerede åbent.'],
    ['claimed', 'reopen', 'Kun et lukket tilbagekald kan genåbnes.'],
    ['closed', 'attempt', 'Tilbagekaldet er lukket. Genåbn det, hvis der skal gøres mere.'],
  ])('%s + %s: %s', (from, action, text) => {
    const result = applyAction(inStatus[from](), actions[action], ole, later);
    if (result.ok) throw new Error('expected a refusal');
    expect(describeRefusal(result)).toBe(text);
  });

  test('someone who is not the holder is told who is', () => {
    const result = applyAction(inStatus.claimed(), actions.close, ole, later);
    if (result.ok) throw new Error('expected a refusal');
    expect(describeRefusal(result)).toBe(
      'Kun den, der har taget opgaven, kan gøre det. Lige nu har Hanne Holm det.',
    );
  });
});
