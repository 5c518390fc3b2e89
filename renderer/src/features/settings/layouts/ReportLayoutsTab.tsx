import { Col, Menu, Row, Spin, Tag, Typography } from 'antd';
import { useRef, useState } from 'react';
import type { ExportableReport } from '../../../../../shared/contract/reports';
import { useRead } from '../../../api';
import { ReadError } from '../../../components/list-page';
import { useCan } from '../../../components/useCan';
import { useConfirmClose } from '../../../components/useConfirmClose';
import { ReportLayoutForm } from './ReportLayoutForm';

const ITEM_STYLE = { height: 'auto', lineHeight: 1.5, paddingBlock: 8, whiteSpace: 'normal' } as const;

/**
 * 设置 → 报表格式 (DOMAIN §10 L4): each exportable report's title, header texts, columns left out, their order and
 * the signature lines, as the prefecture's template has them. The figures never change; the administrator edits,
 * the others read. Choosing another report, or going to another page, with unsaved changes asks first.
 */
export function ReportLayoutsTab({ active }: { active: boolean }) {
  const canEdit = useCan('reportLayouts.save');
  const list = useRead('reportLayouts.list', {});
  const items = list.data?.items ?? [];
  const [chosen, setChosen] = useState<ExportableReport | null>(null);
  const report = chosen ?? items[0]?.report ?? null;
  const view = useRead('reportLayouts.get', report ? { report } : null, { keepPrevious: false });
  const [dirty, setDirty] = useState(false);
  const next = useRef<ExportableReport | null>(null);
  const leave = useConfirmClose(dirty, false, () => {
    setDirty(false);
    setChosen(next.current);
  });

  const choose = (key: string) => {
    if (key === report) return;
    next.current = key as ExportableReport;
    leave();
  };

  return (
    <Row gutter={16} wrap={false}>
      <Col flex="280px">
        <ReadError error={list.error} onRetry={list.reload} />
        <nav aria-label="报表">
          <Menu
            mode="inline"
            selectedKeys={report ? [report] : []}
            onClick={({ key }) => choose(key)}
            style={{ maxHeight: 'calc(100vh - 220px)', overflowY: 'auto' }}
            items={items.map((r) => ({
              key: r.report,
              // Long names wrap rather than hide the 已自定义 tag.
              style: ITEM_STYLE,
              label: (
                <span>
                  {`${r.report} ${r.name}`}
                  {r.customised && (
                    <Tag color="blue" style={{ marginLeft: 6 }}>
                      已自定义
                    </Tag>
                  )}
                </span>
              ),
            }))}
          />
        </nav>
      </Col>
      <Col flex="auto" style={{ minWidth: 0 }}>
        <Typography.Paragraph type="secondary">
          按上级的现行模板设置各报表导出时的标题、表头文字、不导出的列、列的顺序和签字栏。只改变表格的样式，人数、金额、小计和合计照常计算；序号、合计所在列和导入时要识别的列不能改名或不导出。
        </Typography.Paragraph>
        <ReadError error={view.error} onRetry={view.reload} />
        {view.data && view.data.report === report ? (
          <ReportLayoutForm
            key={`${view.data.report}@${view.data.updatedAt ?? ''}`}
            view={view.data}
            canEdit={canEdit}
            active={active}
            onDirty={setDirty}
          />
        ) : (
          (view.loading || list.loading) && <Spin />
        )}
      </Col>
    </Row>
  );
}
