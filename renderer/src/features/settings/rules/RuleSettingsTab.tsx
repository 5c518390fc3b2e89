import { Alert, Button, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { RuleSettingState } from '../../../../../shared/contract/rule-settings';
import { RULE_SETTINGS, ruleValueText, type RuleSettingDef } from '../../../../../shared/domain/rule-settings';
import { useRead } from '../../../api';
import { useSession } from '../../../components/session';
import { useCan } from '../../../components/useCan';
import { RuleSettingModal } from './RuleSettingModal';
import { ListTable, ReadError } from '../../../components/list-page';
import { TrainingStandardsNotice } from '../../../components/TrainingStandardsNotice';

interface Row {
  def: RuleSettingDef;
  state: RuleSettingState;
}

/** The first day of the month after `today`: a change usually takes effect from the next month. */
const nextMonthStart = (today: string) => {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
};

/** 设置 → 规则设置: each rule setting with the value in force, its date and history; 修改 from a date. */
export function RuleSettingsTab() {
  const canChange = useCan('ruleSettings.set');
  const { info } = useSession();
  const { data, error, loading } = useRead('ruleSettings.list', {});
  const [editing, setEditing] = useState<Row | null>(null);
  const byKey = new Map((data?.items ?? []).map((s) => [s.key, s]));
  const rows: Row[] = RULE_SETTINGS.flatMap((def) => {
    const state = byKey.get(def.key);
    return state ? [{ def, state }] : [];
  });
  const open = data?.firstOpenDate ?? null;
  const next = nextMonthStart(info.today);
  const defaultDate = open && open > next ? open : next;

  return (
    <>
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 12 }}
        title="默认值仅为示例，使用前须按本地现行文件设置"
        description="最低工资类区和标准、补贴期限、公示期等以自治区和本县现行文件为准。每次修改从生效日期起适用，之前的月份仍按原设置；已审核的补贴花名册和已锁定月份的金额不会改变，修改记入操作记录。"
      />
      <TrainingStandardsNotice />
      <ReadError error={error} gap={12} />
      <ListTable<Row>
        label="规则设置"
        rowKey={(r) => r.def.key}
        loading={loading}
        items={rows}
        scroll={{ y: 'calc(100vh - 360px)' }}
        columns={[
          { title: '类别', width: 110, render: (_, r) => r.def.group },
          {
            title: '设置项',
            render: (_, r) => (
              <>
                {r.def.label}
                {r.def.notInEffect && (
                  <Tag color="default" style={{ marginLeft: 8 }}>
                    暂未启用
                  </Tag>
                )}
                {r.def.notInEffect && (
                  <Typography.Text type="warning" style={{ display: 'block', fontSize: 12 }}>
                    {r.def.notInEffect}
                  </Typography.Text>
                )}
                {r.def.hint && (
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {r.def.hint}
                  </Typography.Text>
                )}
              </>
            ),
          },
          { title: '现行值', render: (_, r) => ruleValueText(r.def, r.state.inForce.values) },
          {
            title: '生效日期',
            width: 130,
            render: (_, r) => {
              const later = r.state.history.find((h) => h.effectiveFrom > info.today);
              return (
                <>
                  {r.state.inForce.effectiveFrom ?? <Tag>默认值</Tag>}
                  {later && (
                    <Typography.Text type="warning" style={{ display: 'block', fontSize: 12 }}>
                      {later.effectiveFrom} 起：{ruleValueText(r.def, later.values)}
                    </Typography.Text>
                  )}
                </>
              );
            },
          },
          ...(canChange
            ? [
                {
                  title: '操作',
                  width: 80,
                  render: (_: unknown, r: Row) => (
                    <Button size="small" onClick={() => setEditing(r)} aria-label={`修改${r.def.label}`}>
                      修改
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && (
        <RuleSettingModal
          def={editing.def}
          state={editing.state}
          firstOpenDate={open}
          defaultDate={defaultDate}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
