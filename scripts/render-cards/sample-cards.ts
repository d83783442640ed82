import { validateBooking } from '../../bot/src/callbacks/booking-form';
import type { Callback } from '../../bot/src/callbacks/callback';
import {
  bookingConfirmationCard,
  bookingConfirmationView,
} from '../../bot/src/cards/booking-confirmation-card';
import {
  bookingFormCard,
  keptBookingValues,
  type BookingInputId,
} from '../../bot/src/cards/booking-form-card';
import { centerNotLiveCard } from '../../bot/src/cards/booking-not-live-card';
import { callbackChannelCard, callbackHolderCard } from '../../bot/src/cards/callback-cards';
import { myCallbackItem, myCallbacksCard } from '../../bot/src/cards/callback-list-card';
import {
  callbackCardView,
  callbackHolderView,
  type CallbackCardContext,
} from '../../bot/src/cards/callback-view';
import { guideDetailCard, guideResultsCard } from '../../bot/src/cards/guide-cards';
import { guideView } from '../../bot/src/cards/guide-view';
import type { AdaptiveCard } from '../../bot/src/cards/render-card';
import { referralCard } from '../../bot/src/cards/referral-card';
import { callbackMessages } from '../../bot/src/texts/callbacks';
import { sampleCallback, sampleCitizen, samplePeople, type SampleWorld } from './sample-world';

export interface SampleCard {
  /** File name under docs/images/cards/. */
  file: string;
  /** What the picture shows, for the log and the docs. */
  title: string;
  card: AdaptiveCard;
  /** Title of an Action.ShowCard to open before the screenshot. */
  expand?: string;
}

/** What the agent types mid-call: colloquial, split, no æøå needed. */
const sampleQuery = 'hjemme hjælp';
const guideId = 'hjemmehjaelp-udeblevet';

/** Bookings of the week before the sample morning, in office hours (UTC; Copenhagen is +2). */
const earlier = {
  wednesday: new Date('2026-09-09T07:45:00Z'),
  thursday: new Date('2026-09-10T11:20:00Z'),
  friday: new Date('2026-09-11T07:10:00Z'),
};

/**
 * The callback flow of one made-up call, card by card, built with the bot's own card builders
 * (the same functions the Teams handlers call) from the product's knowledge folder.
 */
export function sampleCards(world: SampleWorld): SampleCard[] {
  const { centers, now } = world;
  const guide = world.guide(guideId);
  const cso = world.center(guide.center);
  const form = {
    center: cso,
    guide: { id: guide.id, title: guide.title },
    idempotencyKey: 'sampleformsampleformkeyy',
  };
  const ctx: CallbackCardContext = { centers, holderTeamsId: '29:sample-hanne' };
  const booked = sampleCallback(world, guideId, { reference: 'TB-1042' });
  const claimed: Callback = {
    ...booked,
    status: 'claimed',
    holder: samplePeople.staff,
    claimedAt: now,
    version: 2,
  };
  const closed: Callback = {
    ...claimed,
    status: 'closed',
    attempts: 1,
    outcome: 'resolved',
    closedAt: new Date(now.getTime() + 4 * 60 * 60 * 1000),
    version: 4,
  };
  const hits = world.catalog.search(sampleQuery, { limit: 3 });

  return [
    {
      file: '01-search-results.png',
      title: `Search results for "${sampleQuery}"`,
      card: guideResultsCard(
        sampleQuery,
        hits.map((h) => guideView(h.guide, centers, now)),
      ),
    },
    { file: '02-guide.png', title: 'One whole guide', card: guideDetailCard(guideView(guide, centers, now)) },
    { file: '03-booking-form.png', title: 'Booking form, from the guide', card: bookingFormCard(form) },
    {
      file: '04-booking-form-errors.png',
      title: 'Booking form returned with errors (CPR number refused)',
      card: bookingFormCard({ ...form, ...refusedBooking(form.center.code, guide.id, guide.title) }),
    },
    {
      file: '05-booking-confirmation.png',
      title: 'Booking confirmation for the agent',
      card: bookingConfirmationCard(bookingConfirmationView(booked, centers, true)),
    },
    {
      file: '06-channel-card-open.png',
      title: "New callback in the center's channel",
      card: callbackChannelCard(callbackCardView(booked, ctx)),
    },
    {
      file: '07-holder-card.png',
      title: "The holder's own card, with the citizen's data",
      card: callbackHolderCard(callbackHolderView(claimed, ctx)),
      expand: callbackMessages.action.attempt,
    },
    {
      file: '08-channel-card-claimed.png',
      title: 'The channel card once claimed, as everybody else sees it',
      card: callbackChannelCard(callbackCardView(claimed, ctx)),
    },
    {
      file: '09-channel-card-closed.png',
      title: 'The channel card once closed',
      card: callbackChannelCard(callbackCardView(closed, ctx)),
    },
    { file: '10-my-callbacks.png', title: "The agent's own callbacks", card: myCallbacks(world, closed) },
    {
      file: '11-center-not-live.png',
      title: 'Booking for a center the contact center does not handle yet',
      card: centerNotLiveCard(world.center('CUP')),
    },
    {
      file: '12-channel-card-moved.png',
      title: 'A callback moved to the right center',
      card: callbackChannelCard(
        callbackCardView(
          sampleCallback(
            world,
            'stoette-kontaktperson',
            { reference: 'TB-1040', centerCode: 'CSO', bookedAt: earlier.friday },
            { status: 'moved', citizen: null, movedTo: 'TB-1043', closedAt: now, version: 3 },
          ),
          { ...ctx, movedToCenterCode: 'CSI' },
        ),
      ),
    },
    {
      file: '13-referral.png',
      title: 'A call for another authority',
      card: referralCard(required(world.catalog.referral('henvis-skat-forskudsopgoerelse'))),
    },
  ];

  function myCallbacks(w: SampleWorld, latest: Callback) {
    const list = [
      latest,
      // TB-1040 as it lives on at CSI after the move (picture 12).
      sampleCallback(
        w,
        'stoette-kontaktperson',
        { reference: 'TB-1043', bookedAt: earlier.friday },
        { movedFrom: 'TB-1040' },
      ),
      sampleCallback(
        w,
        'hjaelpemiddel-reparation',
        { reference: 'TB-1031', bookedAt: earlier.thursday },
        { status: 'claimed', holder: samplePeople.staff },
      ),
      sampleCallback(
        w,
        'sundhedskort-bortkommet',
        { reference: 'TB-1024', bookedAt: earlier.wednesday },
        { status: 'closed', outcome: 'resolved', attempts: 1 },
      ),
    ];
    return myCallbacksCard(list.map((c) => myCallbackItem(c, centers)));
  }
}

/**
 * What the agent first typed: a phone number one digit short and the citizen's CPR number in
 * the description. The real validation decides the messages and what is kept, as in the bot.
 */
function refusedBooking(centerCode: string, guideId: string, topic: string) {
  const values: Record<BookingInputId, string> = {
    citizenName: sampleCitizen.name,
    phone: '22 33 44 5',
    topic,
    // The CPR number is invented, with a birth date in the future (15 April 2033): nobody's.
    description: 'Borgerens CPR er 150433-4821. Hjemmehjælpen er ikke kommet til rengøring to gange.',
    timeWindow: 'I dag eftermiddag',
    urgency: 'normal',
  };
  const result = validateBooking({
    ...values,
    centerCode,
    guideId,
    idempotencyKey: 'sampleformsampleformkeyy',
  });
  if (result.ok) throw new Error('the sample booking should have been refused');
  // As the bot answers: the field refused for the CPR number comes back empty.
  return { values: keptBookingValues(values, result.refused), errors: result.errors };
}

function required<T>(value: T | undefined): T {
  if (value === undefined)
    throw new Error('the sample pictures need the referral henvis-skat-forskudsopgoerelse');
  return value;
}
