import { useSearchParams } from 'react-router';
import { useSession } from '../../components/session';

/** The month of the 补贴发放 screens, kept in the address (?month=YYYY-MM); default the working month. */
export function useMonthParam(): [string, (m: string) => void] {
  const [params, setParams] = useSearchParams();
  const { today } = useSession().info;
  const month = /^\d{4}-\d{2}$/.test(params.get('month') ?? '') ? params.get('month')! : today.slice(0, 7);
  return [
    month,
    (m) =>
      setParams(
        (p) => {
          p.set('month', m);
          return p;
        },
        { replace: true },
      ),
  ];
}

export { MonthPicker } from '../../components/MonthPicker';
