import { Typography } from 'antd';
import type { CSSProperties } from 'react';
import { useMemo } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import type { ReportLayoutView } from '../../../../../shared/contract/report-layouts';
import { chineseMonth } from '../../../../../shared/domain/dates';
import { useSession } from '../../../components/session';
import { layoutPreview, type PreviewSample } from './layout-preview';
import type { LayoutValues } from './layout-values';

const BOX: CSSProperties = {
  border: '1px solid #d9d9d9',
  borderRadius: 6,
  background: '#fff',
  padding: 16,
};
/** Over the box's visible width, so a wide report's title is read without scrolling. */
const TITLE: CSSProperties = { textAlign: 'center', fontWeight: 700, fontSize: 16, marginBottom: 8 };
/** The header and the lines under it scroll sideways inside the box; a narrow one is centred under the title. */
const SCROLL: CSSProperties = { overflowX: 'auto', textAlign: 'center' };
const SHEET: CSSProperties = { display: 'inline-block', textAlign: 'left' };
const CELL: CSSProperties = {
  border: '1px solid #595959',
  padding: '4px 6px',
  fontSize: 12,
  fontWeight: 600,
  textAlign: 'center',
  verticalAlign: 'middle',
};
/** A column's text wraps as in the workbook, but a column never gets narrower than a short header. */
const COLUMN_TEXT: CSSProperties = { minWidth: '4em', maxWidth: '10em', margin: '0 auto' };
const LINE: CSSProperties = { fontSize: 12, marginTop: 8, whiteSpace: 'pre-wrap' };

/** The sample the title's placeholders are filled with: the office's county and name, this month. */
function useSample(): PreviewSample {
  const { settings, info } = useSession();
  const countyName = settings.office?.countyName ?? '县(市、区)名称';
  const unitName = settings.office?.name ?? '填报单位';
  const month = info.today.slice(0, 7);
  return useMemo(() => ({ countyName, unitName, month }), [countyName, unitName, month]);
}

interface Props {
  control: Control<LayoutValues>;
  view: ReportLayoutView;
}

/**
 * 预览 under the header tree: the title line, the header with the merged cells the workbook will have and the
 * signature lines, as the form's values (not yet saved) would export them; wide reports scroll inside the box.
 */
export function LayoutPreview({ control, view }: Props) {
  const [title, signatures, columns] = useWatch({ control, name: ['title', 'signatures', 'columns'] });
  const sample = useSample();
  const preview = useMemo(
    () => layoutPreview(view, { title, signatures, columns }, sample),
    [view, title, signatures, columns, sample],
  );

  return (
    // data-sheet-preview: a miniature of the workbook, meant to scroll sideways for wide reports (the page walk's
    // sideways and squeezed-column checks leave it out).
    <section aria-label="预览" data-sheet-preview style={{ marginTop: 16 }}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        预览
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {`按当前填写的设置（含未保存的修改）显示导出时的标题、表头和签字栏；占位符按本单位和${chineseMonth(sample.month)}填入，数据行在导出时写入。`}
      </Typography.Paragraph>
      <div style={BOX}>
        <div style={TITLE}>{preview.title}</div>
        <div style={SCROLL}>
          <div style={SHEET}>
            {preview.headerRows.length > 0 ? (
              <table aria-label="表头预览" style={{ borderCollapse: 'collapse' }}>
                <thead>
                  {preview.headerRows.map((row, r) => (
                    <tr key={r}>
                      {row.map((cell) => (
                        <th key={cell.col} rowSpan={cell.rowSpan} colSpan={cell.colSpan} style={CELL}>
                          <div style={cell.colSpan === 1 ? COLUMN_TEXT : undefined}>{cell.header}</div>
                        </th>
                      ))}
                    </tr>
                  ))}
                </thead>
              </table>
            ) : (
              <Typography.Text type="warning">没有要导出的列</Typography.Text>
            )}
            {preview.signatures.map((line, i) => (
              <div key={i} style={LINE}>
                {line}
              </div>
            ))}
          </div>
        </div>
      </div>
    </section>
  );
}
