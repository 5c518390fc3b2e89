import { Tag } from 'antd';
import type { MouseEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { RegistrationListItem } from '../../../../shared/contract/registration-list';
import { cancelReasonLabel } from '../../../../shared/enums/registration-codes';
import { useRead } from '../../api';
import { idNumberColumn } from '../../components/RevealIdNumber';
import { PagedListTable, dateColumn, emptyListText, type UrlParams } from '../../components/list-page';
import { LedgerFilterBar, ledgerParams } from './LedgerFilterBar';

const personTab = (r: RegistrationListItem) => `/persons/${r.personId}?tab=registrations`;

/** A click on the row itself, not on a link or button inside it (显示完整号码, the name's link). */
const onRowItself = (e: MouseEvent) => !(e.target as HTMLElement).closest('a, button');

/**
 * 登记台账 (#/registrations?list=ledger): every unemployment registration, made or cancelled in any period, outside the
 * month's work lists — found by the filters of LedgerFilterBar (kept in the address), sorted on the server by 姓名,
 * 登记日期, 注销日期 or 联系责任人; a row opens the person's 失业登记与联系 tab.
 */
export function RegistrationLedger({ u }: { u: UrlParams }) {
  const navigate = useNavigate();
  const { input, filtered, sort } = ledgerParams(u);
  const list = useRead('registrations.list', input);
  const columns = [
    {
      title: '姓名',
      dataIndex: 'personName',
      width: 140,
      ...sort.column('personName'),
      render: (v: string, r: RegistrationListItem) => <Link to={personTab(r)}>{v}</Link>,
    },
    idNumberColumn((r: RegistrationListItem) => r.personId, 176),
    { title: '乡镇(街道)', dataIndex: 'townshipName', width: 100 },
    { title: '村(社区)', dataIndex: 'villageName', width: 110 },
    { ...dateColumn('登记日期', 'regDate'), ...sort.column('regDate') },
    { title: '联系责任人', dataIndex: 'responsibleStaff', width: 110, ...sort.column('responsibleStaff') },
    {
      title: '状态',
      dataIndex: 'status',
      width: 72,
      render: (v: string) => (v === 'active' ? <Tag color="green">有效</Tag> : <Tag>已注销</Tag>),
    },
    { ...dateColumn('注销日期', 'cancelDate'), ...sort.column('cancelDate') },
    {
      title: '注销原因',
      dataIndex: 'cancelReason',
      render: (v: string | null) => (v ? cancelReasonLabel(v) : ''),
    },
  ];
  return (
    <>
      <LedgerFilterBar u={u} />
      <PagedListTable<RegistrationListItem>
        read={list}
        retry
        u={u}
        unit="条登记"
        label="登记台账"
        columns={columns as never}
        onChange={sort.onChange}
        scroll={{ x: 1080 }}
        onRow={(r) => ({
          onClick: (e) => {
            if (onRowItself(e)) navigate(personTab(r));
          },
          style: { cursor: 'pointer' },
        })}
        emptyText={emptyListText({
          noun: '失业登记',
          filtered,
          firstHint: '在人员信息中打开人员，于“失业登记与联系”中办理登记。',
        })}
      />
    </>
  );
}
