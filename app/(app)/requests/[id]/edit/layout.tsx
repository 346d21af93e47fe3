import { messagesLayout } from "@/app/_components/client-messages";
import RequestFormMessages from "@/app/_components/message-groups/request-form";

// The request form's messages, in place of the request page's.
export default messagesLayout(RequestFormMessages);
