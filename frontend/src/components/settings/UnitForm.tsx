import { useEffect, useState } from 'react';
import { App, Button, Checkbox, Form, Input, Typography } from 'antd';
import { ApiError, dateLine, saveUnit, type Unit } from '../../api';
import { t } from '../../locales';
import { formatDateTime } from '../../util/date';
import { showFieldErrors } from '../common/formErrors';

/** The fields of the form, in the order a clerk tabs through them. */
type UnitFields = Omit<Unit, 'revision' | 'updatedAt'>;

const emptyUnit: UnitFields = {
  name: '',
  superiorAgency: '',
  docSymbol: 'UBND',
  placeName: '',
  chairmanName: '',
  chairmanTitle: 'Chủ tịch',
  receptionPlace: '',
  periodicDays: [],
  reportRecipient: '',
};

const weekdays = [1, 2, 3, 4, 5, 6].map((d) => ({ value: d, label: t(`weekday.${d}`) }));

interface Props {
  /** The settings as read, or undefined at the first run. */
  initial?: Unit;
  firstRun?: boolean;
  /** Shows the settings without letting them be changed (not an administrator). */
  readOnly?: boolean;
  onSaved: (unit: Unit) => void;
}

/**
 * The unit's settings form, used by the first-run screen and by Cài đặt.
 * Validation is done by the Go service (one place for each rule); its
 * message for each field is shown beside that field.
 */
export function UnitForm({ initial, firstRun = false, readOnly = false, onSaved }: Props) {
  const [form] = Form.useForm<UnitFields>();
  const { notification } = App.useApp();
  const [saving, setSaving] = useState(false);
  const [revision, setRevision] = useState(initial?.revision ?? 0);
  const [updatedAt, setUpdatedAt] = useState(initial?.updatedAt);
  const place = Form.useWatch('placeName', form);
  const symbol = Form.useWatch('docSymbol', form);
  const [preview, setPreview] = useState('');

  useEffect(() => {
    if (!place?.trim()) {
      setPreview('');
      return;
    }
    const timer = setTimeout(() => {
      dateLine(place).then(setPreview, () => setPreview(''));
    }, 200);
    return () => clearTimeout(timer);
  }, [place]);

  const submit = async (values: UnitFields) => {
    setSaving(true);
    try {
      const saved = await saveUnit({ ...emptyUnit, ...values, revision });
      setRevision(saved.revision);
      setUpdatedAt(saved.updatedAt);
      form.setFieldsValue(saved);
      onSaved(saved);
    } catch (e) {
      const err = e as ApiError;
      if (!showFieldErrors(form, err, Object.keys(emptyUnit))) {
        notification.error({ title: err.message, placement: 'top' });
      }
    } finally {
      setSaving(false);
    }
  };

  const required = true; // every field is required; the message comes from Go
  return (
    <Form
      form={form}
      layout="vertical"
      disabled={readOnly}
      initialValues={initial ?? emptyUnit}
      onFinish={submit}
      // Ctrl+S saves, as in the office programs clerks know.
      onKeyDown={(e) => {
        if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
          e.preventDefault();
          form.submit();
        }
      }}
      aria-label={firstRun ? t('unit.firstRunTitle') : t('unit.settingsTitle')}
    >
      <Form.Item name="name" label={t('unit.name')} required={required}>
        <Input autoFocus placeholder={t('unit.namePlaceholder')} maxLength={200} />
      </Form.Item>
      <Form.Item name="superiorAgency" label={t('unit.superiorAgency')} required={required} extra={t('unit.superiorAgencyHelp')}>
        <Input placeholder={t('unit.superiorAgencyPlaceholder')} maxLength={200} />
      </Form.Item>
      <Form.Item
        name="docSymbol"
        label={t('unit.docSymbol')}
        required={required}
        extra={t('unit.docSymbolHelp', { symbol: symbol?.trim() ? symbol.trim().toUpperCase() : '…' })}
      >
        <Input maxLength={20} style={{ maxWidth: 200 }} />
      </Form.Item>
      <Form.Item name="placeName" label={t('unit.placeName')} required={required} extra={preview || ' '}>
        <Input placeholder={t('unit.placeNamePlaceholder')} maxLength={60} style={{ maxWidth: 320 }} />
      </Form.Item>
      <Form.Item name="chairmanName" label={t('unit.chairmanName')} required={required}>
        <Input placeholder={t('unit.chairmanNamePlaceholder')} maxLength={100} />
      </Form.Item>
      <Form.Item name="chairmanTitle" label={t('unit.chairmanTitle')} required={required}>
        <Input maxLength={60} style={{ maxWidth: 320 }} />
      </Form.Item>
      <Form.Item name="receptionPlace" label={t('unit.receptionPlace')} required={required}>
        <Input placeholder={t('unit.receptionPlacePlaceholder')} maxLength={200} />
      </Form.Item>
      <Form.Item name="periodicDays" label={t('unit.periodicDays')} required={required} extra={t('unit.periodicDaysHelp')}>
        <Checkbox.Group options={weekdays} />
      </Form.Item>
      <Form.Item name="reportRecipient" label={t('unit.reportRecipient')} required={required}>
        <Input placeholder={t('unit.reportRecipientPlaceholder')} maxLength={200} />
      </Form.Item>
      <Form.Item hidden={readOnly}>
        <Button type="primary" htmlType="submit" loading={saving} size="large">
          {firstRun ? t('unit.saveFirstRun') : t('unit.save')}
        </Button>
        {updatedAt && (
          <Typography.Text type="secondary" style={{ marginLeft: 16 }}>
            {t('unit.lastSaved', { when: formatDateTime(updatedAt) })}
          </Typography.Text>
        )}
      </Form.Item>
    </Form>
  );
}
