// Poisson draws by table lookup, for the bootstrap: a cell of m identical rows gets Poisson(m)
// copies in a resample (the sum of m independent Poisson(1) multiplicities), so the work per
// resample is one draw per cell instead of one per row. Means are whole numbers (row counts)
// and few distinct ones occur, so each cumulative table is built once and shared.

const TAIL = 1e-13;

export class PoissonTables {
  private readonly tables = new Map<number, Float64Array>();

  /** Cumulative probabilities P(X <= k) for X ~ Poisson(mean), up to a negligible tail. */
  table(mean: number): Float64Array {
    let table = this.tables.get(mean);
    if (!table) {
      if (!(mean > 0) || !Number.isInteger(mean)) throw new RangeError(`PoissonTables: mean must be a positive integer, got ${mean}`);
      const values: number[] = [];
      // Built in log space from the mode outwards would be overkill: exp(-mean) underflows only
      // past mean ≈ 745, so recurse on the log of the probability instead.
      let logP = -mean;
      let cumulative = 0;
      for (let k = 0; ; k++) {
        if (k > 0) logP += Math.log(mean / k);
        cumulative += Math.exp(logP);
        values.push(cumulative);
        if (k > mean && 1 - cumulative < TAIL) break;
        if (k > mean + 40 * Math.sqrt(mean) + 40) break;
      }
      values[values.length - 1] = 1;
      table = Float64Array.from(values);
      this.tables.set(mean, table);
    }
    return table;
  }

  /**
   * The smallest k with u < P(X <= k), for u uniform on [0, 1). The search starts at the mean
   * and steps outwards: about 0.8·√mean comparisons, fewer than a binary search for the small
   * cells that dominate.
   */
  static draw(table: Float64Array, u: number, mean: number): number {
    let k = Math.min(mean, table.length - 1);
    if (u < table[k]) {
      while (k > 0 && u < table[k - 1]) k--;
    } else {
      while (k < table.length - 1 && !(u < table[k])) k++;
    }
    return k;
  }
}
