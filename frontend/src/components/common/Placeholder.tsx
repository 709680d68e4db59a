import { Result } from 'antd';
import { ToolOutlined } from '@ant-design/icons';
import { t } from '../../locales';

/** An area not built yet: one sentence on what will be there. */
export function Placeholder({ area }: { area: string }) {
  return (
    <Result
      icon={<ToolOutlined />}
      title={t(`nav.${area}`)}
      subTitle={t(`placeholder.${area}`)}
      extra={<span className="placeholder-note">{t('placeholder.soon')}</span>}
    />
  );
}
