import { Field, mergeClasses, Select } from '@fluentui/react-components';
import { useAppContext } from '../app-context';
import { texts } from '../texts';
import { useLayoutStyles } from './styles';

/** All centers (empty value) or one; center staff are offered only their own centers. */
export function CenterSelect({ value, onChange }: { value: string; onChange: (code: string) => void }) {
  const { centers, me } = useAppContext();
  const layout = useLayoutStyles();
  const visible =
    me?.role === 'center-staff' ? centers.filter((c) => me.centerCodes.includes(c.code)) : centers;
  return (
    <Field label={texts.overview.center} className={mergeClasses(layout.field, layout.fit)}>
      <Select value={value} onChange={(_e, data) => onChange(data.value)}>
        <option value="">{texts.overview.allCenters}</option>
        {visible.map((center) => (
          <option key={center.code} value={center.code}>
            {center.code} – {center.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
