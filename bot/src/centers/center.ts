/** A specialist center (fagcenter) of the municipality, as configured in knowledge/centers.yaml. */
export interface Center {
  /** Unicode code, e.g. CSO or CØI. */
  code: string;
  name: string;
  /** Date (YYYY-MM-DD, Copenhagen) from which the contact center handles the center's inquiries. */
  handoverDate: string;
  /** The center's own unit phone number (enhedsnummer), for transfers before handover. */
  unitPhone: string;
  /** Callback deadline, in Danish working days from booking. */
  deadlineWorkingDays: number;
}
