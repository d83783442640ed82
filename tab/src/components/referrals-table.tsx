import type { Overview } from '../api/contract';
import { formatCount } from '../format';
import { texts } from '../texts';
import { DataTable } from './data-table';

type Referrals = NonNullable<Overview['referrals']>;

/** Calls the agents sent to another authority: the right door, neither solved here nor a gap. */
export function ReferralsTable({ referrals }: { referrals: Referrals }) {
  return (
    <>
      {referrals.referred > 0 && <p>{texts.overview.referralsIntro(formatCount(referrals.referred))}</p>}
      <DataTable
        label={texts.overview.referrals}
        rows={referrals.perReferral}
        rowKey={(r) => r.referralId}
        empty={texts.overview.noReferrals}
        columns={[
          { header: texts.overview.authority, cell: (r) => r.authority },
          { header: texts.overview.referralTopic, cell: (r) => r.title },
          { header: texts.overview.referred, numeric: true, cell: (r) => formatCount(r.count) },
        ]}
      />
    </>
  );
}
