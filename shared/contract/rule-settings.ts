// 设置 → 规则设置 (DOMAIN §8): the effective-dated rule settings of shared/domain/rule-settings.ts.
// Capabilities (for the accounts branch's channel table): ruleSettings.list read; ruleSettings.set admin (管理员).
import { z } from 'zod';
import { channel, writeChannel } from './define';
import { isoDate, lastSavedStamps, optText, picked } from './fields';

const ruleValues = z.record(z.string(), z.union([z.number(), z.boolean(), z.string()]));

export const ruleSettingVersion = z.object({
  effectiveFrom: z.string(),
  values: ruleValues,
  ...lastSavedStamps,
  note: z.string().nullable(),
});

export const ruleSettingState = z.object({
  key: z.string(),
  /** In force today; effectiveFrom null = the built-in default. */
  inForce: z.object({ effectiveFrom: z.string().nullable(), values: ruleValues }),
  /** The county's rows, latest effective date first. */
  history: z.array(ruleSettingVersion),
});
export type RuleSettingState = z.infer<typeof ruleSettingState>;

export const ruleSettingsView = z.object({
  items: z.array(ruleSettingState),
  /** The earliest effective date a change may take: the day after the last locked month; null = no lock. */
  firstOpenDate: z.string().nullable(),
});
export type RuleSettingsView = z.infer<typeof ruleSettingsView>;

export const ruleSettingInput = z.object({
  key: picked('设置项'),
  effectiveFrom: isoDate('生效日期'),
  values: ruleValues,
  note: optText('依据', 200),
});

export const ruleSettingsChannels = {
  'ruleSettings.list': channel({ input: z.object({}).strict(), output: ruleSettingsView }),
  'ruleSettings.set': writeChannel(ruleSettingInput, ruleSettingsView, 'ruleSetting'),
};
