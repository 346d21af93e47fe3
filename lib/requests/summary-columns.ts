import { countries, requests } from "@/db/schema";

/** The columns of a request's one-line summary, for lists; the query must join `countries` on the requested country. */
export const requestSummaryColumns = {
  id: requests.id,
  reference: requests.reference,
  status: requests.status,
  urgency: requests.urgency,
  requestedCountryCode: requests.requestedCountryCode,
  countryNameFr: countries.nameFr,
  countryNameEn: countries.nameEn,
  parentRequestId: requests.parentRequestId,
  targetDate: requests.targetDate,
  foreignReference: requests.foreignReference,
  updatedAt: requests.updatedAt,
};
