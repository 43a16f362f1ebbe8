import { type GraphQLError, getOperationAST } from "graphql";
import { isAsyncIterable, type Plugin, type YogaInitialContext } from "graphql-yoga";
import { localizedError } from "../auth/errors";
import { type Viewer, viewerKey } from "../auth/viewer";
import type { Context } from "../context";
import { claimIdempotencyKey, idempotencyRecord, storeIdempotentResponse } from "../db/idempotency";
import type { Text } from "../domain/refusal";

/** Printable ASCII, as the IETF draft and Stripe allow; a UUID fits many times over. */
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

function refusal(code: string, message: Text, status: number): GraphQLError {
  return localizedError(message, { extensions: { code, http: { status } } });
}

async function sha256(data: string | ArrayBuffer): Promise<string> {
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

/**
 * The variables as they identify a request: an uploaded file (which JSON would write as `{}`) by its name, type
 * and the SHA-256 of its bytes, so that the same key with another file is another request.
 */
async function identifyingValue(value: unknown): Promise<unknown> {
  if (value instanceof Blob) {
    const name = value instanceof File ? value.name : null;
    return { file: await sha256(await value.arrayBuffer()), name, type: value.type };
  }
  if (Array.isArray(value)) return Promise.all(value.map(identifyingValue));
  if (value !== null && typeof value === "object") {
    const entries = await Promise.all(
      Object.entries(value).map(async ([key, item]) => [key, await identifyingValue(item)] as const),
    );
    return Object.fromEntries(entries);
  }
  return value;
}

/** The viewer's rights as they stood: a stored answer is replayed only to the same rights. */
function viewerFingerprint(viewer: Viewer): Promise<string> {
  const grants = viewer.grants.map((grant) => `${grant.role}:${grant.cellId ?? "*"}`).sort();
  return sha256(JSON.stringify([viewer.principal, viewer.personId, grants]));
}

const replayed = new WeakSet<Request>();

/**
 * `Idempotency-Key` on a mutation request: the key is claimed in the same D1 batch as the mutation's first write,
 * so two deliveries of one request (a mobile retry, a double tap) never write twice — the second of two concurrent
 * ones fails its batch and is told to wait. Once the first answers, its answer is stored and replayed, marked
 * `extensions.idempotentReplay` and the `Idempotent-Replayed` header, to retries of the same request for a day. A
 * mutation refused before writing claims nothing: its retry runs again. The same key with another request (another
 * file included) is refused; a stored answer is replayed only to a viewer whose rights are still those it was given
 * to. `present` gives stored errors the shape clients saw (codes, no internals).
 */
export function idempotency(present: (error: GraphQLError) => Error): Plugin<Context> {
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as Context & YogaInitialContext;
      const key = context.request.headers.get("idempotency-key");
      if (key === null || getOperationAST(args.document, args.operationName)?.operation !== "mutation")
        return;
      if (!KEY_PATTERN.test(key)) {
        throw refusal(
          "INVALID_IDEMPOTENCY_KEY",
          {
            vi: "Idempotency-Key gồm 1 đến 255 ký tự ASCII in được.",
            en: "An Idempotency-Key is 1 to 255 printable ASCII characters.",
          },
          400,
        );
      }
      // Anonymous mutations are refused anyway, and nothing they send is written.
      if (!context.viewer) return;
      // Keys are the viewer's own: the same key from two people is two keys.
      const principal = viewerKey(context.viewer);
      if (principal === null) {
        throw refusal(
          "IDEMPOTENCY_NEEDS_SUBJECT",
          {
            vi: "Idempotency-Key cần một token ghi rõ người giữ (chủ thể hoặc thư điện tử).",
            en: "An Idempotency-Key needs a token that names its holder (a subject or an e-mail).",
          },
          400,
        );
      }
      const requestHash = await sha256(
        JSON.stringify([
          context.params.query ?? null,
          await identifyingValue(args.variableValues ?? {}),
          args.operationName ?? null,
        ]),
      );
      const fingerprint = await viewerFingerprint(context.viewer);
      const now = new Date();
      const record = await idempotencyRecord(context.db, principal, key, now);
      if (record) {
        if (record.request_hash !== requestHash) {
          throw refusal(
            "IDEMPOTENCY_KEY_REUSED",
            {
              vi: "Idempotency-Key này đã dùng cho một yêu cầu khác: yêu cầu mới cần khóa mới.",
              en: "This Idempotency-Key was used for another request: use a new key for a new request.",
            },
            422,
          );
        }
        if (record.response === null) {
          throw refusal(
            "IDEMPOTENCY_KEY_IN_USE",
            {
              vi:
                "Yêu cầu đầu tiên với Idempotency-Key này đã ghi thay đổi nhưng câu trả lời chưa được lưu: " +
                "hãy chờ một lát rồi thử lại, hoặc tải lại những gì nó đã thay đổi.",
              en:
                "The first request with this Idempotency-Key has written its changes but its answer is not stored (yet): " +
                "wait a moment and retry, or reload what it changed.",
            },
            409,
          );
        }
        if (record.viewer_fingerprint !== fingerprint) {
          throw refusal(
            "IDEMPOTENCY_VIEWER_CHANGED",
            {
              vi:
                "Quyền của đồng chí đã thay đổi từ yêu cầu đầu tiên với Idempotency-Key này: thay đổi đã được lưu, nhưng " +
                "câu trả lời không hiện lại. Hãy tải lại những gì nó đã thay đổi.",
              en:
                "Your rights changed since the first request with this Idempotency-Key: its changes were saved, but its " +
                "answer is not shown again. Reload what it changed.",
            },
            409,
          );
        }
        replayed.add(context.request);
        const stored = JSON.parse(record.response) as { extensions?: Record<string, unknown> };
        setResultAndStopExecution({
          ...stored,
          extensions: { ...stored.extensions, idempotentReplay: true },
        } as never);
        return;
      }
      context.db.claimWithNextWrite(
        claimIdempotencyKey(context.db, principal, key, requestHash, fingerprint, now),
        (error) =>
          error instanceof Error && error.message.includes("idempotency_keys")
            ? refusal(
                "IDEMPOTENCY_KEY_IN_USE",
                {
                  vi: "Một yêu cầu khác với Idempotency-Key này đang chạy: hãy chờ câu trả lời của nó.",
                  en: "Another request with this Idempotency-Key is running: wait for its answer.",
                },
                409,
              )
            : null,
      );
      return {
        async onExecuteDone({ result }) {
          if (!context.db.claimed || isAsyncIterable(result)) return;
          const stored = { ...result, errors: result.errors?.map((error) => present(error)) };
          try {
            await context.db.write([
              storeIdempotentResponse(context.db, principal, key, JSON.stringify(stored)),
            ]);
          } catch (error) {
            // The change is saved; only the replay is lost: a retry is told so (IDEMPOTENCY_KEY_IN_USE).
            console.error("Could not store an idempotent answer", error);
          }
        },
      };
    },

    onResponse({ request, response }) {
      if (replayed.has(request)) response.headers.set("idempotent-replayed", "true");
    },
  };
}
