import type { ReactNode } from 'react';
import { Button, Tooltip } from 'antd';
import { useReveal } from './useReveal';

/**
 * A masked 联系电话 (VR-09, masked by the core) with 查看: a clerk calling from a work list sees the full number from
 * persons.revealPhone, which the core records in the audit log, until 隐藏. A button, so Tab reaches it and Enter or
 * Space presses it. Without a recorded phone: `empty`.
 */
export function RevealPhone({
  personId,
  phoneMasked,
  name,
  empty = '',
}: {
  personId: string;
  phoneMasked: string | null;
  name: string;
  empty?: ReactNode;
}) {
  const { full, loading, toggle } = useReveal('persons.revealPhone', personId, (d) => d.phone);
  if (!phoneMasked) return <>{empty}</>;
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <span style={{ fontFamily: 'Consolas, "DejaVu Sans Mono", monospace' }}>{full || phoneMasked}</span>
      <Tooltip title={full ? undefined : '查看完整电话（将记入操作记录）'}>
        <Button
          type="link"
          size="small"
          aria-label={`${full ? '隐藏' : '查看'}${name}的联系电话`}
          loading={loading}
          onClick={toggle}
          style={{ paddingInline: 4 }}
        >
          {full ? '隐藏' : '查看'}
        </Button>
      </Tooltip>
    </span>
  );
}

/**
 * The 联系电话 column of a calling list (rows naming a person and carrying the masked phone), with 查看 per row.
 * `personIdOf` and `nameOf` say whose phone a row holds.
 */
export function phoneColumn<T extends { phoneMasked: string | null }>(
  personIdOf: (row: T) => string,
  nameOf: (row: T) => string,
  width = 160,
) {
  return {
    title: '联系电话',
    dataIndex: 'phoneMasked',
    width,
    render: (v: string | null, row: T) => <RevealPhone personId={personIdOf(row)} phoneMasked={v} name={nameOf(row)} />,
  };
}
