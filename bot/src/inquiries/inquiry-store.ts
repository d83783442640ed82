/**
 * The anonymous statistics of what agents did with an inquiry. A port: plain objects and Dates,
 * so that use cases never see a database driver.
 */

export type InquiryKind = 'search' | 'solved_on_call' | 'callback_booked' | 'referred';

/** One anonymous statistics line: never the citizen's data, only what the agent did. */
export interface Inquiry {
  at: Date;
  kind: InquiryKind;
  userId?: string;
  centerCode?: string;
  guideId?: string;
  queryNormalized?: string;
  hitCount?: number;
}

export interface InquiryFilter {
  kinds?: readonly InquiryKind[];
  centerCodes?: readonly string[];
  userId?: string;
  /** At or after. */
  from?: Date;
  /** Before. */
  to?: Date;
}

export interface InquiryStore {
  recordInquiry(inquiry: Inquiry): Promise<void>;
  countInquiries(filter: InquiryFilter): Promise<number>;
  /** The same count per guide (or referral) id, most first. */
  countPerGuide(filter: InquiryFilter): Promise<{ guideId: string; count: number }[]>;
  /** Retention of search texts: erases the query text of searches before `before`; rows stay. */
  eraseSearchText(before: Date): Promise<number>;
}
