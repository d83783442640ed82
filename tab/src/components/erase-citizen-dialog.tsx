import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import type { ApiError } from '../api/api-client';
import type { CitizenData, ErasureResult } from '../api/contract';
import { useAppContext } from '../app-context';
import { labelOf, texts } from '../texts';
import { ErrorMessage } from './error-message';
import { useLayoutStyles } from './styles';

const t = texts.citizenData;

/**
 * Shows exactly what the erasure will do before the coordinator confirms: which callbacks lose
 * the citizen's data, which of them are closed by it, and what is kept.
 */
export function EraseCitizenDialog({
  data,
  onDone,
  onCancel,
}: {
  data: CitizenData;
  onDone: (result: ErasureResult) => void;
  onCancel: () => void;
}) {
  const { api } = useAppContext();
  const layout = useLayoutStyles();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const erase = async () => {
    setBusy(true);
    setError(null);
    try {
      onDone(await api.post<ErasureResult>('/api/tab/citizen-data/erase', { phone: data.phone }));
    } catch (failure) {
      setError(failure as ApiError);
      setBusy(false);
    }
  };
  return (
    <Dialog open modalType="alert" onOpenChange={(_e, d) => !d.open && !busy && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.confirmTitle}</DialogTitle>
          <DialogContent className={layout.section}>
            <p>{t.confirmIntro(data.callbacks.length)}</p>
            <ul aria-label={t.confirmTitle}>
              {data.callbacks.map(({ callback: c }) => (
                <li key={c.id}>
                  {t.callback(c.reference, c.centerCode, labelOf(texts.status, c.status))}:{' '}
                  {c.status === 'open' || c.status === 'claimed' ? t.willClose : t.staysClosed}
                </li>
              ))}
            </ul>
            <p>{t.keeps}</p>
            <p>
              <strong>{t.noUndo}</strong>
            </p>
            {error && <ErrorMessage error={error} />}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={busy} onClick={() => void erase()}>
              {busy ? t.erasing : t.confirm}
            </Button>
            <Button disabled={busy} onClick={onCancel}>
              {t.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
