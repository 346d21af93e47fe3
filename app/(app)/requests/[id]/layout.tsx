import { messagesLayout } from "@/app/_components/client-messages";
import RequestPageMessages from "@/app/_components/message-groups/request-page";

// The request page's forms' messages (its edit page has its own).
export default messagesLayout(RequestPageMessages);
