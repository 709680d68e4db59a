import { Tag, Tooltip } from 'antd';
import { formatDate } from '../../util/date';
import type { Case } from '../../api';
import { t } from '../../locales';
import { currentDeadline, nearness, nearnessColor } from './caseLogic';

/**
 * A deadline shown dd/mm/yyyy, red when overdue and orange when due within 3
 * days, with the rule that sets it in a tooltip.
 */
export function DueDate({ due, citation, today, text }: { due: string; citation: string; today: string; text?: string }) {
  if (!due) return null;
  const color = nearnessColor(nearness(due, today));
  const shown = text ?? formatDate(due);
  return (
    <Tooltip title={citation}>
      {color ? <Tag color={color}>{shown}</Tag> : <span>{shown}</span>}
    </Tooltip>
  );
}

/** The deadline a case runs against now (see currentDeadline), for a table cell. */
export function CaseDue({ c, today }: { c: Case; today: string }) {
  const d = currentDeadline(c);
  if (!d) return null;
  if (d.stopped) return <Tag>{t('cases.statuses.suspended')}</Tag>;
  const text = d.kind === 'acceptance' ? t('cases.acceptanceShort', { date: formatDate(d.due) }) : undefined;
  return <DueDate due={d.due} citation={d.citation} today={today} text={text} />;
}
