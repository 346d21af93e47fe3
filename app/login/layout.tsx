import { messagesLayout } from "@/app/_components/client-messages";

// The sign-in form's messages, for the login page only.
export default messagesLayout("login");
