import { Card, Col, List, Radio, Row, Tag, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import {
  EXPORTABLE_REPORTS,
  REPORT_CATALOGUE,
  reportInfo,
  type ExportableReport,
} from '../../../../shared/contract/reports';
import { ReportExportForm } from './ReportExportForm';

/** What the clerk reads above a report's form. */
const DESCRIPTIONS: Record<ExportableReport, string> = {
  'RPT-01':
    '所属期内认定有效（含本期退出）的就业困难人员，每人一行，按乡镇(街道)、村(社区)分组，含认定、就业、享受政策、联系和退出情况，含小计、合计和签字栏；公民身份号码和联系电话默认隐藏中间几位。',
  'RPT-02':
    '按乡镇(街道)统计期初有效、本期新认定（按主要类别）、本期实现就业、本期退出、期末有效和期末未就业人数及零就业家庭户数，含栏次、合计和逻辑关系说明。',
  'RPT-03':
    '所属期内有效的公益性岗位，每个岗位一行，按乡镇(街道)或用人单位小计；在岗人数、空岗数为期末数，补贴标准为期末执行的标准。',
  'RPT-04':
    '所属期内在岗过的公益性岗位安置人员，每次安置一行，按乡镇(街道)小计；含补贴起止、已享受和剩余月数、离岗情况。公民身份号码、银行账号和联系电话默认隐藏中间几位。',
  'RPT-05':
    '所属期已生成考勤的公益性岗位人员，每个用人单位一张工作表，按日列出考勤标记，含应出勤、实际出勤、请假、旷工天数和签字栏，可交用人单位填写。',
  'RPT-06':
    '所属期的公益性岗位补贴发放花名册，按乡镇(街道)、用人单位小计，含合计和合计人民币（大写）；社会保险补贴单独申领时另列一张工作表，补发/扣回另列。',
  'RPT-07': '按乡镇(街道)或用人单位统计核定岗位数、期初在岗、本期新上岗和离岗、期末在岗及构成、空岗数，含栏次和合计。',
  'RPT-08':
    '统计期内在见习的人员，每次见习一行，按见习单位排列，含见习协议起止、补助标准、状态、结束方式和是否留用。统计期可为一个月或连续几个月（如一个季度）。',
  'RPT-09':
    '统计期内各月的就业见习补贴发放花名册，按见习单位小计，含本期生活费补助、提前留用剩余期限补贴、合计和合计人民币（大写）。统计期可为一个月，或一个季度（按季度申领时每人一行，为各月之和）。',
  'RPT-10':
    '按见习单位统计期初在见习、本期新增、本期结束、期末在见习人数、留用率和补贴金额，含栏次和合计。统计期可为一个月或连续几个月（如一个季度）。',
  'RPT-11':
    '所属期内任一时间处于有效状态的失业登记，每人一行，按乡镇(街道)、村(社区)分组，含本月最近一次联系、联系次数和服务情况。',
  'GS-01':
    '统计期内处于公示的认定申请人，按村(社区)排列，只列姓名、性别、年龄、认定类别、公示期和受理单位，不含公民身份号码、电话、住址和残疾情况，可直接张贴。',
  'RPT-12':
    '按乡镇(街道)统计期末登记失业人数、服务等级、应联系和已联系(成功)人数、联系率、服务人次和本期注销人数，含栏次和合计。',
  'RPT-13':
    '统计期内开班的职业技能培训班学员，按培训班分组，含人员类别、出勤学时、考核结果、证书和培训后就业情况。统计期可为一个月或连续几个月。',
  'RPT-14':
    '所属期的职业培训补贴申领花名册，按培训机构、培训班小计，含补贴标准、培训补贴、生活费补贴、合计和合计人民币（大写）及签字栏。',
  'RPT-15':
    '按培训地点乡镇(街道)或培训机构统计开班数、培训人数及人员类别构成、结业合格和取证人数、培训后就业人数和就业率、补贴金额，含栏次和合计。',
};

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
              {DESCRIPTIONS[report]}
            </Typography.Paragraph>
            <ReportExportForm key={report} report={report} />
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
