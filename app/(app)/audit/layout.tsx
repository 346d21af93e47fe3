import { messagesLayout } from "@/app/_components/client-messages";
import AuditMessages from "@/app/_components/message-groups/audit";

// The chain verification form's messages.
export default messagesLayout(AuditMessages);
