// The 城乡分类 (E05) options and labels are the code list's: components/person-options, shared/enums.

export const LEVEL_LABELS = { 4: '乡镇(街道)', 5: '村(社区)' } as const;
