import { messagesLayout } from "@/app/_components/client-messages";

// The account forms' messages: password, second factor, recovery codes.
export default messagesLayout("account");
