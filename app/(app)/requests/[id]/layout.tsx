import { messagesLayout } from "@/app/_components/client-messages";

// The request page's forms' messages (its edit page has its own).
export default messagesLayout("requestPage");
