import { messagesLayout } from "@/app/_components/client-messages";

// The administration forms' messages, for every page under /admin.
export default messagesLayout("admin");
