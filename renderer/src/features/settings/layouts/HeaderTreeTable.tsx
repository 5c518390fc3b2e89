import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, Input, Space, Typography } from 'antd';
import { useRef } from 'react';
import { Controller, useWatch, type Control } from 'react-hook-form';
import type { LayoutNodeDefault } from '../../../../../shared/contract/report-layouts';
import { ListTable } from '../../../components/list-page';
import { ancestors, siblingMoves, type LayoutNodeValue, type LayoutValues } from './layout-values';

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

/**
 * The report's header tree, one row per node in the county's order (groups indented above their columns): the
 * default header, the header written on export, whether the column is exported, 上移/下移 among its siblings, and
 * why a fixed node cannot be renamed or left out.
 */
export function HeaderTreeTable({ control, columns, defaults, parentOf, readOnly, onMove }: Props) {
  const rows: Row[] = columns.flatMap((c, index) => {
    const node = defaults.get(c.id);
    return node ? [{ index, node, depth: ancestors(parentOf, c.id).length }] : [];
  });
  const ends = (index: number, direction: -1 | 1) => siblingMoves(columns, parentOf, index, direction).length === 0;
  // A group goes when every column under it is left out: said beside it.
  const omitted = new Set(useWatch({ control, name: 'columns' }).flatMap((c) => (c.omit ? [c.id] : [])));
  const groupGoes = (id: string) => {
    const leaves = columns.filter(
      (c) => defaults.get(c.id)?.kind === 'column' && ancestors(parentOf, c.id).includes(id),
    );
    return leaves.length > 0 && leaves.every((c) => omitted.has(c.id));
  };
  // 上移/下移 keep the keyboard on the node moved: on its other button when it has reached the end.
  const buttons = useRef(new Map<string, HTMLElement | null>());
  const move = (r: Row, direction: -1 | 1) => {
    onMove(r.index, direction);
    setTimeout(() => {
      const same = buttons.current.get(`${r.node.id}:${direction}`);
      (same && !same.hasAttribute('disabled') ? same : buttons.current.get(`${r.node.id}:${-direction}`))?.focus();
    });
  };
  const moveButton = (r: Row, direction: -1 | 1) => (
    <Button
      ref={(b) => void buttons.current.set(`${r.node.id}:${direction}`, b)}
      size="small"
      icon={direction === -1 ? <ArrowUpOutlined aria-hidden /> : <ArrowDownOutlined aria-hidden />}
      aria-label={`${direction === -1 ? '上移' : '下移'}“${r.node.header}”`}
      disabled={readOnly || ends(r.index, direction)}
      onClick={() => move(r, direction)}
    />
  );

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
              <Typography.Text type={groupGoes(r.node.id) ? 'warning' : 'secondary'} style={{ fontSize: 12 }}>
                {groupGoes(r.node.id) ? '整组不导出' : '随所含列'}
              </Typography.Text>
            ),
        },
        {
          title: '顺序',
          width: 90,
          render: (_, r) => (
            <Space size={4}>
              {moveButton(r, -1)}
              {moveButton(r, 1)}
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
