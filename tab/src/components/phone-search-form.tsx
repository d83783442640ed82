import { useState, type FormEvent } from 'react';
import { Button, Field, Input } from '@fluentui/react-components';
import { useLayoutStyles } from './styles';

/** A citizen's phone number, typed any way people write it; the server understands the spelling. */
export function PhoneSearchForm({
  label,
  fieldLabel,
  button,
  onSearch,
}: {
  label: string;
  fieldLabel: string;
  button: string;
  onSearch: (phone: string) => void;
}) {
  const layout = useLayoutStyles();
  const [phone, setPhone] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (phone.trim()) onSearch(phone.trim());
  };
  return (
    <form className={layout.toolbar} onSubmit={submit} role="search" aria-label={label}>
      <Field label={fieldLabel} className={layout.field}>
        <Input
          type="tel"
          inputMode="tel"
          autoComplete="off"
          value={phone}
          onChange={(_e, d) => setPhone(d.value)}
        />
      </Field>
      <Button type="submit" appearance="primary">
        {button}
      </Button>
    </form>
  );
}
