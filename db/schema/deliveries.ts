import { date, index, pgTable, primaryKey, text, timestamp, uuid, boolean } from "drizzle-orm/pg-core";
import { documents } from "./documents";
import { measures, requests } from "./requests";
import { users } from "./users";

/**
 * A measure delivered in parts (bank statements for 2024, then for 2025): each delivery is
 * dated, may carry a note, and names the documents it delivered. The last one (`final`)
 * settles the measure (lib/requests/deliver-measure.ts).
 */
export const measureDeliveries = pgTable(
  "measure_deliveries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id").notNull().references(() => requests.id),
    measureId: uuid("measure_id").notNull().references(() => measures.id, { onDelete: "cascade" }),
    /** The day the requested side delivered (in its own calendar). */
    deliveredOn: date("delivered_on").notNull(),
    note: text("note").notNull().default(""),
    /** The measure is fully executed with this delivery. */
    final: boolean("final").notNull().default(false),
    recordedBy: uuid("recorded_by").notNull().references(() => users.id),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("measure_deliveries_measure_idx").on(t.measureId, t.deliveredOn)],
);

/** The evidence of a delivery: a document is delivered once. */
export const measureDeliveryDocuments = pgTable(
  "measure_delivery_documents",
  {
    deliveryId: uuid("delivery_id").notNull().references(() => measureDeliveries.id, { onDelete: "cascade" }),
    documentId: uuid("document_id").notNull().references(() => documents.id).unique(),
  },
  (t) => [primaryKey({ columns: [t.deliveryId, t.documentId] })],
);
