import { URBAN_RURAL_CODES } from '../../../../shared/contract/regions';

type UrbanRuralCode = (typeof URBAN_RURAL_CODES)[number];

/** DOMAIN E05 城乡分类代码. */
export const URBAN_RURAL_LABELS: Record<UrbanRuralCode, string> = {
  '111': '主城区',
  '112': '城乡结合区',
  '121': '镇中心区',
  '122': '镇乡结合区',
  '123': '特殊区域',
  '210': '乡中心区',
  '220': '村庄',
};

export const URBAN_RURAL_OPTIONS = URBAN_RURAL_CODES.map((value) => ({ value, label: URBAN_RURAL_LABELS[value] }));

export function urbanRuralLabel(code: string | null): string {
  if (!code) return '';
  return (URBAN_RURAL_LABELS as Record<string, string>)[code] ?? code;
}

export const LEVEL_LABELS = { 4: '乡镇(街道)', 5: '村(社区)' } as const;
