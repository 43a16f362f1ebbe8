// The bench's entry around the Worker (built by bench/harness.mjs in place of src/index.ts, never deployed): a
// request without the header below is the Worker's, untouched. With `x-bench-repeat: N` the Worker answers the same
// request N times inside the isolate, so the CPU the runtime spent over N is the Worker's own per request (with the
// local D1 it called), without wrangler dev's plumbing around each request; with N = 0 the request is answered
// without the Worker at all — the plumbing alone, an empty Worker's cost.

import type { Env } from "../src/env";
import worker from "../src/index";

export { LiveChannel } from "../src/index";

const REPEAT_HEADER = "x-bench-repeat";
const EMPTY_ANSWER = '{"data":{"__typename":"Query"}}';

async function repeated(request: Request, times: number, env: Env, executionContext: ExecutionContext) {
  const body = await request.text();
  if (times === 0) return new Response(EMPTY_ANSWER, { headers: { "content-type": "application/json" } });
  const headers = new Headers(request.headers);
  headers.delete(REPEAT_HEADER);
  headers.delete("content-length");
  let answer = "";
  for (let time = 0; time < times; time += 1) {
    const response = await worker.fetch(
      new Request(request.url, { method: request.method, headers, body }),
      env,
      executionContext,
    );
    answer = await response.text();
  }
  return new Response(answer, { headers: { "content-type": "application/json" } });
}

export default {
  fetch(request: Request, env: Env, executionContext: ExecutionContext) {
    const repeat = request.headers.get(REPEAT_HEADER);
    if (repeat === null) return worker.fetch(request, env, executionContext);
    return repeated(request, Math.max(0, Math.min(Number(repeat) || 0, 10_000)), env, executionContext);
  },
  scheduled: worker.scheduled,
} satisfies ExportedHandler<Env>;
