import type { NavigateFunction } from 'react-router';
import { idNumberColumn } from '../../components/RevealIdNumber';
import { RowLink } from '../../components/list-page';

/** Who a trainee row is, on the class page (its trainees and its removed ones): 姓名 opening the person, masked 公民身份号码. */
export const traineeColumns = <T extends { personId: string; personName: string; idNumberMasked: string }>(
  navigate: NavigateFunction,
) => [
  {
    title: '姓名',
    dataIndex: 'personName',
    width: 140,
    render: (v: string, t: T) => <RowLink onClick={() => navigate(`/persons/${t.personId}`)}>{v}</RowLink>,
  },
  idNumberColumn((t: T) => t.personId),
];
