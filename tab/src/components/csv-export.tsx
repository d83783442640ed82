import { useState } from 'react';
import { Button, Checkbox, Field } from '@fluentui/react-components';
import type { ApiError, Query } from '../api/api-client';
import { useAppContext } from '../app-context';
import { localDate } from '../period';
import { texts } from '../texts';
import { ErrorMessage } from './error-message';
import { useLayoutStyles } from './styles';

/**
 * Downloads the filtered list as CSV. Personal data only on an explicit choice; the server
 * still decides whether the user may have it, and logs the export.
 */
export function CsvExport({ query }: { query: Query }) {
  const { api, now } = useAppContext();
  const layout = useLayoutStyles();
  const [personal, setPersonal] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const exportCsv = async () => {
    setBusy(true);
    setError(null);
    try {
      const blob = await api.download('/api/tab/callbacks.csv', {
        ...query,
        personal: personal ? 'true' : undefined,
      });
      saveFile(blob, texts.csv.fileName(localDate(now())));
    } catch (failure) {
      setError(failure as ApiError);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={layout.section}>
      <div className={layout.toolbar}>
        <Field hint={texts.csv.personalHint}>
          <Checkbox
            label={texts.csv.withPersonalData}
            checked={personal}
            onChange={(_e, d) => setPersonal(d.checked === true)}
          />
        </Field>
        <Button onClick={() => void exportCsv()} disabled={busy}>
          {busy ? texts.csv.exporting : texts.csv.export}
        </Button>
      </div>
      {error && <ErrorMessage error={error} />}
    </div>
  );
}

/** The file goes through a blob because the request needs the Authorization header. */
function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
