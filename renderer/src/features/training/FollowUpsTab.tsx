import { Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { z } from 'zod';
import type { followUp, followUpRate } from '../../../../shared/contract/training';
import { useRead } from '../../api';
import { idNumberColumn } from '../../components/RevealIdNumber';
import { useCan } from '../../components/useCan';
import { phoneColumn } from '../../components/RevealPhone';
import { dateColumn, ReadListTable, RowLink } from '../../components/list-page';
import { TownshipSelect } from '../../components/TownshipSelect';
import { useTownshipParam } from '../../components/useTownshipParam';
import { EmploymentModal, type EmploymentSubject } from './EmploymentModal';

type FollowUp = z.infer<typeof followUp>;

/** BR-38 over the trainees in their follow-up window, the rate RPT-15's 说明 states for its period. */
function FollowUpRateLine({ rate }: { rate: z.infer<typeof followUpRate> }) {
  const percent = rate.percent === null ? '' : `，培训后就业率 ${rate.percent.toFixed(1)}%`;
  return (
    <Typography.Paragraph style={{ marginBottom: 8 }}>
      {`跟踪期内的就业技能培训、创业培训结业合格学员 ${rate.passed} 人，其中培训后已就业 ${rate.employed} 人${percent}。`}
    </Typography.Paragraph>
  );
}

/**
 * 就业跟踪 (DOMAIN §11.1, BR-38): trainees of 就业技能培训 and 创业培训 classes who passed and have no employment yet,
 * while the follow-up window after the class end lasts; 登记就业 records it and takes the trainee off the list.
 * Narrowed to the trainees of one 乡镇(街道) with ?township=… (as the 首页's reminder opens it).
 */
export function FollowUpsTab() {
  const [townshipId, chooseTownship] = useTownshipParam();
  const read = useRead('training.followUps', { townshipId });
  const canRecord = useCan('training.employment.record');
  const [recording, setRecording] = useState<EmploymentSubject | null>(null);
  return (
    <>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        就业技能培训、创业培训考核合格、结业后尚未就业的学员，跟踪至结业后规定月数；台账中已有就业记录（公益性岗位安置、因就业注销失业登记、联系中发现已就业）的不再列出。
      </Typography.Paragraph>
      {read.data?.rate && <FollowUpRateLine rate={read.data.rate} />}
      <TownshipSelect value={townshipId} onChange={chooseTownship} style={{ marginBottom: 8 }} />
      <ReadListTable<FollowUp>
        label="培训后待跟踪就业学员"
        read={read}
        retry
        rowKey="enrolmentId"
        emptyText="没有待跟踪就业的学员"
        columns={[
          {
            title: '姓名',
            dataIndex: 'personName',
            width: 110,
            render: (v: string, f) => <Link to={`/persons/${f.personId}`}>{v}</Link>,
          },
          idNumberColumn((f: FollowUp) => f.personId),
          // Masked by the core (VR-09), as the contact work lists; 查看 (audited) shows it in full, here or in 登记就业.
          phoneColumn(
            (f: FollowUp) => f.personId,
            (f) => f.personName,
          ),
          {
            title: '培训班',
            dataIndex: 'classCode',
            width: 120,
            render: (v: string, f) => <Link to={`/training/classes/${f.classId}`}>{v}</Link>,
          },
          { title: '培训工种', dataIndex: 'occupation', ellipsis: true },
          dateColumn('结业日期', 'endDate'),
          dateColumn('跟踪至', 'followUntil'),
          ...(canRecord
            ? [
                {
                  title: '操作',
                  key: 'record',
                  width: 90,
                  render: (_: unknown, f: FollowUp) => (
                    <RowLink
                      aria-label={`登记就业 ${f.personName}`}
                      onClick={() =>
                        setRecording({
                          enrolmentId: f.enrolmentId,
                          personName: f.personName,
                          classCode: f.classCode,
                          endDate: f.endDate,
                          phone: { personId: f.personId, masked: f.phoneMasked },
                        })
                      }
                    >
                      登记就业
                    </RowLink>
                  ),
                },
              ]
            : []),
        ]}
      />
      {recording && <EmploymentModal subject={recording} onClose={() => setRecording(null)} />}
    </>
  );
}
