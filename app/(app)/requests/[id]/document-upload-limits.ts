import { ACCEPTED_EXTENSIONS } from "@/lib/documents/content";
import { MAX_FILES_PER_UPLOAD, UPLOAD_MAX_TOTAL_BYTES } from "@/lib/documents/checked-file";
import { env } from "@/lib/env";
import { formatSize } from "./document-size";

/** What the upload forms check before sending, and cite in their help text. */
export interface UploadLimits {
  maxBytes: number;
  maxLabel: string;
  totalMaxBytes: number;
  totalMaxLabel: string;
  maxFiles: number;
  /** For the file picker's `accept` attribute. */
  accept: string;
}

export function uploadLimits(format: Parameters<typeof formatSize>[0]): UploadLimits {
  const maxBytes = env().DOCUMENT_MAX_BYTES;
  return {
    maxBytes,
    maxLabel: formatSize(format, maxBytes),
    totalMaxBytes: UPLOAD_MAX_TOTAL_BYTES,
    totalMaxLabel: formatSize(format, UPLOAD_MAX_TOTAL_BYTES),
    maxFiles: MAX_FILES_PER_UPLOAD,
    accept: ACCEPTED_EXTENSIONS.join(","),
  };
}
