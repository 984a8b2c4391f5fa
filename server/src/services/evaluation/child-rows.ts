// SQLite refuses a statement with more than 32,766 bound variables, so a list of parent ids
// goes into `IN (…)` a slice at a time; the rows are then grouped once by parent instead of
// being filtered again for every parent.
const SLICE = 5_000;

/** The child rows of `parentIds`, loaded a slice of ids at a time, grouped by parent id. */
export function childRowsByParent<T>(
  parentIds: readonly number[],
  load: (ids: number[]) => T[],
  parentOf: (row: T) => number,
): Map<number, T[]> {
  const byParent = new Map<number, T[]>();
  for (let start = 0; start < parentIds.length; start += SLICE) {
    for (const row of load(parentIds.slice(start, start + SLICE))) {
      const id = parentOf(row);
      const list = byParent.get(id);
      if (list) list.push(row);
      else byParent.set(id, [row]);
    }
  }
  return byParent;
}
