import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, Input, Space, Typography } from 'antd';
import { Controller, type Control } from 'react-hook-form';
import type { LayoutNodeDefault } from '../../../../../shared/contract/report-layouts';
import { ListTable } from '../../../components/list-page';
import { siblingMoves, type LayoutNodeValue, type LayoutValues } from './layout-values';

const CELL = { marginBottom: 0 };

interface Row {
  /** The row's place in the form's `columns`. */
  index: number;
  node: LayoutNodeDefault;
  depth: number;
}

interface Props {
  control: Control<LayoutValues>;
  /** The nodes in the form's current order (ids only are read). */
  columns: readonly LayoutNodeValue[];
  defaults: ReadonlyMap<string, LayoutNodeDefault>;
  parentOf: ReadonlyMap<string, string | null>;
  readOnly: boolean;
  onMove: (index: number, direction: -1 | 1) => void;
}

const depthOf = (parentOf: ReadonlyMap<string, string | null>, id: string) => {
  let depth = 0;
  for (let p = parentOf.get(id) ?? null; p !== null; p = parentOf.get(p) ?? null) depth++;
  return depth;
};

/**
 * The report's header tree, one row per node in the county's order (groups indented above their columns): the
 * default header, the header written on export, whether the column is exported, 上移/下移 among its siblings, and
 * why a fixed node cannot be renamed or left out.
 */
export function HeaderTreeTable({ control, columns, defaults, parentOf, readOnly, onMove }: Props) {
  const rows: Row[] = columns.flatMap((c, index) => {
    const node = defaults.get(c.id);
    return node ? [{ index, node, depth: depthOf(parentOf, c.id) }] : [];
  });
  const ends = (index: number, direction: -1 | 1) => siblingMoves(columns, parentOf, index, direction).length === 0;

  return (
    <ListTable<Row>
      label="表头"
      rowKey={(r) => r.node.id}
      items={rows}
      columns={[
        {
          title: '默认表头',
          render: (_, r) => (
            <span style={{ paddingLeft: r.depth * 20, fontWeight: r.node.kind === 'group' ? 600 : undefined }}>
              {r.node.header}
            </span>
          ),
        },
        {
          title: '导出时表头',
          width: 220,
          render: (_, r) => (
            <Controller
              control={control}
              name={`columns.${r.index}.header`}
              render={({ field, fieldState }) => (
                <Form.Item
                  style={CELL}
                  validateStatus={fieldState.error ? 'error' : undefined}
                  help={fieldState.error?.message}
                >
                  <Input
                    {...field}
                    aria-label={`“${r.node.header}”导出时表头`}
                    aria-invalid={fieldState.error ? true : undefined}
                    placeholder={r.node.header}
                    maxLength={40}
                    disabled={readOnly || r.node.fixed}
                    autoComplete="off"
                  />
                </Form.Item>
              )}
            />
          ),
        },
        {
          title: '导出',
          width: 60,
          render: (_, r) =>
            r.node.kind === 'column' ? (
              <Controller
                control={control}
                name={`columns.${r.index}.omit`}
                render={({ field }) => (
                  <Checkbox
                    ref={field.ref}
                    checked={!field.value}
                    onChange={(e) => field.onChange(!e.target.checked)}
                    onBlur={field.onBlur}
                    disabled={readOnly || r.node.fixed}
                    aria-label={`导出“${r.node.header}”`}
                  />
                )}
              />
            ) : (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                随所含列
              </Typography.Text>
            ),
        },
        {
          title: '顺序',
          width: 90,
          render: (_, r) => (
            <Space size={4}>
              <Button
                size="small"
                icon={<ArrowUpOutlined aria-hidden />}
                aria-label={`上移“${r.node.header}”`}
                disabled={readOnly || ends(r.index, -1)}
                onClick={() => onMove(r.index, -1)}
              />
              <Button
                size="small"
                icon={<ArrowDownOutlined aria-hidden />}
                aria-label={`下移“${r.node.header}”`}
                disabled={readOnly || ends(r.index, 1)}
                onClick={() => onMove(r.index, 1)}
              />
            </Space>
          ),
        },
        {
          title: '说明',
          render: (_, r) =>
            r.node.fixedReason && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {r.node.fixedReason}
              </Typography.Text>
            ),
        },
      ]}
    />
  );
}
