// CPU time of a process group, read from /proc (Linux): user + system time of every process in the group, by
// command name, so that the Worker's runtime (workerd) and the local plumbing around it (wrangler's node) are told
// apart. Elsewhere (no /proc) it reports nothing and the bench leaves the column empty.

import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** Fields of /proc/<pid>/stat after the command, which is in parentheses and may hold spaces. */
function statOf(pid) {
  const text = readFileSync(`/proc/${pid}/stat`, "utf8");
  const close = text.lastIndexOf(")");
  return { command: text.slice(text.indexOf("(") + 1, close), fields: text.slice(close + 2).split(" ") };
}

/** Milliseconds of CPU spent so far by each command of the process group, or null where /proc is missing. */
export function groupCpu(groupId) {
  let pids;
  try {
    pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  const byCommand = {};
  for (const pid of pids) {
    try {
      const { command, fields } = statOf(pid);
      // After the command: state (0), ppid (1), pgrp (2) … utime (11), stime (12).
      if (Number(fields[2]) !== groupId) continue;
      const ms = ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
      const name = command.startsWith("workerd") ? "workerd" : "plumbing";
      byCommand[name] = (byCommand[name] ?? 0) + ms;
    } catch {
      // the process ended between the listing and the read
    }
  }
  return byCommand;
}

/** CPU milliseconds per request of each part and in all, between two readings of groupCpu. */
export function cpuPerRequest(before, after, requests) {
  if (!before || !after || requests <= 0) return null;
  const part = (name) => ((after[name] ?? 0) - (before[name] ?? 0)) / requests;
  const workerd = part("workerd");
  const plumbing = part("plumbing");
  return { total: workerd + plumbing, workerd, plumbing };
}
