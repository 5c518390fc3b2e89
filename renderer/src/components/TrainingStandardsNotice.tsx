import { Alert } from 'antd';
import { Link } from 'react-router';
import { TRAINING_RULES_KEY } from '../../../shared/domain/rule-settings';
import { useRead } from '../api';
import { useCan } from './useCan';

/** The label of the training rules' row in 设置 › 规则设置. */
const SETTING_LABEL = '职业培训补贴标准及规则';

/**
 * DOMAIN §11.5: the training standards (培训补贴, 生活费补贴 …, one rule setting) are illustrative defaults the county
 * must set before use. Until a version of them has been saved, this says so once, plainly: on the 培训补贴 screen
 * with a link to 设置 › 规则设置 (`link`), and on that tab itself. Only an administrator may save rule settings
 * (ruleSettings.set): anyone else is told to ask one, with no link to a page they cannot save. Silent while unknown
 * or when the read fails.
 */
export function TrainingStandardsNotice({ link = false }: { link?: boolean }) {
  const read = useRead('ruleSettings.list', {});
  const canSet = useCan('ruleSettings.set');
  const training = read.data?.items.find((s) => s.key === TRAINING_RULES_KEY);
  if (!training || training.history.length > 0) return null;
  const title = '职业培训补贴标准尚未设置，现按系统示例默认值计算';
  const where = link ? `“设置 › 规则设置”中的“${SETTING_LABEL}”` : `下表“${SETTING_LABEL}”一行`;
  const ask = `请联系管理员在${where}设置。`;
  // On 规则设置 itself one line (the tab's table needs the height at 1366×768); elsewhere what to do and where.
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      title={link ? title : `${title}：${canSet ? `请在${where}修改。` : ask}`}
      description={
        link && (
          <>
            培训补贴标准、生活费补贴标准等须由本县按现行文件设置后使用；保存设置前，生成的培训补贴花名册按示例默认值计算。
            {canSet ? <Link to="/settings/rules">前往{where}</Link> : ask}
          </>
        )
      }
    />
  );
}
