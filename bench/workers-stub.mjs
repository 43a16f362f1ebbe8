// `cloudflare:workers` for bench/node-profile.mjs: the Worker's Durable Object class extends this base; the
// profile never reaches a Durable Object.
export class DurableObject {
  constructor(ctx, env) {
    this.ctx = ctx;
    this.env = env;
  }
}
