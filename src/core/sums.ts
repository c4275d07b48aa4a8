// Accurate sums: amounts from a million rows must add up to the cent, whatever their order.

/** Neumaier's compensated summation: order-independent to within one rounding. */
export class ExactSum {
  private sum = 0;
  private carry = 0;

  add(x: number): void {
    const t = this.sum + x;
    if (Math.abs(this.sum) >= Math.abs(x)) this.carry += this.sum - t + x;
    else this.carry += x - t + this.sum;
    this.sum = t;
  }

  get value(): number {
    return this.sum + this.carry;
  }
}

/**
 * Comparisons of sums against thresholds treat values within this relative distance as equal,
 * so that decimal amounts classify as they would on paper (0.1 + 0.7 is not "below" 0.8).
 */
export const RELATIVE_TOLERANCE = 1e-12;

/** `x < limit` on paper: strictly below, by more than rounding noise relative to `scale`. */
export function clearlyBelow(x: number, limit: number, scale: number): boolean {
  return x < limit - RELATIVE_TOLERANCE * Math.abs(scale);
}

/** `x ≤ limit` on paper. */
export function atMost(x: number, limit: number, scale: number): boolean {
  return x <= limit + RELATIVE_TOLERANCE * Math.abs(scale);
}
