// One number per pair, appended while the replay runs and read once when the metric finishes.
//
// Why not number[]: at 100,000 pairs a text run keeps ten such arrays. V8 grows each by copying it
// into one 1.5× larger, and since every array gains one value per pair they all grow at the same pair:
// the copies, the slack and the garbage they leave briefly doubled the ~8 MB the values need, on the
// V8 heap, at the end of the run where the judge and the reports add their own. A column sized from
// the expected pair count (MetricContext.expectedPairs) holds exactly the values, outside the V8 heap,
// and hands them to the judge as a view without copying.

/** A column's JSON form, and anything else a merge accepts in its place: the values in order. */
export type ColumnInput = NumberColumn | ArrayLike<number>;

export class NumberColumn {
  #values: Float64Array;
  #length = 0;

  /** `capacity`: how many values to expect; more still fit (the column grows by half). */
  constructor(capacity = 0) {
    this.#values = new Float64Array(Math.max(0, Math.floor(capacity)));
  }

  static from(input: ColumnInput, capacity = 0): NumberColumn {
    const source = input instanceof NumberColumn ? input.values() : input;
    const column = new NumberColumn(Math.max(capacity, source.length));
    column.#values.set(source);
    column.#length = source.length;
    return column;
  }

  /** a's values, then b's: how shards' states merge. Accepts the JSON form of either. */
  static concat(a: ColumnInput, b: ColumnInput): NumberColumn {
    const column = NumberColumn.from(a, a.length + b.length);
    column.#values.set(b instanceof NumberColumn ? b.values() : b, column.#length);
    column.#length += b.length;
    return column;
  }

  get length(): number {
    return this.#length;
  }

  push(value: number): void {
    if (this.#length === this.#values.length) {
      const grown = new Float64Array(Math.ceil(this.#values.length * 1.5) + 16);
      grown.set(this.#values);
      this.#values = grown;
    }
    this.#values[this.#length++] = value;
  }

  /** The values so far, without copying: a view that later pushes may leave behind. */
  values(): Float64Array {
    return this.#values.subarray(0, this.#length);
  }

  toJSON(): number[] {
    return Array.from(this.values());
  }
}
