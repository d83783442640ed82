import { closeOutcomes } from '../callbacks/callback';
import { attemptNotes } from '../callbacks/callback-action';
import { callbackCardMessages } from '../texts/callback-cards';
import { callbackMessages } from '../texts/callbacks';
import type { CallbackCardView, CallbackHolderView } from './callback-view';
import { callbackVerbs } from './card-verbs';
import { renderCard, type AdaptiveCard } from './render-card';
import template from './templates/callback-card.json';

const c = callbackMessages;
const m = callbackCardMessages;

export { callbackVerbs };

/** Ids of the card's inputs, merged by Teams into the action data (as in card-verbs.ts). */
export const callbackInputIds = { note: 'note', outcome: 'outcome', toCenterCode: 'toCenterCode' } as const;

/**
 * The card everybody in the center's channel sees: no personal data. `notice` replaces the line
 * on who sees the citizen's data, e.g. to tell a former holder why they no longer do.
 */
export const callbackChannelCard = (view: CallbackCardView, notice?: string): AdaptiveCard =>
  render({
    ...shared(view),
    holderOnly: false,
    privacy: notice ?? (view.status === 'moved' ? '' : m.card.privacy),
  });

/** The holder's own card, returned only in the answer to the holder's request. */
export const callbackHolderCard = (view: CallbackHolderView): AdaptiveCard =>
  render({
    ...shared(view),
    holderOnly: true,
    privacy: '',
    hasCitizen: view.citizen !== null,
    citizen: view.citizen
      ? { ...view.citizen, descriptionLines: view.citizen.description.split('\n').filter((l) => l.trim()) }
      : {},
    citizenFacts: view.citizen
      ? [
          { title: m.holder.name, value: view.citizen.name },
          { title: m.holder.phone, value: view.citizen.phone },
        ]
      : [],
    holder: {
      onlyYou: m.holder.onlyYou,
      descriptionLabel: m.holder.description,
      callHint: m.holder.callHint,
      erased: m.holder.erased,
    },
  });

/**
 * Typed text (topic, time window, the citizen's data) is only ever put where the template has a
 * TextRun: Teams renders no Markdown there (decision 0022).
 * The engine leaves `"refresh": null` when its $when is false; Teams expects no key at all.
 */
function render(data: object): AdaptiveCard {
  const { refresh, ...card } = renderCard(template, data);
  return refresh ? { ...card, refresh } : card;
}

/**
 * Card data from the channel view, field by field: a holder view passed in here (it is a
 * CallbackCardView too) must not bring the citizen along.
 */
function shared(view: CallbackCardView) {
  return {
    callbackId: view.callbackId,
    version: view.version,
    status: view.status,
    heading: m.card.heading(view.reference),
    resentNotice: view.resentNotice,
    urgent: view.urgency === 'urgent',
    urgencyLabel: c.urgency[view.urgency],
    topic: view.topic,
    movedTo: view.movedTo,
    movedFrom: view.movedFrom,
    reopenable: view.reopenable,
    facts: facts(view),
    moveTargets: view.moveTargets.map((t) => ({ code: t.code, title: t.title })),
    refreshUserId: view.refreshUserId,
    verbs: callbackVerbs,
    inputs: callbackInputIds,
    defaults: { note: attemptNotes[0], outcome: closeOutcomes[0] },
    attemptNotes: attemptNotes.map((n) => ({ title: c.attemptNote[n], value: n })),
    outcomes: closeOutcomes.map((o) => ({ title: c.outcome[o], value: o })),
    labels: {
      ...c.action,
      attemptNote: m.card.attemptNote,
      attemptSubmit: m.card.attemptSubmit,
      closeOutcome: m.card.closeOutcome,
      closeSubmit: m.card.closeSubmit,
      moveTo: m.card.moveTo,
      movePlaceholder: m.card.movePlaceholder,
      moveRequired: m.card.moveRequired,
      attemptNoteRequired: m.card.attemptNoteRequired,
      closeOutcomeRequired: m.card.closeOutcomeRequired,
      moveSubmit: m.card.moveSubmit,
    },
  };
}

function facts(view: CallbackCardView): { title: string; value: string }[] {
  const f = c.field;
  return [
    { title: f.centerCode, value: view.center },
    { title: f.timeWindow, value: view.timeWindow },
    { title: f.urgency, value: c.urgency[view.urgency] },
    { title: m.card.deadline, value: view.deadline },
    { title: m.card.status, value: c.status[view.status] },
    ...(view.holderName
      ? [{ title: view.status === 'closed' ? m.card.closedBy : m.card.heldBy, value: view.holderName }]
      : []),
    ...(view.status === 'moved' ? [] : [{ title: m.card.attempts, value: String(view.attempts) }]),
    ...(view.outcome ? [{ title: m.card.outcome, value: view.outcome }] : []),
  ];
}
