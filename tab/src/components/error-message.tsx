import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { ApiError } from '../api/api-client';
import { texts } from '../texts';

/** The server's Danish message (or ours), with a retry where one makes sense. */
export function ErrorMessage({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{texts.errors.title}</MessageBarTitle>
        {error.message}
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>{texts.errors.retry}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
