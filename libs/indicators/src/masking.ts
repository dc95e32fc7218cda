/** A breakdown cell before masking: its value and how many subjects (or facts) make it. */
export interface Cell {
  key: string;
  value: number;
  contributors: number;
}

export interface MaskedCell {
  key: string;
  /** What a reader sees for the key: a commune's name (the facts hold its INSEE code). */
  label?: string;
  /** Null when masked. */
  value: number | null;
  masked: boolean;
}

/**
 * Statistical confidentiality of one breakdown. Primary masking: a cell made of 1 to `threshold`
 * subjects is hidden. Secondary masking, since the total stays exact: while the hidden cells could
 * be rebuilt from the total minus the visible ones — a single hidden cell, or hidden cells
 * together holding `threshold` subjects or fewer — the smallest visible cell is hidden too.
 */
export function maskCells(cells: readonly Cell[], threshold: number): MaskedCell[] {
  const masked = new Set(cells.filter((c) => c.contributors >= 1 && c.contributors <= threshold).map((c) => c.key));
  const hiddenContributors = () => cells.filter((c) => masked.has(c.key)).reduce((sum, c) => sum + c.contributors, 0);
  while (masked.size > 0 && (masked.size < 2 || hiddenContributors() <= threshold)) {
    const next = cells.filter((c) => !masked.has(c.key)).sort((a, b) => a.contributors - b.contributors || a.key.localeCompare(b.key))[0];
    if (!next) break;
    masked.add(next.key);
  }
  return cells.map((c) => (masked.has(c.key) ? { key: c.key, value: null, masked: true } : { key: c.key, value: c.value, masked: false }));
}
