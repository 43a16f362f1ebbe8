/**
 * The fuzz test's only source of randomness: mulberry32, seeded, so that every run sends the same requests in the
 * same order and a failure names a case that the next run sends again.
 */
export const FUZZ_SEED = 0x43_48_49_42;

export class Random {
  private state: number;

  constructor(private readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let mixed = this.state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<Item>(items: readonly Item[]): Item {
    if (items.length === 0) throw new Error("Cannot pick from an empty list.");
    return items[this.int(0, items.length - 1)] as Item;
  }

  /** `length` characters (UTF-16 code units or whole code points, as the alphabet holds them) of `alphabet`. */
  text(alphabet: readonly string[], length: number): string {
    let text = "";
    for (let index = 0; index < length; index += 1) text += this.pick(alphabet);
    return text;
  }

  /** A generator of its own, so that adding cases to one category leaves the others' requests as they were. */
  fork(label: string): Random {
    let hash = this.seed ^ 0x9e3779b9;
    for (const character of label) hash = Math.imul(hash ^ character.charCodeAt(0), 0x01000193);
    return new Random(hash >>> 0);
  }
}
