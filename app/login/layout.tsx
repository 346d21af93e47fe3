import { messagesLayout } from "@/app/_components/client-messages";
import LoginMessages from "@/app/_components/message-groups/login";

// The sign-in form's messages, for the login page only.
export default messagesLayout(LoginMessages);
