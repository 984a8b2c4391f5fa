import type { Framework } from './framework';
import { pmprb2014 } from './pmprb-2014';
import { pmprb2020, pmprb2021 } from './pmprb-2020';
import { pmprb2023 } from './pmprb-2023';
import { pmprb2024 } from './pmprb-2024';

/** The framework versions that ship with the product, by id. */
export const FRAMEWORKS: ReadonlyMap<string, Framework> = new Map(
  [pmprb2014, pmprb2020, pmprb2021, pmprb2023, pmprb2024].map((f) => [f.id, f]),
);

export function frameworkById(id: string): Framework {
  const framework = FRAMEWORKS.get(id);
  if (!framework) throw new Error(`framework ${id} is not shipped`);
  return framework;
}
