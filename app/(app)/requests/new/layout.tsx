import { messagesLayout } from "@/app/_components/client-messages";

// The request form's messages.
export default messagesLayout("requestForm");
