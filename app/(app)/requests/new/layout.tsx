import { messagesLayout } from "@/app/_components/client-messages";
import RequestFormMessages from "@/app/_components/message-groups/request-form";

// The request form's messages.
export default messagesLayout(RequestFormMessages);
