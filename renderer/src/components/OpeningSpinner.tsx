import { Spin } from 'antd';

/** The whole window while the register opens (the first reads, the session): one large spinner in the middle. */
export function OpeningSpinner() {
  return (
    <div style={{ height: '100%', display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
      <Spin size="large" description="正在打开台账…" />
    </div>
  );
}
