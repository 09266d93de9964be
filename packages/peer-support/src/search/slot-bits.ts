/** A set of slot numbers as one bit per slot: compact when it holds a large share of them. */
export class SlotBits implements Iterable<number> {
  private words = new Uint32Array(0);
  size = 0;

  /** A bitset holding `slots`. */
  static of(slots: Iterable<number>): SlotBits {
    const bits = new SlotBits();
    for (const s of slots) bits.add(s);
    return bits;
  }

  add(slot: number): void {
    const w = slot >>> 5;
    if (w >= this.words.length) {
      const words = new Uint32Array(Math.max(w + 1, this.words.length * 2));
      words.set(this.words);
      this.words = words;
    }
    const bit = 1 << (slot & 31);
    if (((this.words[w] as number) & bit) === 0) {
      this.words[w] = (this.words[w] as number) | bit;
      this.size += 1;
    }
  }

  has(slot: number): boolean {
    const w = slot >>> 5;
    return w < this.words.length && ((this.words[w] as number) & (1 << (slot & 31))) !== 0;
  }

  delete(slot: number): void {
    const w = slot >>> 5;
    const bit = 1 << (slot & 31);
    if (w < this.words.length && ((this.words[w] as number) & bit) !== 0) {
      this.words[w] = (this.words[w] as number) & ~bit;
      this.size -= 1;
    }
  }

  *[Symbol.iterator](): Iterator<number> {
    const words = this.words;
    for (let w = 0; w < words.length; w += 1) {
      let word = words[w] as number;
      while (word !== 0) {
        const low = word & -word;
        yield (w << 5) + 31 - Math.clz32(low);
        word ^= low;
      }
    }
  }
}
