import { GraphQLError } from "graphql";
import type { Context } from "../context";
import { attachmentsByIds } from "../db/documents";
import { languageOf } from "../http/language";
import { contextOfRequest, type RequestContextEnv } from "../http/request-context";
import { DOWNLOAD_POLICY } from "../http/security-headers";
import { jsonError, jsonErrorOf } from "./http";

export const ATTACHMENT_PATH = /^\/documents\/([^/]+)\/attachments\/([^/]+)$/;

/**
 * GET /documents/{documentId}/attachments/{attachmentId}: the file, to whoever may read the document
 * (same token as the API). Unknown and unreadable look alike (404), so the route reveals nothing.
 */
export async function serveAttachment(
  request: Request,
  env: RequestContextEnv,
  documentId: string,
  attachmentId: string,
) {
  if (request.method !== "GET" && request.method !== "HEAD")
    return jsonError(405, "METHOD_NOT_ALLOWED", "Use GET.");
  let context: Context;
  try {
    context = await contextOfRequest(request, env);
  } catch (error) {
    if (error instanceof GraphQLError) return jsonErrorOf(error, languageOf(request));
    throw error;
  }
  if (!context.viewer)
    return jsonError(401, "UNAUTHENTICATED", "Sign in first: send a token in the Authorization header.");
  const document = await context.loaders.document.load(documentId);
  const [attachment] =
    document && (await context.access.canReadDocument(document))
      ? await attachmentsByIds(context.db, [attachmentId])
      : [];
  if (!attachment || attachment.document_id !== documentId)
    return jsonError(404, "NOT_FOUND", "No such file.");
  if (attachment.purged_at) return jsonError(410, "FILE_PURGED", "An admin purged this file.");
  const object = await env.FILES.get(attachment.r2_key);
  if (!object) return jsonError(410, "FILE_PURGED", "The file is no longer stored.");
  return new Response(request.method === "HEAD" ? null : object.body, {
    headers: {
      "content-type": attachment.content_type,
      "content-length": String(attachment.size),
      "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(attachment.file_name)}`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
      "content-security-policy": DOWNLOAD_POLICY,
      etag: `"${attachment.sha256}"`,
    },
  });
}
