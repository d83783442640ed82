import { useEffect, useState } from 'react';
import { Field, Input } from '@fluentui/react-components';
import { formatDanishDate, parseDanishDate } from '../danish-date';
import { texts } from '../texts';
import { useLayoutStyles } from './styles';

/**
 * A date typed as dd.mm.åååå. `value` and `onChange` are ISO dates ('' while the text is not a
 * date yet). A text field rather than a native date field, whose format follows the browser's
 * language instead of Danish.
 */
export function DateField({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string;
  onChange: (iso: string) => void;
  /** A message about the date in relation to others (e.g. before the start date). */
  error?: string;
}) {
  const layout = useLayoutStyles();
  const [text, setText] = useState(formatDanishDate(value));
  // A value set from outside (cleared filters) replaces what was typed.
  useEffect(() => {
    setText((typed) => (parseDanishDate(typed) === (value || null) ? typed : formatDanishDate(value)));
  }, [value]);
  const unreadable = text.trim() !== '' && parseDanishDate(text) === null;
  const message = unreadable ? texts.period.dateFormat : error;
  return (
    <Field
      label={label}
      className={layout.field}
      validationState={message ? 'error' : 'none'}
      validationMessage={message}
    >
      <Input
        value={text}
        placeholder={texts.period.datePlaceholder}
        inputMode="numeric"
        autoComplete="off"
        onChange={(_e, data) => {
          setText(data.value);
          onChange(parseDanishDate(data.value) ?? '');
        }}
        onBlur={() => {
          const parsed = parseDanishDate(text);
          if (parsed) setText(formatDanishDate(parsed));
        }}
      />
    </Field>
  );
}
