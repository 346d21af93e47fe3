import { messagesLayout } from "@/app/_components/client-messages";

// The new case form's messages.
export default messagesLayout("caseForm");
