import type { RecognitionDetail } from '../../../shared/contract/recognitions';
import { useRead } from '../api';

/**
 * The person's recognition in force on `date` (已认定 by then and not exited before it), or null; what a placement
 * may rest on instead of a recorded category (BR-16).
 */
export function useRecognitionOn(
  personId: string | null | undefined,
  date: string | null | undefined,
): RecognitionDetail | null {
  const { data } = useRead('recognitions.listByPerson', personId ? { personId } : null);
  if (!personId || !date || !data) return null;
  return (
    data.items.find(
      (r) =>
        (r.status === '03' || (r.status === '05' && !!r.exitDate && r.exitDate > date)) &&
        (r.recognitionDate ?? '') <= date &&
        r.personId === personId,
    ) ?? null
  );
}
