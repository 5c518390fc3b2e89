import { z } from 'zod';

// Reusable field schemas with Chinese messages (UI.md: the message names the field).
export const requiredText = (label: string, max = 100) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, { error: `请填写${label}` })
    .max(max, { error: `${label}不能超过${max}个字符` });

export const isoDate = (label: string) =>
  z.string({ error: `请填写${label}` }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label}应为 YYYY-MM-DD 格式` });

export const uuid = (label = '记录') => z.string({ error: `缺少${label}编号` }).min(1, { error: `缺少${label}编号` });

export const jobStarted = z.object({ jobId: z.string() });
