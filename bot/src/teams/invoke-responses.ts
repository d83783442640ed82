import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import type { AdaptiveCard } from '../cards/render-card';

/** Answers to Action.Execute, in the shapes Teams expects in the HTTP response. */
export const cardResponse = (card: AdaptiveCard): AdaptiveCardInvokeResponse => ({
  statusCode: 200,
  type: 'application/vnd.microsoft.card.adaptive',
  value: card,
});

export const textResponse = (text: string): AdaptiveCardInvokeResponse => ({
  statusCode: 200,
  type: 'application/vnd.microsoft.activity.message',
  value: text as unknown as AdaptiveCardInvokeResponse['value'],
});

export const errorResponse = (
  statusCode: number,
  code: string,
  message: string,
): AdaptiveCardInvokeResponse => ({
  statusCode,
  type: 'application/vnd.microsoft.error',
  value: { code, message } as unknown as AdaptiveCardInvokeResponse['value'],
});
