import type { RequestStatus } from "@/lib/requests/vocabulary";

/** One colour per state, the same in every chart; requesting-side states in blues, requested-side in warm tones. */
export const STATUS_COLORS: Record<RequestStatus, string> = {
  draft: "#9db4d3",
  in_review: "#5d84b8",
  validated: "#1f4e8c",
  transmitted: "#e0a526",
  acknowledged: "#d9822b",
  in_execution: "#b8572a",
  information_requested: "#7a5aa6",
  partially_executed: "#8c3a2b",
  executed: "#1f6f43",
  closed: "#6b7785",
  refused: "#a3262a",
  withdrawn: "#a0a8b3",
};

export const OPEN_COLOR = "#1f4e8c";
export const OVERDUE_COLOR = "#a3262a";
