// npm run test:browser: GraphiQL in a real browser, with no network. A fresh local D1 (its own persist
// directory) with the migrations and the demo data, `wrangler dev` on a free port, Debian's Chromium through
// playwright-core: open /graphql, run the welcome document's first (public) operation, wait for the seed's cell
// in the result pane, save a screenshot to test-artifacts/graphiql.png, and fail if the page asked anything of a
// host other than 127.0.0.1.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join, relative } from "node:path";
import { chromium } from "playwright-core";
import { importTypeScript, root } from "./lib.mjs";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const WRANGLER = join(root, "node_modules", ".bin", "wrangler");
const PERSIST = join(root, ".wrangler", "browser-test");
const ARTIFACTS = join(root, "test-artifacts");
const SCREENSHOT = join(ARTIFACTS, "graphiql.png");
const EXPECTED = "Chi bộ Trung tâm Hành chính công tỉnh";
const FIRST_OPERATION = "ChiBoPAA";
const SERVER_TIMEOUT_MS = 60_000;
const PAGE_TIMEOUT_MS = 30_000;

const started = Date.now();
const step = (message) =>
  console.log(`[browser-test ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);

class Failure extends Error {}
const fail = (message) => {
  throw new Failure(message);
};

// No telemetry, and no fetch of workers.cloudflare.com for `Request.cf` (miniflare's default): no network.
const ENV = { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" };

let server;
let browser;
let serverLog = "";

async function cleanUp() {
  if (browser) {
    await browser.close().catch(() => {});
    browser = undefined;
  }
  if (!serverRunning()) return;
  stopServer("SIGTERM");
  const deadline = Date.now() + 5_000;
  while (serverRunning() && Date.now() < deadline) await new Promise((wait) => setTimeout(wait, 100));
  if (serverRunning()) stopServer("SIGKILL");
}

function serverRunning() {
  return server !== undefined && server.exitCode === null && server.signalCode === null;
}

/** Ends wrangler dev and its workerd: the whole process group started for it (detached below). */
function stopServer(signal = "SIGTERM") {
  if (!serverRunning()) return;
  try {
    process.kill(-server.pid, signal);
  } catch {
    server.kill(signal);
  }
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    stopServer("SIGKILL");
    process.exit(130);
  });
}
process.on("exit", () => stopServer("SIGKILL"));

// A last guard on the whole run: whatever hangs, the server is stopped and the test fails.
const WATCHDOG_MS = 150_000;
setTimeout(() => {
  console.error(`\nbrowser-test FAILED: not done after ${WATCHDOG_MS / 1000} s`);
  process.exit(1);
}, WATCHDOG_MS).unref();

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

/** Runs a command to its end; its output is shown only when it fails. */
function sh(command, args) {
  const result = spawnSync(command, args, {
    cwd: root,
    env: ENV,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (result.status !== 0) {
    fail(
      `${relative(root, command) || command} ${args.join(" ")} failed (${result.status ?? result.signal ?? result.error?.message}):\n` +
        `${result.stdout ?? ""}${result.stderr ?? ""}`.slice(-4_000),
    );
  }
}

function prepareDatabase() {
  step(`fresh local D1 in ${relative(root, PERSIST)}/`);
  rmSync(PERSIST, { recursive: true, force: true });
  mkdirSync(PERSIST, { recursive: true });
  sh(WRANGLER, ["d1", "migrations", "apply", "DB", "--local", "--persist-to", PERSIST]);
  step("migrations applied");
}

async function loadDemoData() {
  const { demoDataStatements } = await importTypeScript("scripts/demo-data.ts");
  const statements = demoDataStatements();
  const demoFile = join(root, ".wrangler", "tmp", "browser-test-demo-data.sql");
  mkdirSync(join(root, ".wrangler", "tmp"), { recursive: true });
  writeFileSync(demoFile, `${statements.join("\n")}\n`);
  sh(WRANGLER, ["d1", "execute", "DB", "--local", "--file", demoFile, "--persist-to", PERSIST]);
  step(`demo data loaded (${statements.length} statements)`);
}

function ensureDevVars() {
  const devVars = join(root, ".dev.vars");
  if (!existsSync(devVars)) {
    writeFileSync(devVars, `JWT_SECRET="${randomBytes(32).toString("hex")}"\n`, { mode: 0o600 });
    step("created .dev.vars with a random development secret");
  }
}

async function startServer(port, inspectorPort) {
  step(`starting wrangler dev on 127.0.0.1:${port}`);
  server = spawn(
    WRANGLER,
    [
      "dev",
      "--ip",
      "127.0.0.1",
      "--port",
      String(port),
      "--inspector-port",
      String(inspectorPort),
      "--persist-to",
      PERSIST,
      "--show-interactive-dev-session=false",
      "--live-reload=false",
    ],
    {
      cwd: root,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: ENV,
    },
  );
  const keep = (chunk) => {
    serverLog = `${serverLog}${chunk}`.slice(-20_000);
  };
  server.stdout.on("data", keep);
  server.stderr.on("data", keep);

  const url = `http://127.0.0.1:${port}/graphql`;
  const deadline = Date.now() + SERVER_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      fail(`wrangler dev exited (${server.exitCode ?? server.signalCode}) before answering`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      step(`GET /graphql answered ${response.status}`);
      return url;
    } catch {
      await new Promise((wait) => setTimeout(wait, 250));
    }
  }
  fail(`wrangler dev did not answer GET ${url} within ${SERVER_TIMEOUT_MS / 1000} s`);
}

function checkChromium() {
  if (!existsSync(CHROMIUM)) {
    fail(
      `${CHROMIUM} not found: install Debian's Chromium (apt-get install -y chromium) or set CHROMIUM_PATH`,
    );
  }
}

async function launchChromium() {
  try {
    return await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  } catch (error) {
    fail(`could not launch Chromium (${CHROMIUM}): ${String(error?.message ?? error).split("\n")[0]}`);
  }
}

async function runInBrowser(url) {
  browser = await launchChromium();
  step(`Chromium ${browser.version()} launched`);
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: "vi-VN" });
  const page = await context.newPage();
  page.setDefaultTimeout(PAGE_TIMEOUT_MS);

  const { host } = new URL(url);
  const requests = [];
  const outside = [];
  const onRequest = (request) => {
    const requestUrl = request.url();
    requests.push(requestUrl);
    if (/^(data|blob|about):/.test(requestUrl)) return;
    let requestHost;
    try {
      requestHost = new URL(requestUrl).hostname;
    } catch {
      requestHost = "";
    }
    if (requestHost !== "127.0.0.1") outside.push(requestUrl);
  };
  context.on("request", onRequest);
  page.on("worker", (worker) => step(`web worker started: ${worker.url().replace(`http://${host}`, "")}`));
  const problems = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("requestfailed", (request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
  );

  const response = await page.goto(url, { waitUntil: "load" });
  const contentType = response?.headers()["content-type"] ?? "";
  if (!response?.ok() || !contentType.includes("text/html")) {
    fail(`GET ${url} from the browser gave ${response?.status()} ${contentType}, not GraphiQL's HTML page`);
  }
  step(`opened ${url} (${response.status()} ${contentType})`);

  // The operation editor holds the welcome document once GraphiQL and Monaco are up.
  const editor = page.getByLabel("Operation Editor");
  await editor.waitFor({ state: "visible" });
  await page.waitForFunction(
    (name) => document.querySelector('[aria-label="Operation Editor"]')?.textContent?.includes(name),
    FIRST_OPERATION,
  );
  step("GraphiQL's editor shows the welcome operations");

  // GraphiQL 5's run button; the welcome document has several operations, so it opens a menu of their names.
  const execute = page.getByRole("button", { name: /^Execute query/ });
  await execute.click();
  const item = page.getByRole("menuitem", { name: FIRST_OPERATION, exact: true });
  try {
    await item.waitFor({ state: "visible", timeout: 5_000 });
  } catch {
    fail(`GraphiQL showed no menu item "${FIRST_OPERATION}" after a click on the run button`);
  }
  const names = await page.getByRole("menuitem").allInnerTexts();
  step(`GraphiQL asks which operation to run (${names.join(", ")}); picking ${FIRST_OPERATION}`);
  await item.click();

  // Monaco renders spaces as no-break spaces: compare with those folded.
  try {
    await page.waitForFunction((expected) => {
      const result = document.querySelector('[aria-label="Result Window"]');
      return result?.textContent?.replace(/\u00a0/g, " ").includes(expected);
    }, EXPECTED);
  } catch {
    const shown = await page
      .locator('[aria-label="Result Window"]')
      .textContent()
      .catch(() => "(no result pane)");
    await saveScreenshot(page);
    fail(
      `the result pane did not show "${EXPECTED}" within ${PAGE_TIMEOUT_MS / 1000} s; it shows:\n` +
        `${(shown ?? "").replace(/\u00a0/g, " ").slice(0, 1_500)}\n${problems.join("\n")}`,
    );
  }
  const result = (await page.locator('[aria-label="Result Window"]').textContent()) ?? "";
  if (/"errors"/.test(result.replace(/\u00a0/g, " "))) {
    fail(`the public operation ${FIRST_OPERATION} answered with errors:\n${result.slice(0, 1_500)}`);
  }
  step(`the result pane shows "${EXPECTED}"`);

  await saveScreenshot(page);

  const local = requests.length - outside.length;
  if (outside.length > 0) {
    fail(`the page loaded ${outside.length} resource(s) from outside 127.0.0.1:\n  ${outside.join("\n  ")}`);
  }
  step(`all ${local} requests of the page went to 127.0.0.1`);
  if (problems.length > 0) step(`noted (not failures):\n  ${problems.join("\n  ")}`);
}

async function saveScreenshot(page) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: SCREENSHOT });
  step(`screenshot saved to ${relative(root, SCREENSHOT)}`);
}

try {
  checkChromium();
  ensureDevVars();
  prepareDatabase();
  await loadDemoData();
  sh(process.execPath, ["scripts/copy-graphiql.mjs"]);
  if (!existsSync(join(root, "public", "graphiql", "yoga-graphiql.umd.js")))
    fail("GraphiQL's assets were not copied");
  step("GraphiQL assets copied to public/graphiql/");
  const port = await freePort();
  const inspectorPort = await freePort();
  const url = await startServer(port, inspectorPort);
  await runInBrowser(url);
  await cleanUp();
  step(`passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.exit(0);
} catch (error) {
  await cleanUp();
  console.error(
    `\nbrowser-test FAILED: ${error instanceof Failure ? error.message : (error?.stack ?? error)}`,
  );
  if (serverLog) console.error(`\n(wrangler dev's last output:)\n${serverLog.slice(-3_000)}`);
  process.exit(1);
}
