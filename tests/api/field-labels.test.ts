import { FIELD_LABELS, fieldLabel } from '@rapor/shared/field-labels';
import { describe, expect, it } from 'vitest';
import { servedDocument } from './openapi-doc';

type Schema = {
  $ref?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
};
type Operation = {
  parameters?: { name: string; in: string }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
};

/** Every field name a request can carry: path and query parameters, body properties at any depth. */
function requestFields(document: {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}): Set<string> {
  const names = new Set<string>();
  const seen = new Set<Schema>();
  const walk = (schema: Schema | undefined) => {
    if (!schema || seen.has(schema)) return;
    seen.add(schema);
    if (schema.$ref) walk(document.components?.schemas?.[schema.$ref.split('/').at(-1) ?? '']);
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      names.add(name);
      walk(property);
    }
    walk(schema.items);
    for (const s of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])])
      walk(s);
  };
  for (const operations of Object.values(document.paths)) {
    for (const op of Object.values(operations)) {
      for (const p of op.parameters ?? []) if (p.in !== 'header') names.add(p.name);
      for (const media of Object.values(op.requestBody?.content ?? {})) walk(media.schema);
    }
  }
  return names;
}

describe('field names in errors', () => {
  it('every field of every route has a name for people, in both languages', async () => {
    const fields = requestFields(JSON.parse(await servedDocument()));
    expect(fields.size).toBeGreaterThan(30);
    const unnamed = [...fields].filter((f) => !FIELD_LABELS[f]);
    expect(unnamed).toEqual([]);
    for (const f of fields) {
      expect(FIELD_LABELS[f]?.id, f).toBeTruthy();
      expect(FIELD_LABELS[f]?.en, f).toBeTruthy();
    }
  });

  it('names a nested field by its last named segment', () => {
    expect(fieldLabel('selfValue')?.id).toBe('jawaban mandiri');
    expect(fieldLabel('/exceptions/0/reason')?.id).toBe('alasan');
    expect(fieldLabel('evidence.2')?.id).toBe('data dukung');
    expect(fieldLabel('')).toBeNull();
    expect(fieldLabel('nonsense')).toBeNull();
  });
});
