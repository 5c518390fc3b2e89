import { Alert, App, Button, Space, Typography } from 'antd';
import type { z } from 'zod';
import { PageForm } from '../../components/PageForm';
import { useCan } from '../../components/useCan';
import { officeInput, type AppSettings } from '../../../../shared/contract/settings';
import { useWrite } from '../../api';
import { useSession } from '../../components/session';
import { useCtrlS } from '../../components/useCtrlS';
import { TextField } from '../../components/fields';
import { useSchemaForm } from '../../components/useSchemaForm';

const FORM_ID = 'office-form';
const FIELDS = ['name', 'countyName', 'countyCode'] as const;

type OfficeValues = z.input<typeof officeInput>;

/** The stored 12-digit county code is shown in its 6-digit form, as the clerk knows it. */
function toValues(office: AppSettings['office']): OfficeValues {
  if (!office) return { name: '', countyName: '', countyCode: '' };
  const code = /^\d{6}000000$/.test(office.countyCode) ? office.countyCode.slice(0, 6) : office.countyCode;
  return { name: office.name, countyName: office.countyName, countyCode: code };
}

/**
 * 设置 → 单位信息: the office and its county (report headers, region code prefix). Ctrl+S saves; leaving the page with
 * unsaved changes asks first.
 */
export function OfficeForm({ active }: { active: boolean }) {
  const canSave = useCan('settings.setOffice');
  const setOfficeWrite = useWrite('settings.setOffice', { ownDomain: false }); // the session puts the settings it returns
  const { message } = App.useApp();
  const { settings, setSettings } = useSession();
  const { handleSubmit, reset, bind, formState, saving, formError, run } = useSchemaForm(
    FORM_ID,
    FIELDS,
    officeInput,
    toValues(settings.office),
  );

  const save = handleSubmit(async (values) => {
    const result = await run(() => setOfficeWrite.write(values));
    if (!result.ok) return;
    setSettings(result.data);
    reset(toValues(result.data.office));
    message.success('已保存');
  });

  useCtrlS(() => {
    if (!saving) void save();
  }, active);

  return (
    <div style={{ maxWidth: 520 }}>
      {!settings.office && (
        <Alert
          type="info"
          showIcon
          title="请先填写单位信息"
          description="本县的区划代码是录入乡镇(街道)、村(社区)的前提，单位名称会印在报表上。"
          style={{ marginBottom: 16 }}
        />
      )}
      <PageForm id={FORM_ID} formError={formError} onSubmit={() => void save()} dirty={formState.isDirty}>
        <TextField {...bind('name')} label="单位名称" required maxLength={60} placeholder="如：××县就业服务中心" />
        <TextField {...bind('countyName')} label="县(市、区)名称" required maxLength={30} placeholder="如：和田县" />
        <TextField
          {...bind('countyCode')}
          label="区划代码"
          required
          extra="本县的6位县级区划代码，如 653221；也可填以 000000 结尾的12位代码。"
          maxLength={12}
          inputMode="numeric"
          style={{ width: 200 }}
        />
        <Space align="center">
          <Button type="primary" htmlType="submit" loading={saving} disabled={!canSave}>
            保存
          </Button>
          <Typography.Text type="secondary">
            {canSave ? 'Ctrl+S 也可保存' : '只有管理员可以修改单位信息'}
          </Typography.Text>
        </Space>
      </PageForm>
    </div>
  );
}
