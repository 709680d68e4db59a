import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Form, Input, Skeleton, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { getReceptionRules, receptionRulesPDF, saveReceptionRules, type ApiError, type ReceptionRules } from '../../api';
import { t } from '../../locales';
import { PdfModal } from '../common/PdfModal';
import { showFieldErrors } from '../common/formErrors';

type Fields = { decisionNumber: string; decisionDate: Dayjs | null; text: string };

/** Cài đặt › Nội quy tiếp công dân: the text (the app's template until saved), the adopting decision, and the print for posting. */
export function RulesSettings({ canEdit }: { canEdit: boolean }) {
  const { message, notification } = App.useApp();
  const [rules, setRules] = useState<ReceptionRules>();
  const [error, setError] = useState<string>();
  const [pdf, setPdf] = useState<string>();
  const [form] = Form.useForm<Fields>();

  useEffect(() => {
    getReceptionRules().then(setRules, (e: ApiError) => setError(e.message));
  }, []);

  const fail = (e: unknown) => notification.error({ title: (e as ApiError).message, placement: 'top' });

  const submit = async (v: Fields) => {
    if (!rules) return;
    try {
      setRules(
        await saveReceptionRules({
          ...rules,
          decisionNumber: v.decisionNumber ?? '',
          decisionDate: v.decisionDate ? v.decisionDate.format('YYYY-MM-DD') : '',
          text: v.text ?? '',
        }),
      );
      message.success(t('rules.saved'));
    } catch (e) {
      if (!showFieldErrors(form, e as ApiError, ['decisionNumber', 'decisionDate', 'text'])) fail(e);
    }
  };

  const print = async () => {
    try {
      setPdf(await receptionRulesPDF());
    } catch (e) {
      fail(e);
    }
  };

  return (
    <Card style={{ maxWidth: 960 }}>
      <Typography.Title level={3}>{t('rules.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('rules.intro')}</Typography.Paragraph>
      {error && <Alert type="error" title={error} showIcon />}
      {!rules && !error && <Skeleton active />}
      {rules?.default && <Alert type="warning" showIcon title={t('rules.template')} style={{ marginBottom: 16 }} />}
      {!canEdit && <Alert type="info" showIcon title={t('rules.readOnly')} style={{ marginBottom: 16 }} />}
      {rules && (
        <Form
          key={rules.revision}
          form={form}
          name="rules"
          layout="vertical"
          initialValues={{ decisionNumber: rules.decisionNumber, decisionDate: rules.decisionDate ? dayjs(rules.decisionDate) : null, text: rules.text }}
          onFinish={submit}
          disabled={!canEdit}
          aria-label={t('rules.title')}
          onKeyDown={(e) => {
            if (canEdit && (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
              e.preventDefault();
              form.submit();
            }
          }}
        >
          <Space align="start" wrap>
            <Form.Item name="decisionNumber" label={t('rules.decisionNumber')} extra={t('rules.decisionNumberHelp')} style={{ width: 360 }}>
              <Input maxLength={20} />
            </Form.Item>
            <Form.Item name="decisionDate" label={t('rules.decisionDate')}>
              <DatePicker format="DD/MM/YYYY" />
            </Form.Item>
          </Space>
          <Form.Item name="text" label={t('rules.text')} extra={t('rules.textHelp')}>
            <Input.TextArea autoSize={{ minRows: 12, maxRows: 30 }} maxLength={30000} spellCheck={false} />
          </Form.Item>
        </Form>
      )}
      <Space>
        {canEdit && rules && (
          <Button type="primary" onClick={() => form.submit()}>
            {t('rules.save')}
          </Button>
        )}
        <Button onClick={() => void print()} disabled={!rules}>
          {t('rules.print')}
        </Button>
      </Space>
      <PdfModal pdf={pdf} title={t('rules.pdfTitle')} fileName="noi-quy-tiep-cong-dan.pdf" onClose={() => setPdf(undefined)} />
    </Card>
  );
}
