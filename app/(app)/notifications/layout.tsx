import { messagesLayout } from "@/app/_components/client-messages";

// The delivery preferences form's messages.
export default messagesLayout("notifications");
