// One number per pair, appended while the replay runs and read once when the metric finishes.
//
// Why not number[]: at 100,000 pairs a text run keeps ten such arrays. V8 grows each by copying it
// into one 1.5× larger, and since every array gains one value per pair they all grow at the same pair:
// the copies, the slack and the garbage they leave briefly doubled the ~8 MB the values need, on the
// V8 heap, at the end of the run where the judge and the reports add their own. A column sized from
// the expected pair count (MetricContext.expectedPairs) holds exactly the values, outside the V8 heap,
// and hands them to the judge as a view without copying.
//
// Order. Pairs finish in whatever order the endpoints answer, and shards of a run hold interleaved
// parts of the dataset, yet a mean or a sum of squares depends on the order of its terms. A value pushed
// with a key (its record's dataset line) is read back in key order, so one run, a re-run, and the merge
// of any split into shards hand the judge the same values in the same order, and every number matches.

/** A keyed column's JSON form. */
export interface KeyedColumnJson {
  values: number[];
  keys: number[];
}

/** A column's JSON form (the values in order, or values with keys), and anything else a merge accepts in its place. */
export type ColumnInput = NumberColumn | ArrayLike<number> | KeyedColumnJson;

function isKeyedJson(input: ColumnInput): input is KeyedColumnJson {
  return !(input instanceof NumberColumn) && !ArrayBuffer.isView(input) && !Array.isArray(input) && 'keys' in input && 'values' in input;
}

export class NumberColumn {
  #values: Float64Array;
  /** The key of each value (a dataset line), when the values were pushed with keys. */
  #keys: Uint32Array | undefined;
  #length = 0;
  /** Keys were pushed in non-decreasing order so far: values() need not reorder. */
  #inKeyOrder = true;
  /** A merge's running total (see reserve): concatenating onto it appends in place. */
  #accumulator = false;

  /** `capacity`: how many values to expect; more still fit (the column grows by half). */
  constructor(capacity = 0) {
    this.#values = new Float64Array(Math.max(0, Math.floor(capacity)));
  }

  static from(input: ColumnInput, capacity = 0): NumberColumn {
    if (input instanceof NumberColumn) return NumberColumn.concat(input, new NumberColumn(), capacity);
    if (isKeyedJson(input)) return NumberColumn.withKeys(Float64Array.from(input.values), Uint32Array.from(input.keys));
    const column = new NumberColumn(Math.max(capacity, input.length));
    column.#values.set(input);
    column.#length = input.length;
    return column;
  }

  /** Values with their keys (as a partial result stores them); keys must be integers in [0, 2³²). */
  static withKeys(values: Float64Array, keys: Uint32Array): NumberColumn {
    if (values.length !== keys.length) throw new Error(`column has ${values.length} values but ${keys.length} keys`);
    const column = new NumberColumn();
    column.#values = values;
    column.#keys = keys;
    column.#length = values.length;
    column.#inKeyOrder = isNonDecreasing(keys, 0, keys.length);
    return column;
  }

  /**
   * A copy of `column` with room for `capacity` values that merges append to in place: a merge of N shards
   * then holds the merged values once, not the previous total beside the next one at every step.
   */
  static reserve(column: NumberColumn, capacity: number): NumberColumn {
    const accumulator = NumberColumn.concat(column, new NumberColumn(), Math.max(capacity, column.#length));
    accumulator.#accumulator = true;
    return accumulator;
  }

  /**
   * a's values, then b's: how shards' states merge (keyed columns are read back in key order). Accepts the
   * JSON form of either. Inputs are left as they were, except a column from reserve(), which b is appended to.
   */
  static concat(a: ColumnInput, b: ColumnInput, capacity = 0): NumberColumn {
    const left = a instanceof NumberColumn ? a : NumberColumn.from(a);
    const right = b instanceof NumberColumn ? b : NumberColumn.from(b);
    const length = left.#length + right.#length;
    const keyed = left.#keys !== undefined || right.#keys !== undefined;
    if (keyed && ((left.#keys === undefined && left.#length > 0) || (right.#keys === undefined && right.#length > 0))) {
      throw new Error('cannot concatenate a keyed column with one without keys');
    }
    if (left.#accumulator && left.#values.length >= length && (!keyed || left.#keys !== undefined || left.#length === 0)) {
      if (keyed && !left.#keys) left.#keys = new Uint32Array(left.#values.length);
      left.#values.set(right.#values.subarray(0, right.#length), left.#length);
      if (left.#keys && right.#keys) left.#keys.set(right.#keys.subarray(0, right.#length), left.#length);
      if (keyed && right.#length > 0) {
        const joinsInOrder = left.#length === 0 || right.#keys![0]! >= left.#keys![left.#length - 1]!;
        left.#inKeyOrder = (left.#length === 0 || left.#inKeyOrder) && right.#inKeyOrder && joinsInOrder;
      }
      left.#length = length;
      return left;
    }
    const column = new NumberColumn(Math.max(capacity, left.#accumulator ? Math.ceil(length * 1.25) : length));
    column.#accumulator = left.#accumulator;
    column.#values.set(left.#values.subarray(0, left.#length));
    column.#values.set(right.#values.subarray(0, right.#length), left.#length);
    column.#length = length;
    if (keyed) {
      column.#keys = new Uint32Array(column.#values.length);
      if (left.#keys) column.#keys.set(left.#keys.subarray(0, left.#length));
      if (right.#keys) column.#keys.set(right.#keys.subarray(0, right.#length), left.#length);
      column.#inKeyOrder = isNonDecreasing(column.#keys, 0, length);
    }
    return column;
  }

  get length(): number {
    return this.#length;
  }

  /** Whether values carry keys (see keys()). */
  get keyed(): boolean {
    return this.#keys !== undefined;
  }

  /**
   * Appends a value; `key` (the pair's dataset line) fixes where it is read back. A column takes keys for
   * all of its values or for none.
   */
  push(value: number, key?: number): void {
    if ((key !== undefined) !== (this.#keys !== undefined) && this.#length > 0) {
      throw new Error(key === undefined ? 'this column needs a key with every value' : 'this column was filled without keys');
    }
    if (this.#length === this.#values.length) {
      const grown = new Float64Array(Math.ceil(this.#values.length * 1.5) + 16);
      grown.set(this.#values);
      this.#values = grown;
    }
    if (key !== undefined) {
      if (!this.#keys || this.#keys.length < this.#values.length) {
        const keys = new Uint32Array(this.#values.length);
        if (this.#keys) keys.set(this.#keys.subarray(0, this.#length));
        this.#keys = keys;
      }
      if (this.#length > 0 && key < this.#keys[this.#length - 1]!) this.#inKeyOrder = false;
      this.#keys[this.#length] = key;
    }
    this.#values[this.#length++] = value;
  }

  /** The values so far, in key order when keyed, without copying: a view that later pushes may leave behind. */
  values(): Float64Array {
    this.#sortByKey();
    return this.#values.subarray(0, this.#length);
  }

  /** The keys of values(), in the same order (undefined for a column without keys). */
  keys(): Uint32Array | undefined {
    this.#sortByKey();
    return this.#keys?.subarray(0, this.#length);
  }

  toJSON(): number[] | KeyedColumnJson {
    const values = Array.from(this.values());
    const keys = this.keys();
    return keys ? { values, keys: Array.from(keys) } : values;
  }

  /** Reorders values and keys by key (stable: equal keys keep their order). */
  #sortByKey(): void {
    if (this.#inKeyOrder || !this.#keys) return;
    const n = this.#length;
    const keys = this.#keys.subarray(0, n);
    const order = keyOrder(keys);
    const values = new Float64Array(this.#values.length);
    const sortedKeys = new Uint32Array(this.#values.length);
    for (let i = 0; i < n; i++) {
      const from = order[i]!;
      values[i] = this.#values[from]!;
      sortedKeys[i] = keys[from]!;
    }
    this.#values = values;
    this.#keys = sortedKeys;
    this.#inKeyOrder = true;
  }
}

function isNonDecreasing(keys: Uint32Array, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (keys[i]! < keys[i - 1]!) return false;
  return true;
}

/**
 * The indexes of `keys` in stable key order. Keys are dataset lines, dense in practice: a counting sort
 * over their range is linear (a million values in milliseconds); sparse keys fall back to a comparison sort.
 */
function keyOrder(keys: Uint32Array): Uint32Array {
  const n = keys.length;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const k = keys[i]!;
    if (k < min) min = k;
    if (k > max) max = k;
  }
  const order = new Uint32Array(n);
  if (n === 0) return order;
  const range = max - min + 1;
  if (range <= 4 * n + 1024) {
    const starts = new Uint32Array(range + 1);
    for (let i = 0; i < n; i++) starts[keys[i]! - min + 1] = starts[keys[i]! - min + 1]! + 1;
    for (let r = 1; r <= range; r++) starts[r] = starts[r]! + starts[r - 1]!;
    for (let i = 0; i < n; i++) {
      const slot = keys[i]! - min;
      order[starts[slot]!] = i;
      starts[slot] = starts[slot]! + 1;
    }
    return order;
  }
  for (let i = 0; i < n; i++) order[i] = i;
  return order.sort((a, b) => keys[a]! - keys[b]! || a - b);
}
