/// <reference types="vite/types/importMeta.d.ts" />
import { describe, expect, it } from "vitest";

/**
 * The layers of src/, lowest first, and what each may import: a request goes from HTTP (headers, limits, sessions,
 * routes) to its context, to the schema's resolvers, to the rules of the domain and the SQL of db. Nothing imports
 * upwards; db knows nothing of GraphQL or HTTP; the domain imports nothing but itself. docs/architecture.md.
 */
const LAYERS = {
  domain: ["domain"],
  db: ["db", "domain"],
  auth: ["auth", "db", "domain"],
  context: ["context", "auth", "db", "domain"],
  schema: ["schema", "context", "auth", "db", "domain"],
  http: ["http", "schema", "context", "auth", "db", "domain"],
  worker: ["worker", "http", "schema", "context", "auth", "db", "domain"],
} as const;
type Layer = keyof typeof LAYERS;

/** Packages a layer may not import: the database layer speaks SQL, not GraphQL or HTTP. */
const FORBIDDEN_PACKAGES: Partial<Record<Layer, RegExp>> = {
  domain: /^[^.]/,
  db: /^(graphql|graphql-yoga|@pothos\/)/,
};

/** A file past this many lines is more than one thing a reader can hold: split it by sub-feature. */
const LINES_PER_FILE = 450;

const sources = import.meta.glob<string>("../../src/**/*.ts", {
  query: "?raw",
  import: "default",
  eager: true,
});
const files = new Map(Object.entries(sources).map(([path, text]) => [path.replace("../../", ""), text]));

function layerOf(file: string): Layer {
  if (file.startsWith("src/domain/")) return "domain";
  if (file.startsWith("src/db/")) return "db";
  if (file.startsWith("src/auth/")) return "auth";
  if (file === "src/context.ts") return "context";
  if (file.startsWith("src/schema/") || file === "src/builder.ts") return "schema";
  if (file.startsWith("src/http/") || file.startsWith("src/routes/")) return "http";
  return "worker";
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s(?:[^"';]*?\sfrom\s)?"([^"]+)"/g;

function specifiersOf(text: string): string[] {
  return [...text.matchAll(IMPORT)].map((match) => match[1] as string);
}

function resolved(from: string, specifier: string): string | null {
  const parts = from.split("/").slice(0, -1);
  for (const part of specifier.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== ".") parts.push(part);
  }
  const path = parts.join("/");
  for (const candidate of [`${path}.ts`, `${path}/index.ts`]) if (files.has(candidate)) return candidate;
  return null;
}

const graph = new Map(
  [...files].map(([file, text]) => [
    file,
    specifiersOf(text)
      .filter((specifier) => specifier.startsWith("."))
      .flatMap((specifier) => resolved(file, specifier) ?? []),
  ]),
);

describe("the layers of src", () => {
  it("reads the source files and their imports", () => {
    expect(files.size).toBeGreaterThan(100);
    expect(graph.get("src/index.ts")).toContain("src/context.ts");
  });

  it("imports only downwards", () => {
    const upwards = [...graph].flatMap(([file, imports]) =>
      imports
        .filter((target) => !(LAYERS[layerOf(file)] as readonly Layer[]).includes(layerOf(target)))
        .map((target) => `${file} (${layerOf(file)}) → ${target} (${layerOf(target)})`),
    );
    expect(upwards).toEqual([]);
  });

  it("keeps GraphQL and HTTP out of db, and every package out of the domain", () => {
    const forbidden = [...files].flatMap(([file, text]) => {
      const rule = FORBIDDEN_PACKAGES[layerOf(file)];
      return rule
        ? specifiersOf(text)
            .filter((specifier) => !specifier.startsWith(".") && rule.test(specifier))
            .map((specifier) => `${file} → ${specifier}`)
        : [];
    });
    expect(forbidden).toEqual([]);
  });

  it("has no import cycles", () => {
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const trail: string[] = [];
    const visit = (file: string) => {
      state.set(file, "open");
      trail.push(file);
      for (const target of graph.get(file) ?? []) {
        if (state.get(target) === "open")
          cycles.push([...trail.slice(trail.indexOf(target)), target].join(" → "));
        else if (!state.has(target)) visit(target);
      }
      trail.pop();
      state.set(file, "done");
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });

  it("keeps every file within what a reader can hold", () => {
    const long = [...files]
      .map(([file, text]) => ({ file, lines: text.split("\n").length }))
      .filter(({ lines }) => lines > LINES_PER_FILE)
      .map(({ file, lines }) => `${file}: ${lines} lines`);
    expect(long).toEqual([]);
  });
});
