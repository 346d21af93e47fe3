import { messagesLayout } from "@/app/_components/client-messages";
import AdminMessages from "@/app/_components/message-groups/admin";

// The administration forms' messages, for every page under /admin.
export default messagesLayout(AdminMessages);
