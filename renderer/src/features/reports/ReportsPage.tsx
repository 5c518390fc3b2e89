import { Card, Col, List, Radio, Row, Tag, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import {
  EXPORTABLE_REPORTS,
  REPORT_CATALOGUE,
  reportInfo,
  type ExportableReport,
} from '../../../../shared/contract/reports';
import { REPORT_DESCRIPTIONS, ReportExportForm, type ReportDefaults } from '../../components/report-export';

const exportable = (code: string | null): code is ExportableReport =>
  (EXPORTABLE_REPORTS as readonly (string | null)[]).includes(code);

/**
 * 报表导出 (#/reports, #/reports?report=RPT-04): the reports of DOMAIN §6. The clerk picks one of the available
 * reports in the 报表 list (default RPT-01; the choice is kept in the address) and exports it with its form; any
 * report whose module is not built yet is listed under 其他报表 as 尚未开放.
 */
export function ReportsPage() {
  const [params, setParams] = useSearchParams();
  const asked = params.get('report');
  const report: ExportableReport = exportable(asked) ? asked : 'RPT-01';
  // A list's link may name the 乡镇 and the period (公示中 → 公示名单: the person's 乡镇 and notice month).
  const defaults: ReportDefaults = {
    townshipId: params.get('township') ?? undefined,
    month: params.get('month') ?? undefined,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
  };
  const ready = REPORT_CATALOGUE.filter((r) => r.available && exportable(r.code));
  const later = REPORT_CATALOGUE.filter((r) => !ready.includes(r));
  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        报表导出
      </Typography.Title>
      {/* Side by side at 1366×768: the form stays beside the list (never wraps under it), so it shows without scrolling. */}
      <Row gutter={16} wrap={false}>
        <Col flex="340px">
          <Card title="报表" size="small" style={{ marginBottom: 16 }}>
            <Radio.Group
              aria-label="报表"
              value={report}
              onChange={(e) => setParams({ report: e.target.value as string }, { replace: true })}
              style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
              options={ready.map((r) => ({ value: r.code, label: `${r.code} ${r.name}` }))}
            />
          </Card>
        </Col>
        <Col flex="auto" style={{ minWidth: 0 }}>
          <Card
            title={`导出：${reportInfo(report)?.name ?? report}`}
            extra={<Tag color="green">可导出</Tag>}
            style={{ marginBottom: 16 }}
          >
            <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
              {REPORT_DESCRIPTIONS[report]}
            </Typography.Paragraph>
            <ReportExportForm key={params.toString()} report={report} defaults={defaults} />
          </Card>
        </Col>
      </Row>
      {later.length > 0 && (
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
      )}
    </>
  );
}
