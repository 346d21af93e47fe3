import { messagesLayout } from "@/app/_components/client-messages";
import AccountMessages from "@/app/_components/message-groups/account";

// The account forms' messages: password, second factor, recovery codes.
export default messagesLayout(AccountMessages);
