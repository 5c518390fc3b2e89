import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { saveDownloaded } from '../../api/save-downloaded';
import { createChart, pageFont, type ChartOption, type ECharts } from './echarts';

interface ChartCardProps {
  /** Drawn in the chart itself, so a saved picture says what it shows; also the region's name. */
  title: string;
  option: ChartOption;
  /** File name of 保存为图片, without .png. */
  fileName: string;
  height?: number;
  /** Said over the chart when it has nothing to show. */
  emptyText?: string;
}

/** One chart with its 保存为图片 button (a PNG at twice the screen resolution on a white background). */
export function ChartCard({ title, option, fileName, height = 250, emptyText }: ChartCardProps) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const { message } = App.useApp();

  useEffect(() => {
    if (!el.current) return;
    const c = createChart(el.current);
    chart.current = c;
    const resize = new ResizeObserver(() => c.resize());
    resize.observe(el.current);
    return () => {
      resize.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const font = pageFont();
    chart.current?.setOption(
      {
        textStyle: { fontFamily: font },
        title: { text: title, left: 8, top: 4, textStyle: { fontSize: 14, fontWeight: 'bold', fontFamily: font } },
        animation: false,
        ...option,
      },
      true,
    );
  }, [option, title]);

  const save = async () => {
    const c = chart.current;
    if (!c) return;
    const url = c.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
    const r = await saveDownloaded(`${fileName}.png`, url.slice(url.indexOf(',') + 1), 'image/png');
    if (r.error) message.error(r.error);
  };

  return (
    <Card size="small" styles={{ body: { padding: 8, position: 'relative' } }}>
      <section aria-label={title}>
        <Button
          size="small"
          icon={<DownloadOutlined aria-hidden />}
          onClick={save}
          style={{ position: 'absolute', top: 8, right: 8, zIndex: 1 }}
        >
          保存为图片
        </Button>
        <div ref={el} role="img" aria-label={title} style={{ height, width: '100%' }} />
        {emptyText && (
          <Typography.Text
            type="secondary"
            style={{ position: 'absolute', top: '50%', left: 0, right: 0, textAlign: 'center' }}
          >
            {emptyText}
          </Typography.Text>
        )}
      </section>
    </Card>
  );
}
