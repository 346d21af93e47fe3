import { messagesLayout } from "@/app/_components/client-messages";

// The chain verification form's messages.
export default messagesLayout("audit");
