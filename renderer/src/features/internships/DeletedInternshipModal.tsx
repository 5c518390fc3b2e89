import { Alert, Descriptions, Modal, Spin } from 'antd';
import { useRead } from '../../api';
import { formatDay } from '../../components/format';
import { ReadError } from '../../components/list-page';
import { yuanText } from './internship-labels';

/**
 * 查看 of a deleted internship from the 已删除 list: the record as internships.get answers it (marked deleted), read
 * only; 恢复 stays in the list's row.
 */
export function DeletedInternshipModal({ id, onClose }: { id: string; onClose: () => void }) {
  const { data: d, error, reload } = useRead('internships.get', { id });
  return (
    <Modal open title="见习记录（已删除）" onCancel={onClose} footer={null} width={720}>
      <ReadError error={error} onRetry={reload} />
      {!d && !error && <Spin />}
      {d && (
        <>
          {d.deletedAt && (
            <Alert
              type="warning"
              showIcon
              title={`该见习记录已于 ${formatDay(d.deletedAt)} 删除，可在列表中点“恢复”`}
              style={{ marginBottom: 12 }}
            />
          )}
          <Descriptions size="small" column={2} bordered styles={{ label: { whiteSpace: 'nowrap' } }}>
            <Descriptions.Item label="见习人员">{`${d.personName}（${d.idNumberMasked}）`}</Descriptions.Item>
            <Descriptions.Item label="见习人员类别">{d.internTypeLabel}</Descriptions.Item>
            <Descriptions.Item label="见习单位">{d.hostName}</Descriptions.Item>
            <Descriptions.Item label="见习岗位">{d.position}</Descriptions.Item>
            <Descriptions.Item label="见习协议起止" span={2}>
              {`${d.agreementStart} 至 ${d.agreementEnd}（${d.agreementMonths} 个月）`}
            </Descriptions.Item>
            <Descriptions.Item label="生活费补助标准">{`${yuanText(d.allowanceStandardFen)}/月`}</Descriptions.Item>
            <Descriptions.Item label="单位岗位补助">{`${yuanText(d.hostAllowanceFen)}/月`}</Descriptions.Item>
            <Descriptions.Item label="保单号" span={2}>
              {d.insurancePolicy}
            </Descriptions.Item>
          </Descriptions>
        </>
      )}
    </Modal>
  );
}
