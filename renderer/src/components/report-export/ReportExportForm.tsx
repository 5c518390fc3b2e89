import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Flex, Form, Radio, Select } from 'antd';
import { useState } from 'react';
import { addMonths, isValidMonth } from '../../../../shared/domain/dates';
import {
  GROUP_BY_LABEL,
  RECOGNITION_STATUS_LABEL,
  reportGroupings,
  REPORT_RECOGNITION_STATUSES,
  RANGE_FROM_LABEL,
  RANGE_TO_LABEL,
  reportInfo,
  reportName,
  type ExportableReport,
  type ReportExportInput,
  type ReportGrouping,
  type ReportRecognitionStatus,
  VILLAGE_PAGES_LABEL,
} from '../../../../shared/contract/reports';
import { codeOptions } from '../code-options';
import { formatMonth, formatCount } from '../format';
import { MonthInput } from '../MonthInput';
import { useSession } from '../session';
import { useRead } from '../../api';
import { lockedRangeNote } from '../../../../shared/contract/period-locks';
import { ownPlaceholder, townshipOptions, usePlaces } from '../usePlaces';
import { useDownloadJob } from '../useDownloadJob';

export const FULL_EXPORT_WARNING = '内部资料，注意保密；此操作将被记录。';

/** 1,234 */

/** One month of the period (所属期, 起始月份, 截止月份): a month that cannot be emptied, labelled in the form. */
function MonthItem({
  label,
  id,
  value,
  onChange,
  min,
  max,
}: {
  label: string;
  id: string;
  /** YYYY-MM. */
  value: string;
  onChange: (month: string) => void;
  min?: string;
  max: string;
}) {
  return (
    <Form.Item label={label} htmlFor={id} style={{ marginBottom: 12 }}>
      <MonthInput id={id} value={value} onChange={onChange} min={min} max={max} />
    </Form.Item>
  );
}

/** A choice among a few codes (分组方式, 认定状态) as labelled radio buttons. */
function ChoiceItem<T extends string>({
  label,
  value,
  onChange,
  list,
}: {
  label: string;
  value: T;
  onChange: (v: T) => void;
  list: readonly { readonly code: T; readonly label: string }[];
}) {
  return (
    <Form.Item label={label} style={{ marginBottom: 12 }}>
      <Radio.Group
        aria-label={label}
        value={value}
        onChange={(e) => onChange(e.target.value as T)}
        options={codeOptions(list)}
      />
    </Form.Item>
  );
}

/**
 * What a module's list passes on (its 乡镇 and period filters): the form starts from them where the report takes them,
 * months after this one brought back to this month.
 */
export interface ReportDefaults {
  townshipId?: string;
  /** 所属期, YYYY-MM. */
  month?: string;
  /** 统计期 起始月份 / 截止月份, YYYY-MM. */
  from?: string;
  to?: string;
}

interface Props {
  report: ExportableReport;
  /** Called after a saved export. */
  onDone?: () => void;
  defaults?: ReportDefaults;
}

/** A YYYY-MM default as a month, never after `latest`; `fallback` when absent. */
const monthOr = (value: string | undefined, fallback: string, latest: string) => {
  if (!value || !isValidMonth(value)) return fallback;
  return value > latest ? latest : value;
};

/**
 * One report's export, with the controls the report takes (shared/contract/reports.ts REPORT_CATALOGUE):
 * 所属期 (default this month) or, for a 统计期 report, 起始月份 and 截止月份 (default the quarter so far, BR-31);
 * 乡镇(街道), 分组方式, 认定状态 (RPT-01: 含本期退出 or 仅有效) and 按村(社区)分页 (the 公示名单) where the report has
 * them; 导出完整号码 (with the §9.5 warning) for a report with ID, phone or bank numbers; 导出 → job with progress and
 * 取消 → save.
 */
export function ReportExportForm({ report, onDone, defaults = {} }: Props) {
  const { info, settings, account } = useSession();
  const about = reportInfo(report);
  const range = about?.period === 'range';
  const thisMonth = info.today.slice(0, 7);
  const [month, setMonth] = useState(() => monthOr(defaults.month, thisMonth, thisMonth));
  const [to, setTo] = useState(() => monthOr(defaults.to, thisMonth, thisMonth));
  const [from, setFrom] = useState(() => {
    const quarterStart = addMonths(thisMonth, -((Number(thisMonth.slice(5, 7)) - 1) % 3));
    const first = monthOr(defaults.from, quarterStart, thisMonth);
    return first > to ? to : first;
  });
  // A 乡镇经办 of one 乡镇(街道) exports theirs: the form names it rather than 全部乡镇(街道).
  const own = account.role === 'clerk' && account.townshipIds.length === 1 ? account.townshipIds[0] : undefined;
  const [townshipId, setTownshipId] = useState<string | undefined>(defaults.townshipId ?? own);
  const [groupBy, setGroupBy] = useState<ReportGrouping>('township');
  const [recognitionStatus, setRecognitionStatus] = useState<ReportRecognitionStatus>('withExited');
  // §9.5: 导出完整号码 only for a report whose workbook has ID, phone or bank numbers (its definition decides: the core
  // lists them in system.info and refuses the others) and an account allowed it.
  const offersFull = account.fullIdExport && info.fullNumberReports.includes(report);
  const [fullTicked, setFull] = useState(false);
  const full = fullTicked && offersFull;
  // 按村(社区)分页 (the 公示名单): ticked while a 乡镇 is chosen (a 乡镇经办 always exports theirs) — the 乡镇 hands each
  // village its own sheet to post — and off for the whole county (the bureau's one list), until the clerk changes it.
  const [villagePagesChosen, setVillagePages] = useState<boolean | null>(null);
  const villagePages = villagePagesChosen ?? (townshipId !== undefined || account.role === 'clerk');
  // A 乡镇经办 is offered their own 乡镇 only (the core limits them to those anyway); empty = all of them, named.
  const places = usePlaces();
  const ownAll = ownPlaceholder(places);
  const ownNames =
    places.own && places.own.length > 1 && !townshipId
      ? places.own.map((id) => places.byId.get(id)?.name ?? '').filter(Boolean)
      : [];
  const download = useDownloadJob();
  const noOffice = !settings.office;

  function input(): ReportExportInput {
    const period = range ? { from, to } : { month };
    return {
      report,
      ...period,
      full,
      ...(about?.township ? { townshipId: townshipId ?? null } : {}),
      ...(about?.groupBy ? { groupBy } : {}),
      // 含本期退出 is the core's default: sent only when the clerk chose otherwise.
      ...(about?.recognitionStatus && recognitionStatus !== 'withExited' ? { recognitionStatus } : {}),
      ...(about?.villagePages && villagePages ? { byVillage: true } : {}),
    };
  }

  // A range of several months is computed anew even over locked months (only one-month copies are saved): say so.
  const locks = useRead('periodLocks.list', range ? {} : null).data?.locks;
  const lockedNote =
    range && from !== to
      ? lockedRangeNote(
          (locks ?? [])
            .map((l) => l.month)
            .filter((m) => m >= from && m <= to)
            .sort(),
        )
      : null;

  const periodText = range ? `统计期：${formatMonth(from)}—${formatMonth(to)}` : `所属期：${formatMonth(month)}`;

  async function exportNow() {
    const ok = await download.run('reports.export', input(), {
      title: `导出${reportName(report)}`,
      subject: `${periodText}${full ? '（完整号码）' : ''}`,
      success: (r) => `已导出 ${formatCount(r.rows)} 行`,
    });
    if (ok) onDone?.();
  }

  return (
    <Form layout="vertical" onFinish={() => void exportNow()} style={{ maxWidth: 640 }}>
      {noOffice && (
        <Alert
          type="info"
          showIcon
          title="请先在“设置 → 单位信息”中填写单位名称和区划代码，报表标题和文件名要用到它们。"
          style={{ marginBottom: 12 }}
        />
      )}
      <Flex gap={16} wrap>
        {range ? (
          <>
            <MonthItem
              label={RANGE_FROM_LABEL}
              id={`${report}-from`}
              value={from}
              onChange={(v) => {
                setFrom(v);
                if (v > to) setTo(v);
              }}
              max={thisMonth}
            />
            <MonthItem
              label={RANGE_TO_LABEL}
              id={`${report}-to`}
              value={to}
              onChange={setTo}
              min={from}
              max={thisMonth}
            />
          </>
        ) : (
          <MonthItem label="所属期" id={`${report}-month`} value={month} onChange={setMonth} max={thisMonth} />
        )}
        {about?.township && (
          <Form.Item
            label="乡镇(街道)"
            htmlFor={`${report}-township`}
            style={{ marginBottom: 12, minWidth: 220 }}
            extra={ownNames.length > 0 ? `包括${ownNames.join('、')}` : undefined}
          >
            <Select
              id={`${report}-township`}
              allowClear
              placeholder={ownAll ?? '全部乡镇(街道)'}
              value={townshipId}
              onChange={(v) => setTownshipId(v ?? undefined)}
              options={townshipOptions(places, townshipId)}
            />
          </Form.Item>
        )}
      </Flex>
      {lockedNote && <Alert type="info" showIcon title={lockedNote} style={{ marginBottom: 12 }} />}
      {about?.groupBy && (
        <ChoiceItem label={GROUP_BY_LABEL} value={groupBy} onChange={setGroupBy} list={reportGroupings(report)} />
      )}
      {about?.recognitionStatus && (
        <ChoiceItem
          label={RECOGNITION_STATUS_LABEL}
          value={recognitionStatus}
          onChange={setRecognitionStatus}
          list={REPORT_RECOGNITION_STATUSES}
        />
      )}
      {about?.villagePages && (
        <Form.Item style={{ marginBottom: 12 }} extra="每个村(社区)一页，各页有自己的标题和公示说明，便于分村张贴。">
          <Checkbox checked={villagePages} onChange={(e) => setVillagePages(e.target.checked)}>
            {VILLAGE_PAGES_LABEL}
          </Checkbox>
        </Form.Item>
      )}
      {offersFull && (
        <Form.Item style={{ marginBottom: full ? 8 : 12 }}>
          <Checkbox checked={full} onChange={(e) => setFull(e.target.checked)}>
            导出完整号码
          </Checkbox>
        </Form.Item>
      )}
      {full && <Alert type="warning" showIcon title={FULL_EXPORT_WARNING} style={{ marginBottom: 12 }} />}
      <Button
        type="primary"
        htmlType="submit"
        icon={<DownloadOutlined aria-hidden />}
        disabled={noOffice || download.busy}
      >
        导出
      </Button>
      {download.modal}
    </Form>
  );
}
