import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';

/** The centred card the sign-in, first-start and recovery screens share. */
export function AuthFrame({ title, children, width = 420 }: { title: string; children: ReactNode; width?: number }) {
  return (
    <main
      style={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: '#f0f2f5',
      }}
    >
      <Card style={{ width }}>
        <Typography.Title level={3} style={{ marginTop: 0, textAlign: 'center' }}>
          就业援助台账
        </Typography.Title>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {title}
        </Typography.Title>
        {children}
      </Card>
    </main>
  );
}
