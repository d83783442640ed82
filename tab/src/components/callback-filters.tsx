import { Button, Checkbox, Field, Input, Select } from '@fluentui/react-components';
import { emptyCallbackFilters, type CallbackFilters, type CallbackStatus } from '../api/contract';
import { useAppContext } from '../app-context';
import { texts } from '../texts';
import { CenterSelect } from './center-select';
import { DateField } from './date-field';
import { useLayoutStyles } from './styles';

const statuses: CallbackStatus[] = ['open', 'claimed', 'closed', 'moved'];

/**
 * Center, status, overdue only, booking period and free text; for coordinators also a search by
 * the citizen's data (need to know: center staff cannot search by it, and the server logs it).
 */
export function CallbackFiltersBar({
  value,
  onChange,
}: {
  value: CallbackFilters;
  onChange: (value: CallbackFilters) => void;
}) {
  const layout = useLayoutStyles();
  const { me } = useAppContext();
  const set = (patch: Partial<CallbackFilters>) => onChange({ ...value, ...patch });
  return (
    <div className={layout.toolbar} role="search" aria-label={texts.callbacks.filters}>
      <Field label={texts.callbacks.search} className={layout.field}>
        <Input
          type="search"
          value={value.q}
          placeholder={texts.callbacks.searchPlaceholder}
          onChange={(_e, d) => set({ q: d.value })}
        />
      </Field>
      {me?.role === 'coordinator' && (
        <Field
          label={texts.callbacks.citizenSearch}
          hint={texts.callbacks.citizenSearchHint}
          className={layout.field}
        >
          <Input
            type="search"
            autoComplete="off"
            value={value.citizen}
            placeholder={texts.callbacks.citizenSearchPlaceholder}
            onChange={(_e, d) => set({ citizen: d.value })}
          />
        </Field>
      )}
      <CenterSelect value={value.center} onChange={(center) => set({ center })} />
      <Field label={texts.callbacks.status} className={layout.field}>
        <Select value={value.status} onChange={(_e, d) => set({ status: d.value as CallbackStatus | '' })}>
          <option value="">{texts.all}</option>
          {statuses.map((s) => (
            <option key={s} value={s}>
              {texts.status[s]}
            </option>
          ))}
        </Select>
      </Field>
      <DateField
        label={texts.callbacks.bookedFrom}
        value={value.fromDate}
        onChange={(fromDate) => set({ fromDate })}
      />
      <DateField
        label={texts.callbacks.bookedTo}
        value={value.toDate}
        onChange={(toDate) => set({ toDate })}
      />
      <Checkbox
        label={texts.callbacks.overdueOnly}
        checked={value.overdue}
        onChange={(_e, d) => set({ overdue: d.checked === true })}
      />
      <Button appearance="subtle" onClick={() => onChange(emptyCallbackFilters)}>
        {texts.callbacks.clear}
      </Button>
    </div>
  );
}
