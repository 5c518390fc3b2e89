import { z } from 'zod';
import { channel, writeChannel } from './define';
import { requiredText } from './fields';

export const officeInput = z.object({
  name: requiredText('单位名称', 60),
  countyName: requiredText('县(市、区)名称', 30),
  /** 县级区划代码: 6 digits, or the 12-digit form ending in 000000. */
  countyCode: z
    .string({ error: '请填写区划代码' })
    .trim()
    .regex(/^(\d{6}|\d{6}000000)$/, { error: '区划代码应为6位县级代码（如 653101）或以 000000 结尾的12位代码' })
    .refine((c) => c.slice(4, 6) !== '00', { error: '区划代码第5–6位不能为 00（那是地州级代码，请填写县级代码）' }),
});
export type OfficeInput = z.infer<typeof officeInput>;

export const office = z.object({ name: z.string(), countyName: z.string(), countyCode: z.string() });

export const appSettings = z.object({
  office: office.nullable(),
});
export type AppSettings = z.infer<typeof appSettings>;

export const settingsChannels = {
  'settings.get': channel({ input: z.object({}).strict(), output: appSettings }),
  'settings.setOffice': writeChannel(officeInput, appSettings, 'settings'),
};
