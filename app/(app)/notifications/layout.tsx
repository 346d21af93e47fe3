import { messagesLayout } from "@/app/_components/client-messages";
import NotificationsMessages from "@/app/_components/message-groups/notifications";

// The delivery preferences form's messages.
export default messagesLayout(NotificationsMessages);
