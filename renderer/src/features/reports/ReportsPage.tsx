import { Card, List, Tag, Typography } from 'antd';
import { EXPORTABLE_REPORTS, REPORT_CATALOGUE, type ExportableReport } from '../../../../shared/contract/reports';
import { ReportExportForm } from './ReportExportForm';

/** What the clerk reads above a report's form. */
const DESCRIPTIONS: Partial<Record<ExportableReport, string>> = {
  'RPT-01':
    '人员信息中标记为“就业困难人员”的在册人员，每人一行，按乡镇(街道)、村(社区)分组，含小计、合计和签字栏；身份证号码和联系电话默认隐藏中间几位。认定、联系、岗位等栏目将在相应模块启用后填写。',
};

const exportable = (code: string): code is ExportableReport => (EXPORTABLE_REPORTS as readonly string[]).includes(code);

/** 报表导出 (#/reports): the reports of DOMAIN §6; those that can be exported have a form, the rest are 尚未开放. */
export function ReportsPage() {
  const ready = REPORT_CATALOGUE.filter((r) => r.available && exportable(r.code));
  const later = REPORT_CATALOGUE.filter((r) => !ready.includes(r));
  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        报表导出
      </Typography.Title>
      {ready.map((r) => (
        <Card key={r.code} title={`${r.code} ${r.name}`} extra={<Tag color="green">可导出</Tag>} style={{ marginBottom: 16 }}>
          {DESCRIPTIONS[r.code as ExportableReport] && (
            <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
              {DESCRIPTIONS[r.code as ExportableReport]}
            </Typography.Paragraph>
          )}
          <ReportExportForm report={r.code as ExportableReport} />
        </Card>
      ))}
      <Card title="其他报表" size="small">
        <section aria-label="其他报表">
          <List
            size="small"
            dataSource={later}
            renderItem={(r) => (
              <List.Item extra={<Tag>尚未开放</Tag>}>
                <Typography.Text type="secondary">
                  {r.code} {r.name}
                </Typography.Text>
              </List.Item>
            )}
          />
        </section>
      </Card>
    </>
  );
}
