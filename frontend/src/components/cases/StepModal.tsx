import { useEffect, useState } from 'react';
import { Alert, Checkbox, Col, Collapse, DatePicker, Form, Input, InputNumber, Modal, Radio, Row, Select, Tooltip } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  addCaseStep,
  type ApiError,
  type CaseStep,
  type CaseView,
  type ChecklistItem,
  type Figures,
  type StepKind,
} from '../../api';
import { t } from '../../locales';
import { complexityGrades, fieldLabel, resultOptions, stepFields, stepLabel, type StepField } from './caseLogic';

/** The figures of biểu 01/KQGQ, in the order of its columns. */
export const figureNames: (keyof Figures)[] = [
  'recoverMoney',
  'recoverLand',
  'returnOrgMoney',
  'returnOrgLand',
  'returnPersonMoney',
  'returnPersonLand',
  'orgsRestored',
  'peopleRestored',
  'disciplinePeople',
  'disciplineOfficials',
  'prosecutionCases',
  'prosecutionPeople',
  'prosecutionOfficials',
];

/** Money and land are decimals (triệu đồng, m²); the rest count people or cases. */
const decimalFigures = new Set<keyof Figures>(['recoverMoney', 'recoverLand', 'returnOrgMoney', 'returnOrgLand', 'returnPersonMoney', 'returnPersonLand']);

const blankFigures = Object.fromEntries(figureNames.map((n) => [n, 0])) as unknown as Figures;

const blankStep: CaseStep = {
  id: 0,
  caseId: 0,
  kind: 'accept',
  date: '',
  docNumber: '',
  assignee: '',
  invitedOn: '',
  days: 0,
  ground: '',
  partial: false,
  reasons: [],
  complexity: '',
  result: '',
  figures: blankFigures,
  done: false,
  note: '',
  by: '',
  createdAt: '',
};

type Values = Partial<Omit<CaseStep, 'figures'>> & { figures?: Partial<Figures>; remote?: boolean };

// The form keeps dates as ISO strings, as Go does; the pickers show dd/mm/yyyy.
const isoDateProps = (v: string) => ({ value: v ? dayjs(v) : null });
const toISODate = (d: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : '');

/** A ground (Cases.NotAcceptGrounds) as a select option: "Khoản 1 Điều 11 Luật Khiếu nại: …". */
const groundOption = (g: ChecklistItem) => ({ value: g.code, label: `${g.citation}: ${g.text}` });

/** A field name from Go ("figures.recoverMoney") as a form path. */
const pathOf = (name: string) => name.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));

/**
 * The form of one step of a case: the fields that step needs, sent to Go,
 * which refuses (Invalid, nothing written) a step the law does not allow; its
 * message appears in the dialog and field messages beside the fields.
 */
export function StepModal({
  view,
  step,
  today,
  checklist,
  grounds,
  onClose,
  onSaved,
  onConflict,
}: {
  view: CaseView;
  step?: StepKind;
  today: string;
  /** The complexity checklist in force (Cases.ComplexityChecklist). */
  checklist: ChecklistItem[];
  /** The grounds for not accepting a khiếu nại (Cases.NotAcceptGrounds). */
  grounds: ChecklistItem[];
  onClose: () => void;
  onSaved: (v: CaseView) => void;
  onConflict: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => setError(undefined), [step]);

  const submit = async () => {
    if (!step) return;
    // The whole store: the figures panel may never have been opened.
    const v = form.getFieldsValue(true) as Values;
    setBusy(true);
    setError(undefined);
    try {
      const saved = await addCaseStep({
        ...blankStep,
        ...v,
        kind: step,
        caseId: view.id,
        revision: view.revision,
        reasons: v.reasons ?? [],
        complexity: step === 'complex' ? (v.complexity ?? 'complex') : '',
        figures: { ...blankFigures, ...v.figures },
        days: v.days ?? 0,
        remote: step === 'accept' && !!v.remote,
      });
      onSaved(saved);
    } catch (e) {
      const err = e as ApiError;
      if (err.kind === 'conflict') {
        setError(t('cases.conflict'));
        onConflict();
        return;
      }
      const names = Object.keys(err.fields ?? {});
      if (names.length > 0) form.setFields(names.map((n) => ({ name: pathOf(n) as never, errors: [err.fields[n]] })));
      setError(err.message);
    } finally {
      setBusy(false);
    }
  };

  const renderField = (f: StepField) => {
    if (!step) return null;
    const label = fieldLabel(step, f);
    switch (f) {
      case 'date':
      case 'invitedOn':
        return (
          <Form.Item key={f} name={f} label={label} getValueProps={isoDateProps} normalize={toISODate}>
            <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
          </Form.Item>
        );
      case 'docNumber':
      case 'assignee':
        return (
          <Form.Item key={f} name={f} label={label}>
            <Input maxLength={f === 'docNumber' ? 100 : 300} />
          </Form.Item>
        );
      case 'ground':
        return (
          <Form.Item key={f} name={f} label={label}>
            {step === 'reject' ? (
              <Select options={grounds.map(groundOption)} showSearch={{ optionFilterProp: 'label' }} />
            ) : (
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
            )}
          </Form.Item>
        );
      case 'days':
        return (
          <Form.Item key={f} name={f} label={label}>
            <InputNumber min={1} max={30} style={{ width: '100%' }} />
          </Form.Item>
        );
      case 'partial':
        return (
          <Form.Item key={f} name={f} label={label}>
            <Radio.Group
              options={[
                { value: false, label: t('cases.whole') },
                { value: true, label: t('cases.partial') },
              ]}
            />
          </Form.Item>
        );
      case 'complexity':
        return (
          <Form.Item key={f} name={f} label={label}>
            <Radio.Group options={complexityGrades(view.kind).map((g) => ({ value: g, label: t(`cases.complexity.${g}`) }))} />
          </Form.Item>
        );
      case 'reasons':
        return (
          <Form.Item key={f} name={f} label={label}>
            <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
              {checklist.map((c) => (
                <Tooltip key={c.code} title={c.citation} placement="left">
                  <Checkbox value={c.code}>{c.text}</Checkbox>
                </Tooltip>
              ))}
            </Checkbox.Group>
          </Form.Item>
        );
      case 'result':
        return (
          <Form.Item key={f} name={f} label={label}>
            <Select options={resultOptions(view.kind)} />
          </Form.Item>
        );
      case 'done':
      case 'remote':
        return (
          <Form.Item key={f} name={f} valuePropName="checked">
            <Checkbox>{label}</Checkbox>
          </Form.Item>
        );
      case 'figures':
        return (
          <Collapse
            key={f}
            style={{ marginBottom: 16 }}
            items={[
              {
                key: 'figures',
                label,
                forceRender: true,
                children: (
                  <Row gutter={12}>
                    {figureNames.map((n) => (
                      <Col span={12} key={n}>
                        <Form.Item name={['figures', n]} label={t(`cases.figures.${n}`)}>
                          <InputNumber min={0} step={decimalFigures.has(n) ? 0.1 : 1} precision={decimalFigures.has(n) ? undefined : 0} style={{ width: '100%' }} />
                        </Form.Item>
                      </Col>
                    ))}
                  </Row>
                ),
              },
            ]}
          />
        );
      case 'note':
        return (
          <Form.Item key={f} name={f} label={label}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={5000} />
          </Form.Item>
        );
    }
  };

  return (
    <Modal
      open={!!step}
      title={step ? stepLabel(step) : ''}
      width={step === 'decide' || step === 'enforce' || step === 'complex' ? 760 : 560}
      okText={t('cases.save')}
      cancelText={t('cases.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {step && (
        <Form
          form={form}
          layout="vertical"
          aria-label={stepLabel(step)}
          preserve={false}
          initialValues={{ date: today, partial: false, complexity: 'complex', figures: blankFigures, reasons: [], done: false, remote: false }}
          onFinish={() => void submit()}
          onKeyDown={(e) => {
            if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
              e.preventDefault();
              form.submit();
            } else if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT') {
              // Enter confirms a date or an option. The browser would also save a
              // form that happens to have one text box, so saving is Ctrl+S or Ghi.
              e.preventDefault();
            }
          }}
        >
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
          {stepFields(step, view.kind).map(renderField)}
        </Form>
      )}
    </Modal>
  );
}
