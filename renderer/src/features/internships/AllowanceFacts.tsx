import { Typography } from 'antd';
import { isValidDate } from '../../../../shared/domain/dates';
import { normaliseTypedDate } from '../../../../shared/domain/dates';
import { yuanText } from './internship-labels';
import { useRead } from '../../api';

/**
 * BR-27: the living allowance standard is the county's monthly minimum wage in force on the start date. Shown
 * read-only beside the start date; the host allowance must be at least half of it (VR-14, checked by the core).
 */
export function useMinWage(agreementStart: string) {
  const start = normaliseTypedDate(agreementStart);
  const { data, error } = useRead(
    'posts.defaultStandard',
    isValidDate(start) ? { areaType: 'urban', fullTime: true, onDate: start } : null,
  );
  return isValidDate(start) ? { fen: data?.minWageMonthlyFen ?? null, basis: data?.basis ?? null, error } : null;
}

export function AllowanceStandard({ wage }: { wage: ReturnType<typeof useMinWage> }) {
  return (
    <div aria-label="生活费补助标准" role="group">
      <Typography.Text type="secondary">生活费补助标准(元/月)</Typography.Text>
      <div style={{ marginTop: 6, minHeight: 24 }}>
        {!wage && <Typography.Text type="secondary">填写见习协议开始日期后显示</Typography.Text>}
        {wage?.error && <Typography.Text type="danger">{wage.error}</Typography.Text>}
        {wage && !wage.error && wage.fen !== null && (
          <>
            <Typography.Text strong>{yuanText(wage.fen)}/月</Typography.Text>
            <br />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {wage.basis}
            </Typography.Text>
          </>
        )}
        {wage && !wage.error && wage.fen === null && (
          <Typography.Text type="warning">开始日期没有适用的最低工资标准</Typography.Text>
        )}
      </div>
    </div>
  );
}
