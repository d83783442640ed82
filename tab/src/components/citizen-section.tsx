import type { CallbackDetail } from '../api/contract';
import { formatPhone } from '../format';
import { texts } from '../texts';
import { FactList } from './fact-list';
import { useLayoutStyles } from './styles';

/** The citizen's data only when the server sent it; otherwise why it is not shown. */
export function CitizenSection({ detail }: { detail: CallbackDetail }) {
  const layout = useLayoutStyles();
  const citizen = detail.canSeePersonalData ? detail.citizen : null;
  return (
    <div className={layout.section}>
      <h3 className={layout.heading}>{texts.detail.citizen}</h3>
      {citizen ? (
        <>
          <FactList
            label={texts.detail.citizen}
            facts={[
              [texts.detail.citizenName, citizen.name],
              [texts.detail.citizenPhone, formatPhone(citizen.phone)],
              [texts.detail.citizenDescription, citizen.description],
            ]}
          />
          <p className={layout.muted}>{texts.detail.personalLogged}</p>
        </>
      ) : (
        <p className={layout.muted}>
          {detail.canSeePersonalData ? texts.detail.personalErased : texts.detail.personalHidden}
        </p>
      )}
    </div>
  );
}
