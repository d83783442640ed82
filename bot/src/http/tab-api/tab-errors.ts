import { isAppError } from '../../shared/errors';
import { authFailureResponse } from '../auth';
import { tabMessages } from './tab-messages';

export interface ErrorResponse {
  status: number;
  headers: Record<string, string>;
  body: { error: { code: string; message: string } };
}

const answer = (status: number, code: string, message: string, headers: Record<string, string> = {}) => ({
  status,
  headers,
  body: { error: { code, message } },
});

/** The contract's `{ error: { code, message } }` for any failure, with a Danish message. */
export function errorResponse(error: unknown): ErrorResponse {
  const auth = authFailureResponse(error);
  if (auth && !(isAppError(error, 'FORBIDDEN') && error.details.reason)) {
    return answer(auth.status, auth.body.code, auth.body.message, auth.headers);
  }
  if (!isAppError(error)) return answer(500, 'INTERNAL_ERROR', tabMessages.failed);
  const details = error.details;
  switch (error.code) {
    case 'PAYLOAD_INVALID':
      return answer(400, error.code, String(details.message ?? tabMessages.failed));
    case 'CENTER_UNKNOWN':
      return answer(400, error.code, tabMessages.centerUnknown(String(details.centerCode ?? '')));
    case 'PHONE_INVALID':
      return answer(400, error.code, tabMessages.phoneInvalid);
    case 'CALLBACK_NOT_FOUND':
      return answer(404, error.code, tabMessages.callbackNotFound);
    case 'SUGGESTION_NOT_FOUND':
      return answer(404, error.code, tabMessages.suggestionNotFound);
    case 'FORBIDDEN':
      return answer(403, error.code, forbiddenMessage(details.reason));
    default:
      return answer(500, error.code, tabMessages.failed);
  }
}

function forbiddenMessage(reason: unknown): string {
  switch (reason) {
    case 'personal_export':
      return tabMessages.personalExport;
    case 'coordinators_only':
      return tabMessages.coordinatorsOnly;
    case 'citizen_data':
      return tabMessages.citizenDataCoordinatorsOnly;
    case 'citizen_search':
      return tabMessages.citizenSearchCoordinatorsOnly;
    case 'admin_log':
      return tabMessages.adminLogCoordinatorsOnly;
    case 'keywords':
      return tabMessages.keywordsCoordinatorsOnly;
    default:
      return tabMessages.otherCenter;
  }
}
