/** A round top for the axis (1, 2 or 5 times a power of ten, four steps), at least 4 so small counts get whole ticks. */
export function axisTop(max: number): number {
  const step = Math.max(1, max / 4);
  const power = 10 ** Math.floor(Math.log10(step));
  const nice = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= step) ?? step;
  return nice * 4;
}
