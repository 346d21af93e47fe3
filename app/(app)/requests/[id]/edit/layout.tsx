import { messagesLayout } from "@/app/_components/client-messages";

// The request form's messages, in place of the request page's.
export default messagesLayout("requestForm");
