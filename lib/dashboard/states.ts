import { FINAL_STATUSES, REQUEST_STATUSES, type RequestStatus } from "@/lib/requests/vocabulary";

/** The states in which a request spends time waiting: every state but the final ones. */
export const TIME_IN_STATE_STATES: readonly RequestStatus[] = REQUEST_STATUSES.filter((s) => !FINAL_STATUSES.includes(s));

/** Open requests are in one of these states (the ageing table's rows). */
export const AGEING_STATES = TIME_IN_STATE_STATES;

/** The states of the country table's median columns: from transmission on, where the requested country's pace shows. */
export const COUNTRY_TABLE_STATES: readonly RequestStatus[] = [
  "transmitted",
  "acknowledged",
  "in_execution",
  "information_requested",
  "partially_executed",
];
