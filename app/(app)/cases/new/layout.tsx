import { messagesLayout } from "@/app/_components/client-messages";
import CaseFormMessages from "@/app/_components/message-groups/case-form";

// The new case form's messages.
export default messagesLayout(CaseFormMessages);
