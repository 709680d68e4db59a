import { Tag, Tooltip } from 'antd';
import type { Petition } from '../../api';
import { t } from '../../locales';
import { formatDate } from '../../util/date';
import { daysBetween, dueColour, dueState } from './petitionRules';

type Shown = Pick<Petition, 'handled' | 'handledBy' | 'handlingDue' | 'handlingCitation'>;

/** The handling deadline, coloured by how near it is, with its legal basis on hover. */
export function DeadlineTag({ petition: p, today }: { petition: Shown; today: string }) {
  if (!p.handlingDue) return <span>—</span>;
  const state = dueState(p, today);
  const note =
    state === 'overdue'
      ? t('petitions.overdueBy', { n: -daysBetween(today, p.handlingDue) })
      : state === 'today'
        ? t('petitions.dueToday')
        : state === 'soon'
          ? t('petitions.dueIn', { n: daysBetween(today, p.handlingDue) })
          : '';
  return (
    <Tooltip title={p.handlingCitation}>
      <Tag color={dueColour(state)} data-due-state={state} aria-label={`${formatDate(p.handlingDue)} ${p.handlingCitation}`} style={{ whiteSpace: 'normal' }}>
        {formatDate(p.handlingDue)}
        {note && ` (${note})`}
      </Tag>
    </Tooltip>
  );
}

/** Where the petition stands: handled (by what), overdue, or awaiting handling. */
export function StatusTag({ petition: p, today }: { petition: Shown; today: string }) {
  if (p.handled) {
    return (
      <Tag color="green">{p.handledBy ? t('petitions.handledBy', { action: t(`petitions.actions.${p.handledBy}`) }) : t('petitions.statuses.handled')}</Tag>
    );
  }
  return dueState(p, today) === 'overdue' ? <Tag color="red">{t('petitions.statuses.overdue')}</Tag> : <Tag color="blue">{t('petitions.statuses.pending')}</Tag>;
}
