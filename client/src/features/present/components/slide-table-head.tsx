import type { ReactNode } from 'react';

/**
 * A slide table's heading row: the first column names the rows, the others hold numbers
 * (right-aligned), as every table on the deck has them.
 */
export function SlideTableHead({ name, numbers }: { name: ReactNode; numbers: ReactNode[] }) {
  return (
    <thead>
      <tr>
        <th scope="col">{name}</th>
        {numbers.map((label, i) => (
          // the columns are fixed per table: their place is their identity
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <th scope="col" className="num" key={i}>
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
