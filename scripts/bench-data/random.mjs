// A seeded pseudo-random source: the same seed gives the same data set, row for row (Math.random cannot be seeded).

const ID_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

/** splitmix32 turns a small seed into a well-mixed 32-bit state; mulberry32 then draws from it. */
function splitmix32(seed) {
  let state = (seed + 0x9e3779b9) | 0;
  state = Math.imul(state ^ (state >>> 16), 0x85ebca6b);
  state = Math.imul(state ^ (state >>> 13), 0xc2b2ae35);
  return (state ^ (state >>> 16)) >>> 0;
}

export class Random {
  #state;

  constructor(seed) {
    this.#state = splitmix32(seed);
  }

  /** A float in [0, 1) (mulberry32). */
  next() {
    this.#state = (this.#state + 0x6d2b79f5) | 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability) {
    return this.next() < probability;
  }

  pick(items) {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks from [item, weight] pairs. */
  weighted(pairs) {
    const total = pairs.reduce((sum, [, weight]) => sum + weight, 0);
    let threshold = this.next() * total;
    for (const [item, weight] of pairs) {
      threshold -= weight;
      if (threshold < 0) return item;
    }
    return pairs.at(-1)[0];
  }

  /** `count` distinct items, in random order (a partial Fisher–Yates shuffle of a copy). */
  sample(items, count) {
    const copy = [...items];
    const size = Math.min(count, copy.length);
    for (let index = 0; index < size; index += 1) {
      const other = index + Math.floor(this.next() * (copy.length - index));
      [copy[index], copy[other]] = [copy[other], copy[index]];
    }
    return copy.slice(0, size);
  }

  /** An id shaped like the API's newId (16 characters of Crockford base32), so indexes see the same keys. */
  id() {
    let id = "";
    for (let index = 0; index < 16; index += 1) id += ID_ALPHABET[Math.floor(this.next() * 32)];
    return id;
  }
}
