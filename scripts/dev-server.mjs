// `wrangler dev` for the scripts that drive the Worker over HTTP (the browser test, the benchmark): on free loopback
// ports, in its own process group so that its workerd goes with it, stopped on exit or on a signal.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { root } from "./lib.mjs";

const WRANGLER = join(root, "node_modules", ".bin", "wrangler");
// No telemetry, and no fetch of workers.cloudflare.com for `Request.cf` (miniflare's default): no network.
export const OFFLINE_ENV = {
  ...process.env,
  WRANGLER_SEND_METRICS: "false",
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
};

function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

/**
 * Starts `wrangler dev <args>` and resolves once `answers(url)` is true for its /graphql URL, within `timeoutMs`.
 * The server's last output is kept for error messages (`log()`).
 */
export async function startDevServer(args, { answers, timeoutMs = 60_000 }) {
  const port = await freePort();
  const inspectorPort = await freePort();
  const server = spawn(
    WRANGLER,
    [
      "dev",
      ...args,
      "--ip",
      "127.0.0.1",
      "--port",
      String(port),
      "--inspector-port",
      String(inspectorPort),
      "--var",
      `PUBLIC_ORIGIN:http://127.0.0.1:${port}`,
      "--show-interactive-dev-session=false",
      "--live-reload=false",
    ],
    { cwd: root, detached: true, stdio: ["ignore", "pipe", "pipe"], env: OFFLINE_ENV },
  );
  let output = "";
  const keep = (chunk) => {
    output = `${output}${chunk}`.slice(-20_000);
  };
  server.stdout.on("data", keep);
  server.stderr.on("data", keep);

  const running = () => server.exitCode === null && server.signalCode === null;
  const signal = (name) => {
    if (!running()) return;
    try {
      process.kill(-server.pid, name);
    } catch {
      server.kill(name);
    }
  };
  const onSignal = () => {
    signal("SIGKILL");
    process.exit(130);
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  process.on("exit", () => signal("SIGKILL"));

  const handle = {
    url: `http://127.0.0.1:${port}/graphql`,
    /** The process group of wrangler and its workerd (the bench reads their CPU time). */
    groupId: server.pid,
    /** workerd's DevTools endpoint through wrangler (the profiler attaches there). */
    inspectorUrl: `http://127.0.0.1:${inspectorPort}`,
    log: () => output,
    /** Lets wrangler end its workerd (and reap it) before anything is killed outright. */
    async stop() {
      signal("SIGTERM");
      const deadline = Date.now() + 5_000;
      while (running() && Date.now() < deadline) await new Promise((wait) => setTimeout(wait, 100));
      signal("SIGKILL");
    },
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!running()) {
      throw new Error(
        `wrangler dev exited (${server.exitCode ?? server.signalCode}) before answering:\n${output.slice(-4_000)}`,
      );
    }
    try {
      if (await answers(handle.url)) return handle;
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 250));
  }
  await handle.stop();
  throw new Error(
    `wrangler dev did not answer ${handle.url} within ${timeoutMs / 1000} s:\n${output.slice(-4_000)}`,
  );
}
