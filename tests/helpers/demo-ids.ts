import type { FastifyInstance } from 'fastify';

/** Small API look-ups tests use to find demo rows instead of hard-coding ids. */
export async function resultOf(app: FastifyInstance, cookie: string, year: number, area: string) {
  const res = await app.inject({
    url: `/api/v1/periods/${year}/areas/${area}`,
    headers: { cookie },
  });
  if (res.statusCode !== 200)
    throw new Error(`result ${year}/${area}: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** The year's version, which a period state change names (Period.version). */
export async function yearVersion(app: FastifyInstance, year: number): Promise<number> {
  const res = await app.inject({ url: `/api/v1/periods/${year}` });
  if (res.statusCode !== 200) throw new Error(`period ${year}: ${res.statusCode} ${res.body}`);
  return res.json().version;
}

type Leaf = {
  code: string;
  indicator?: { answer: { type: string }; selfValue: unknown; figure?: unknown };
  children?: Leaf[];
};

export function leavesOf(result: { tree: Leaf[] }): Leaf[] {
  const out: Leaf[] = [];
  const walk = (nodes: Leaf[]) => {
    for (const n of nodes) {
      if (n.indicator) out.push(n);
      if (n.children) walk(n.children);
    }
  };
  walk(result.tree);
  return out;
}

/** A valid value for any indicator answer type. */
export function validValue(answer: { type: string; options?: { value: string }[] }): unknown {
  switch (answer.type) {
    case 'yesno':
      return true;
    case 'scale':
      return 'B';
    case 'choice':
      return answer.options?.[0]?.value;
    default:
      return 80;
  }
}

/** Answers every unanswered indicator of an area as its chair, returning the last version. */
export async function completeArea(
  app: FastifyInstance,
  cookie: string,
  year: number,
  area: string,
): Promise<number> {
  let result = await resultOf(app, cookie, year, area);
  for (const leaf of leavesOf(result)) {
    // Sourced figures are the secretariat's (PUT …/hasil/:code), not the chair's.
    if (leaf.indicator?.selfValue !== null || leaf.indicator.figure) continue;
    const res = await app.inject({
      method: 'PUT',
      url: `/api/v1/periods/${year}/areas/${area}/indicators/${leaf.code}`,
      headers: { cookie },
      payload: { version: result.version, selfValue: validValue(leaf.indicator.answer) },
    });
    if (res.statusCode !== 200)
      throw new Error(`answer ${leaf.code}: ${res.statusCode} ${res.body}`);
    result = res.json();
  }
  return result.version;
}
