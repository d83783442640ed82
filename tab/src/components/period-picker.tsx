import { Field, Select } from '@fluentui/react-components';
import { isDate, type PeriodChoice } from '../period';
import { texts } from '../texts';
import { DateField } from './date-field';
import { useLayoutStyles } from './styles';

type Kind = PeriodChoice['kind'];

/** Today, this week, the last 30 days, or two dates (both included). */
export function PeriodPicker({
  value,
  onChange,
}: {
  value: PeriodChoice;
  onChange: (value: PeriodChoice) => void;
}) {
  const layout = useLayoutStyles();
  const custom = value.kind === 'custom' ? value : null;
  const reversed =
    custom !== null && isDate(custom.fromDate) && isDate(custom.toDate) && custom.toDate < custom.fromDate;

  const choose = (kind: Kind) => {
    if (kind !== 'custom') return onChange({ kind });
    onChange({ kind, fromDate: custom?.fromDate ?? '', toDate: custom?.toDate ?? '' });
  };
  return (
    <>
      <Field label={texts.period.label} className={layout.field}>
        <Select value={value.kind} onChange={(_e, data) => choose(data.value as Kind)}>
          <option value="today">{texts.period.today}</option>
          <option value="week">{texts.period.week}</option>
          <option value="last30">{texts.period.last30}</option>
          <option value="custom">{texts.period.custom}</option>
        </Select>
      </Field>
      {custom && (
        <>
          <DateField
            label={texts.period.from}
            value={custom.fromDate}
            onChange={(fromDate) => onChange({ ...custom, fromDate })}
          />
          <DateField
            label={texts.period.to}
            value={custom.toDate}
            onChange={(toDate) => onChange({ ...custom, toDate })}
            error={reversed ? texts.period.invalid : undefined}
          />
        </>
      )}
    </>
  );
}
