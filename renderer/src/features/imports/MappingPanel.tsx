import { ReloadOutlined, SaveOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Input, Popconfirm, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { MappedColumn } from '../../../../shared/contract/imports';
import { useRead, useWrite } from '../../api';
import { EntrySelect } from '../../components/EntrySelect';
import { usePlaces } from '../../components/usePlaces';
import { DefaultValueInput } from './DefaultValueInput';
import type { ImportKindId } from '../../../../shared/contract/roster-imports';
import { MAPPING_CHANNELS } from '../../components/import-dialog/import-kinds';
import {
  fieldKeys,
  SOURCE_TEXT,
  effectiveField,
  fieldLabel,
  fieldRows,
  mappingToSave,
  sheetLabel,
  unimportedNumberColumn,
  type FieldRow,
  type FileView,
  type MappingEdits,
} from './import-mapping';
import { useCan } from '../../components/useCan';
import { ListTable } from '../../components/list-page';
import { useWriteMessage } from '../../components/useConfirmWrite';

// 列的对应关系 (issue 14): the sheet read, each file column → field (changeable: another field, or 不导入),
// a default for every field the file lacks, a saved mapping to pick, and the current one to save by name.

const IGNORE = '';
const fieldOptions = (kind: ImportKindId) => [
  { value: IGNORE, label: '（不导入）' },
  ...fieldKeys(kind).map((k) => ({ value: k, label: fieldLabel(k, kind) })),
];

interface Props {
  /** The roster kind: its fields, and where its mappings are saved. */
  kind?: ImportKindId;
  view: FileView;
  edits: MappingEdits;
  onEdit: (edits: MappingEdits) => void;
  /** The saved mapping applied, if any. */
  mappingName?: string;
  onPickSaved: (name: string | undefined) => void;
  onSheet: (sheet: string) => void;
  onRecheck: () => void;
  dirty: boolean;
  busy: boolean;
  /** Height of the two scrolling tables: less under the check summary, so the dialog fits 1366×768. */
  tableHeight: number;
}

export function MappingPanel({
  kind = 'persons',
  view,
  edits,
  onEdit,
  mappingName,
  onPickSaved,
  onSheet,
  onRecheck,
  dirty,
  busy,
  tableHeight,
}: Props) {
  const box = { maxHeight: tableHeight, overflowY: 'auto' as const };
  const tell = useWriteMessage();
  const places = usePlaces();
  const channels = MAPPING_CHANNELS[kind];
  const saved = useRead(channels.list, {});
  const save = useWrite(channels.save);
  const remove = useWrite(channels.delete);
  const canSave = useCan(channels.save);
  const canRemove = useCan(channels.delete);
  const [name, setName] = useState(mappingName ?? '');
  const rows = fieldRows(view, edits, kind);
  const township = rows.find((r) => r.key === 'township')?.defaultValue ?? '';

  const setColumn = (c: MappedColumn, field: string) =>
    onEdit({ ...edits, columns: { ...edits.columns, [c.column]: field } });
  const setDefault = (key: string, value: string) =>
    onEdit({ ...edits, defaults: { ...edits.defaults, [key]: value } });

  async function saveAs() {
    tell(await save.write({ name: name.trim(), ...mappingToSave(view, edits) }), `已保存对应关系“${name.trim()}”`);
  }
  async function removeSaved(n: string) {
    if (tell(await remove.write({ name: n }), `已删除对应关系“${n}”`)) onPickSaved(undefined);
  }

  const sheetOptions = view.sheets.map((s) => ({ value: s.sheetName, label: sheetLabel(s) }));
  if (view.sheetName && !view.sheets.some((s) => s.sheetName === view.sheetName))
    sheetOptions.push({ value: view.sheetName, label: view.sheetName });

  return (
    <Space orientation="vertical" size={10} style={{ width: '100%' }} aria-label="列的对应关系" role="region">
      <Flex wrap gap={12} align="center" justify="space-between">
        <Space wrap>
          <span>工作表</span>
          <EntrySelect
            id="import-sheet"
            aria-label="工作表"
            placeholder="请选择要导入的工作表"
            value={view.sheetName ?? undefined}
            options={sheetOptions}
            onChange={(v: string | undefined) => v && onSheet(v)}
            disabled={busy || sheetOptions.length < 2}
            style={{ width: 330 }}
          />
          {view.headerRow && <Typography.Text type="secondary">表头在第 {view.headerRow} 行</Typography.Text>}
        </Space>
        <Space wrap>
          <span>已保存的对应关系</span>
          <EntrySelect
            id="import-saved-mapping"
            aria-label="已保存的对应关系"
            placeholder={saved.data?.length ? '选择后按它重新检查' : '还没有保存过'}
            value={mappingName}
            options={(saved.data ?? []).map((m) => ({ value: m.name, label: m.name }))}
            onChange={(v: string | undefined) => {
              setName(v ?? '');
              onPickSaved(v);
            }}
            allowClear
            disabled={busy}
            notFoundContent="还没有保存过对应关系：调整好下面的对应关系后，在下方起个名字保存"
            style={{ width: 200 }}
          />
          {mappingName && canRemove && (
            <Popconfirm
              title={`删除对应关系“${mappingName}”？`}
              okText="删除"
              cancelText="取消"
              onConfirm={() => void removeSaved(mappingName)}
            >
              <Button size="small" danger disabled={remove.pending}>
                删除
              </Button>
            </Popconfirm>
          )}
        </Space>
      </Flex>
      <Row gutter={16}>
        <Col span={13}>
          <Typography.Text strong>文件中的列 → 导入为</Typography.Text>
          <div style={box}>
            <ListTable<MappedColumn>
              label="文件列的对应"
              rowKey="column"
              items={view.columns}
              columns={[
                { title: '列', dataIndex: 'column', width: 44 },
                {
                  title: '文件表头',
                  dataIndex: 'header',
                  render: (h: string) => h || <Typography.Text type="secondary">（空）</Typography.Text>,
                },
                {
                  title: '导入为',
                  key: 'field',
                  width: 170,
                  render: (_, c) => (
                    <EntrySelect
                      id={`import-column-${c.column}`}
                      aria-label={`${c.column}列导入为`}
                      size="small"
                      value={effectiveField(c, edits)}
                      options={fieldOptions(kind)}
                      onChange={(v: string | undefined) => setColumn(c, v ?? IGNORE)}
                      disabled={busy}
                      style={{ width: '100%' }}
                    />
                  ),
                },
                {
                  title: '说明',
                  key: 'source',
                  width: 120,
                  render: (_, c) => {
                    const lost = unimportedNumberColumn(c, edits);
                    if (lost) return <Tag color="orange">{lost}</Tag>;
                    return c.column in edits.columns ? (
                      <Tag color="blue">已修改，待检查</Tag>
                    ) : (
                      <Typography.Text type="secondary">{SOURCE_TEXT[c.source]}</Typography.Text>
                    );
                  },
                },
              ]}
            />
          </div>
        </Col>
        <Col span={11}>
          <Typography.Text strong>字段的来源与默认值</Typography.Text>
          <div style={box}>
            <ListTable<FieldRow>
              label="字段的来源"
              rowKey="key"
              items={rows}
              columns={[
                {
                  title: '字段',
                  key: 'label',
                  width: 110,
                  render: (_, r) => (
                    <span>
                      {r.label}
                      {r.required && <Typography.Text type="danger"> *</Typography.Text>}
                    </span>
                  ),
                },
                {
                  title: '来自',
                  key: 'from',
                  render: (_, r) =>
                    r.from ? (
                      r.from
                    ) : r.missing ? (
                      <Tag color="red">缺少，请对应一列或设默认值</Tag>
                    ) : (
                      <Typography.Text type="secondary">文件中没有</Typography.Text>
                    ),
                },
                {
                  title: '默认值（空白处使用）',
                  key: 'default',
                  width: 150,
                  render: (_, r) =>
                    r.key === 'idNumber' || r.key === 'name' ? (
                      <Typography.Text type="secondary">每人不同</Typography.Text>
                    ) : (
                      <DefaultValueInput
                        field={r.key}
                        label={r.label}
                        value={r.defaultValue}
                        onChange={(v) => setDefault(r.key, v)}
                        places={places}
                        township={township}
                      />
                    ),
                },
              ]}
            />
          </div>
        </Col>
      </Row>
      <Flex wrap gap={12} align="center" justify="space-between">
        <Button
          type={dirty ? 'primary' : 'default'}
          icon={<ReloadOutlined aria-hidden />}
          onClick={onRecheck}
          disabled={busy || !dirty}
        >
          按此对应关系重新检查
        </Button>
        {canSave && (
          <Space.Compact>
            <Input
              aria-label="对应关系名称"
              placeholder="起个名字，如：乌帕尔镇花名册"
              value={name}
              maxLength={60}
              onChange={(e) => setName(e.target.value)}
              style={{ width: 220 }}
            />
            <Button
              icon={<SaveOutlined aria-hidden />}
              onClick={() => void saveAs()}
              disabled={!name.trim() || save.pending}
            >
              保存对应关系
            </Button>
          </Space.Compact>
        )}
      </Flex>
    </Space>
  );
}
