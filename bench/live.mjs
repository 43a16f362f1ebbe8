// npm run bench:live [-- --subscribers 200]
// Live events' delivery time: N members of a committee's subtree subscribe over SSE (graphql-sse's distinct
// connections mode, as an app does), the committee publishes an announcement, and each subscriber's arrival is timed
// from the moment the publishing request was sent. Runs on `npm start`'s local D1 (migrated, demo loaded; the members
// are added under the demo's bloc committee, named by the run) through `wrangler dev`; prints the figures and writes
// them to bench/results/live-<timestamp>.json. Local figures: the publishing Worker, the channel (a Durable Object)
// and every subscription share one machine — compare runs on the same machine, not with a deployment.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { SignJWT } from "jose";
import { startDevServer } from "../scripts/dev-server.mjs";
import { developmentSecret, importTypeScript, root, run } from "../scripts/lib.mjs";

const { values: options } = parseArgs({ options: { subscribers: { type: "string", default: "200" } } });
const subscribers = Number(options.subscribers);
if (!(Number.isInteger(subscribers) && subscribers > 0 && subscribers <= 1000)) {
  console.error("Usage: npm run bench:live [-- --subscribers <1–1000>]");
  process.exit(2);
}
const MEMBERS_PER_CELL = 20;
const ROUNDS = 5;

const secret = new TextEncoder().encode(developmentSecret());
async function tokenFor(grants, person) {
  const jwt = new SignJWT({ grants })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuer("chibo-dev")
    .setAudience("chibo");
  if (person) jwt.setSubject(person);
  return jwt.setIssuedAt().setExpirationTime("2h").sign(secret);
}
const rawId = (globalId) => atob(globalId).split(":").at(-1);

run("wrangler", ["d1", "migrations", "apply", "DB", "--local"]);
const { demoDataStatements, DEMO } = await importTypeScript("scripts/demo-data.ts");
const demoFile = join(root, ".wrangler", "tmp", "demo-data.sql");
mkdirSync(join(root, ".wrangler", "tmp"), { recursive: true });
writeFileSync(demoFile, `${demoDataStatements().join("\n")}\n`);
run("wrangler", ["d1", "execute", "DB", "--local", "--file", demoFile]);

const server = await startDevServer(["--var", "RATE_LIMIT:off", "--var", "WORK_LIMIT:off"], {
  timeoutMs: 90_000,
  answers: async (url) =>
    (
      await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: '{"query":"{ __typename }"}',
      })
    ).ok,
});

async function graphql(query, variables, token) {
  const response = await fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
async function mutate(name, input, selection, token) {
  const type = `${name[0].toUpperCase()}${name.slice(1)}Input`;
  const data = await graphql(
    `mutation ($input: ${type}!) { ${name}(input: $input) { ${selection} errors { code message } } }`,
    { input },
    token,
  );
  if (data[name].errors.length > 0) throw new Error(`${name}: ${JSON.stringify(data[name].errors)}`);
  return data[name];
}

/** Opens a subscription; `next()` resolves when its next event arrives (with the time it arrived). */
async function subscriber(token) {
  const controller = new AbortController();
  const response = await fetch(server.url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "text/event-stream",
      authorization: `Bearer ${token}`,
    },
    body: JSON.stringify({ query: "subscription { events(kinds: [ANNOUNCEMENT]) { eventId } }" }),
    signal: controller.signal,
  });
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const arrived = [];
  const waiting = [];
  (async () => {
    let buffered = "";
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ done: true }));
      if (done) return;
      buffered += value;
      for (let end = buffered.indexOf("\n\n"); end >= 0; end = buffered.indexOf("\n\n")) {
        const message = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        if (!message.includes("event: next")) continue;
        const now = performance.now();
        const resolve = waiting.shift();
        if (resolve) resolve(now);
        else arrived.push(now);
      }
    }
  })();
  return {
    next: () =>
      arrived.length > 0 ? Promise.resolve(arrived.shift()) : new Promise((resolve) => waiting.push(resolve)),
    close: () => controller.abort(),
  };
}

try {
  const admin = await tokenFor([{ role: "ADMIN" }]);
  const stamp = new Date().toISOString().slice(0, 19);
  const committee = (
    await mutate(
      "createCell",
      {
        name: `Đảng bộ đo trực tiếp ${stamp}`,
        kind: "GRASSROOTS_COMMITTEE",
        parentId: btoa(`Cell:${DEMO.bloc}`),
      },
      "cell { id }",
      admin,
    )
  ).cell.id;
  process.stderr.write(
    `Adding ${subscribers} members in ${Math.ceil(subscribers / MEMBERS_PER_CELL)} cells …\n`,
  );
  const members = [];
  for (let cellIndex = 0; members.length < subscribers; cellIndex += 1) {
    const cell = (
      await mutate(
        "createCell",
        {
          name: `Chi bộ ${cellIndex + 1} đo trực tiếp ${stamp}`,
          kind: "SUBORDINATE_CELL",
          parentId: committee,
        },
        "cell { id }",
        admin,
      )
    ).cell.id;
    const count = Math.min(MEMBERS_PER_CELL, subscribers - members.length);
    const added = await Promise.all(
      Array.from({ length: count }, async (_, index) => {
        const person = (
          await mutate(
            "createCandidate",
            { fullName: `Đảng viên ${cellIndex + 1}.${index + 1}`, cellId: cell },
            "person { id }",
            admin,
          )
        ).person.id;
        await mutate("admitMember", { personId: person, admittedOn: "2015-03-01" }, "person { id }", admin);
        return { cell, person };
      }),
    );
    members.push(...added);
  }
  const tokens = await Promise.all(
    members.map(({ cell, person }) => tokenFor([{ role: "MEMBER", cell: rawId(cell) }], rawId(person))),
  );
  const committeeToken = await tokenFor([{ role: "COMMITTEE", cell: rawId(committee) }]);

  process.stderr.write(`Subscribing ${subscribers} members …\n`);
  const subscriptions = await Promise.all(tokens.map((token) => subscriber(token)));
  // The subscriptions listen once their channels accepted them: a moment after their streams opened.
  await new Promise((resolve) => setTimeout(resolve, 2_000));

  // Several announcements, one after another: the first pays for code and caches the later ones find warm.
  const rounds = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const arrivals = subscriptions.map((subscription) => subscription.next());
    const sentAt = performance.now();
    await mutate(
      "publishAnnouncement",
      {
        senderId: committee,
        audience: "MEMBERS",
        title: `Đo thời gian nhận thông báo ${round + 1}`,
        body: "…",
      },
      "announcement { id }",
      committeeToken,
    );
    const answeredMs = performance.now() - sentAt;
    const timeout = new Promise((resolve) => setTimeout(() => resolve(null), 30_000));
    const arrived = await Promise.all(arrivals.map((arrival) => Promise.race([arrival, timeout])));
    const delays = arrived
      .filter((at) => at !== null)
      .map((at) => at - sentAt)
      .sort((a, b) => a - b);
    const at = (share) => Math.round(delays[Math.min(delays.length - 1, Math.floor(share * delays.length))]);
    rounds.push({
      received: delays.length,
      publishAnsweredMs: Math.round(answeredMs),
      deliveryMs: { p50: at(0.5), p95: at(0.95), max: Math.round(delays.at(-1)) },
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  for (const subscription of subscriptions) subscription.close();
  const figures = { subscribers, rounds };
  for (const [index, round] of rounds.entries()) {
    console.log(
      `#${index + 1}: ${round.received} of ${subscribers} received; publish answered in ${round.publishAnsweredMs} ms; ` +
        `delivery from the send: p50 ${round.deliveryMs.p50} ms, p95 ${round.deliveryMs.p95} ms, max ${round.deliveryMs.max} ms`,
    );
  }
  const directory = join(root, "bench", "results");
  mkdirSync(directory, { recursive: true });
  const file = join(directory, `live-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`Written to ${relative(root, file)}`);
  if (rounds.some((round) => round.received < subscribers)) process.exitCode = 1;
} finally {
  await server.stop();
}
