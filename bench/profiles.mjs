// Reading a V8 CPU profile (workerd's, through bench/profile.mjs, or Node's, through bench/node-profile.mjs):
// samples attributed to the modules of an esbuild bundle, and tallied per request by module, package or function.

/** The bundle's modules by first line: esbuild writes `// <path>` before each one. */
export function modulesOfBundle(bundle) {
  const starts = [];
  bundle.split("\n").forEach((line, index) => {
    const named = /^\/\/ ((?:node_modules|src)\/\S+)$/.exec(line);
    if (named) starts.push({ line: index, module: named[1] });
  });
  return (line) => {
    let low = 0;
    let high = starts.length - 1;
    let found = "(runtime)";
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (starts[middle].line <= line) {
        found = starts[middle].module;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  };
}

/** A module's group: a package under node_modules, or a file of Chibo's own. */
export function packageOf(module) {
  if (!module.startsWith("node_modules/")) return module;
  const parts = module.split("/");
  return parts[1].startsWith("@") ? `${parts[1]}/${parts[2]}` : parts[1];
}

/** Milliseconds per request spent in each key: self (the frame on top) and inclusive (anywhere on the stack). */
export function tally(profile, keyOf, requests) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const self = new Map();
  const inclusive = new Map();
  profile.samples.forEach((sampleId, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000 / requests;
    const top = keyOf(byId.get(sampleId));
    self.set(top, (self.get(top) ?? 0) + ms);
    const seen = new Set();
    for (let id = sampleId; id !== undefined; id = parentOf.get(id)) {
      const key = keyOf(byId.get(id));
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
    }
  });
  return { self, inclusive };
}

export function top(map, count) {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, ms]) => `${ms.toFixed(3).padStart(8)} ms  ${key}`)
    .join("\n");
}
