/**
 * The largest request body the server reads: a server action's (next.config.ts
 * `serverActions.bodySizeLimit`) and what the proxy buffers (`proxyClientMaxBodySize`). Documents
 * (DOCUMENT_MAX_BYTES, at most 29 MB) and a submission's files together
 * (UPLOAD_MAX_TOTAL_BYTES) stay below it, with room for the form's other fields.
 */
export const REQUEST_BODY_LIMIT_BYTES = 30 * 1024 * 1024;
