/**
 * Rounds a Goldstein sum or mean to hundredths for answers. Sums of floats differ in their last bits
 * with the order rows are added in (storage order, or another database's algorithm), and a mean that
 * is exactly a half hundredth (45.7 / 20 = 2.285) would round up or down by that noise; rounding to a
 * millionth first removes it, so that every store and every order of arrival answers alike.
 */
export function roundHundredths(n: number): number {
  return Math.round(Math.round(n * 1e6) / 1e4) / 100;
}
