/**
 * The eight change areas (Area Perubahan Reformasi Birokrasi) in their official order.
 * Codes are ours and stable: they appear in URLs, data files and the database.
 */
export const AREA_CODES = ['MP', 'PPU', 'ORG', 'TTL', 'SDM', 'AKT', 'PWS', 'YAN'] as const;
export type AreaCode = (typeof AREA_CODES)[number];

export interface LocalizedText {
  id: string;
  en: string;
}

export interface Area {
  code: AreaCode;
  order: number;
  name: LocalizedText;
  /** Names used by later regulations, keyed by framework id (PPU became Deregulasi Kebijakan in 2020). */
  renamedIn?: Readonly<Record<string, LocalizedText>>;
}

export const AREAS: readonly Area[] = [
  { code: 'MP', order: 1, name: { id: 'Manajemen Perubahan', en: 'Change management' } },
  {
    code: 'PPU',
    order: 2,
    name: { id: 'Penataan Peraturan Perundang-undangan', en: 'Regulation' },
    renamedIn: {
      'pmprb-2020': { id: 'Deregulasi Kebijakan', en: 'Deregulation' },
      'pmprb-2021': { id: 'Deregulasi Kebijakan', en: 'Deregulation' },
      'pmprb-2023': { id: 'Deregulasi Kebijakan', en: 'Deregulation' },
      'pmprb-2024': { id: 'Deregulasi Kebijakan', en: 'Deregulation' },
    },
  },
  { code: 'ORG', order: 3, name: { id: 'Penataan dan Penguatan Organisasi', en: 'Organisation' } },
  { code: 'TTL', order: 4, name: { id: 'Penataan Tatalaksana', en: 'Business process' } },
  {
    code: 'SDM',
    order: 5,
    name: { id: 'Penataan Sistem Manajemen SDM', en: 'Human-resource management' },
  },
  { code: 'AKT', order: 6, name: { id: 'Penguatan Akuntabilitas', en: 'Accountability' } },
  {
    code: 'PWS',
    order: 7,
    name: { id: 'Penguatan Pengawasan', en: 'Supervision / internal control' },
  },
  {
    code: 'YAN',
    order: 8,
    name: { id: 'Peningkatan Kualitas Pelayanan Publik', en: 'Public-service quality' },
  },
];

export function isAreaCode(value: string): value is AreaCode {
  return (AREA_CODES as readonly string[]).includes(value);
}

export function areaByCode(code: AreaCode): Area {
  const area = AREAS.find((a) => a.code === code);
  if (!area) throw new Error(`unknown area ${code}`);
  return area;
}

/** The area's name as the given framework calls it. */
export function areaName(code: AreaCode, frameworkId?: string): LocalizedText {
  const area = areaByCode(code);
  return (frameworkId && area.renamedIn?.[frameworkId]) || area.name;
}
