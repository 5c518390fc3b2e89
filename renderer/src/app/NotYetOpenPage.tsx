import { Result } from 'antd';
import { ClockCircleOutlined } from '@ant-design/icons';

/** The page of a module that is not built yet: a plain notice, not an error. */
export function NotYetOpenPage({ title }: { title: string }) {
  return (
    <Result icon={<ClockCircleOutlined aria-hidden />} title={title} subTitle="该模块尚未开放，将在后续版本提供" />
  );
}
