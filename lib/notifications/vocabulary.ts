/**
 * How a person wants to hear of their notifications besides the bell: an e-mail for each at
 * once, one e-mail a day listing them, or the bell only.
 */
export const NOTIFICATION_DELIVERIES = ["immediate", "digest", "in_app"] as const;
export type NotificationDelivery = (typeof NOTIFICATION_DELIVERIES)[number];
