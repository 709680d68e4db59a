import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Checkbox, Col, DatePicker, Divider, Form, Input, InputNumber, Radio, Row, Select, Space, Typography } from 'antd';
import {
  findDuplicates,
  listVisits,
  savePetition,
  type ApiError,
  type Citizen,
  type DuplicateHint,
  type Petition,
  type PetitionView,
  type VisitView,
} from '../../api';
import { t } from '../../locales';
import { formatDate } from '../../util/date';
import { DuplicateAlert, type DuplicateLink } from './DuplicateAlert';
import { isoDate, showPathErrors } from './formHelpers';
import {
  blankCitizen,
  blankPetition,
  duplicateQueryOf,
  fieldsFor,
  filerKinds,
  forwardingCategories,
  ineligibleReasons,
  petitionKinds,
  petitionSources,
  priorStatusesFor,
  sortHints,
  toPetition,
} from './petitionRules';

const idKinds = ['can-cuoc', 'cmnd', 'passport', 'other'];

/** The names of the form's fields, for Go's field messages ("petitioners." stands for each petitioner's). */
const formFields = [
  'receivedOn',
  'source',
  'visitId',
  'forwardingBody',
  'forwardingCategory',
  'forwardingDoc',
  'forwardingDocDate',
  'filerKind',
  'petitioners.',
  'peopleCount',
  'respondent',
  'placeArose',
  'kind',
  'field',
  'eligible',
  'ineligibleReason',
  'ineligibleNote',
  'withinCompetence',
  'priorStatus',
  'summary',
  'notes',
];

/** How long the clerk pauses before the likely duplicates are looked up. */
const duplicateDelay = 400;

const noLink: DuplicateLink = { duplicateOf: 0, matterId: 0 };

/**
 * A petition entered into the sổ đơn (or corrected), with the keyboard: Tab
 * through the fields, Ctrl+S to save. While the petitioner or the content is
 * typed, likely duplicates appear and the petition can be marked as one, or
 * joined to their vụ việc, before it is saved.
 */
export function PetitionForm({ today, petition, onSaved }: { today: string; petition?: PetitionView; onSaved: (p: PetitionView) => void }) {
  const base = useMemo(() => petition ?? blankPetition(today), [petition, today]);
  // Empty choices show as empty selects, not as a blank option.
  const initial = useMemo(
    () => ({
      ...base,
      field: base.field || undefined,
      forwardingCategory: base.forwardingCategory || undefined,
      ineligibleReason: base.ineligibleReason || undefined,
    }),
    [base],
  );
  const [form] = Form.useForm<Petition>();
  const { message, notification } = App.useApp();
  const [link, setLink] = useState<DuplicateLink>({ duplicateOf: base.duplicateOf, matterId: petition ? base.matterId : 0 });
  const [hints, setHints] = useState<DuplicateHint[]>([]);
  const [visits, setVisits] = useState<VisitView[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const source = Form.useWatch('source', form);
  const kind = Form.useWatch('kind', form);
  const filerKind = Form.useWatch('filerKind', form);
  const eligible = Form.useWatch('eligible', form);
  const people = Form.useWatch('petitioners', form) as Citizen[] | undefined;
  const summary = Form.useWatch('summary', form) as string | undefined;
  const query = useMemo(() => duplicateQueryOf(people, summary, base.id), [people, summary, base.id]);
  const queryKey = JSON.stringify(query ?? null);

  // Likely duplicates of what is typed, once the clerk pauses.
  useEffect(() => {
    const q = JSON.parse(queryKey) as ReturnType<typeof duplicateQueryOf> | null;
    if (!q) {
      setHints([]);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      findDuplicates(q).then(
        (h) => current && setHints(h ?? []),
        () => current && setHints([]),
      );
    }, duplicateDelay);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [queryKey]);

  // The visits a petition handed in at reception may belong to.
  useEffect(() => {
    if (source !== 'reception' || visits.length > 0) return;
    listVisits({ from: '', to: '', kind: '', outcome: '', sessionKind: '', groupOnly: false, text: '', limit: 50, offset: 0 }).then(
      (p) => setVisits(p.rows),
      () => {},
    );
  }, [source, visits.length]);

  // A lĩnh vực or tình trạng the new kind does not have is cleared.
  useEffect(() => {
    const f = form.getFieldValue('field');
    if (f && !fieldsFor(kind).includes(f)) form.setFieldValue('field', undefined);
    const s = form.getFieldValue('priorStatus');
    if (s && !priorStatusesFor(kind).includes(s)) form.setFieldValue('priorStatus', 'none');
  }, [kind, form]);

  // Alt+T marks the petition a đơn trùng of the likeliest hint, Alt+G joins
  // it to that hint's vụ việc (as on the visit form).
  useEffect(() => {
    const first = sortHints(hints)[0];
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || !first) return;
      const key = e.key.toLowerCase();
      if (key === 't') markDuplicate(first);
      else if (key === 'g') attach(first);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const markDuplicate = (h: DuplicateHint) => {
    setLink({ duplicateOf: h.petitionId, matterId: h.matterId });
    form.setFieldsValue({ eligible: false, ineligibleReason: 'duplicate' });
  };
  const attach = (h: DuplicateHint) => setLink({ duplicateOf: 0, matterId: h.matterId });
  const unlink = () => {
    if (link.duplicateOf && form.getFieldValue('ineligibleReason') === 'duplicate') {
      form.setFieldsValue({ eligible: true, ineligibleReason: '' });
    }
    setLink(noLink);
  };

  // A visit chosen for an empty form brings its people, content and kind.
  const fromVisit = (id: number) => {
    const v = visits.find((x) => x.id === id);
    const first = (form.getFieldValue(['petitioners', 0, 'name']) as string | undefined)?.trim();
    if (!v || first) return;
    const plain = v.citizens.filter((c) => !c.masked);
    form.setFieldsValue({
      petitioners: plain.length > 0 ? plain : [{ ...blankCitizen }],
      peopleCount: v.peopleCount,
      summary: form.getFieldValue('summary') || v.summary,
      ...(petitionKinds.includes(v.kind as never) ? { kind: v.kind as Petition['kind'] } : {}),
    });
  };

  const submit = async (values: Petition) => {
    setBusy(true);
    setError(undefined);
    try {
      const saved = await savePetition(toPetition(base, values, link));
      message.success(petition ? t('petitions.updated', { n: saved.number, year: saved.year }) : t('petitions.saved', { n: saved.number, year: saved.year }));
      onSaved(saved);
    } catch (e) {
      const err = e as ApiError;
      const rest = showPathErrors(form, err, formFields);
      if (err.kind !== 'invalid' || Object.keys(err.fields).length === 0) {
        notification.error({ title: err.message, placement: 'top' });
      } else if (rest.length > 0) {
        setError([err.message, ...rest].join(' '));
      }
    } finally {
      setBusy(false);
    }
  };

  const visitOptions = visits.map((v) => ({
    value: v.id,
    label: t('petitions.visitOption', {
      n: v.number,
      year: v.year,
      date: formatDate(v.receivedAt),
      names: v.citizens.map((c) => c.name).join(', '),
    }),
  }));

  return (
    <Form<Petition>
      form={form}
      layout="vertical"
      onFinish={submit}
      aria-label={t('petitions.formTitle')}
      initialValues={initial}
      onKeyDown={(e) => {
        if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
          e.preventDefault();
          form.submit();
        } else if (e.key === 'Enter' && e.target instanceof HTMLInputElement) {
          // Enter confirms a date or a choice; only Ctrl+S or the button saves.
          e.preventDefault();
        }
      }}
    >
      <Divider titlePlacement="start">{t('petitions.sectionReceipt')}</Divider>
      <Row gutter={16}>
        <Col span={6}>
          <Form.Item name="receivedOn" label={t('petitions.receivedOn')} {...isoDate}>
            <DatePicker format="DD/MM/YYYY" allowClear={false} autoFocus style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item name="source" label={t('petitions.source')}>
            <Select options={petitionSources.map((s) => ({ value: s, label: t(`petitions.sources.${s}`) }))} />
          </Form.Item>
        </Col>
        {source === 'reception' && (
          <Col span={8}>
            <Form.Item name="visitId" label={t('petitions.visit')} extra={t('petitions.visitHelp')} normalize={(v?: number) => v ?? 0} getValueProps={(v: number) => ({ value: v || undefined })}>
              <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={visitOptions} onChange={(v?: number) => v && fromVisit(v)} />
            </Form.Item>
          </Col>
        )}
      </Row>
      {source === 'forwarded' && (
        <Row gutter={16}>
          <Col span={9}>
            <Form.Item name="forwardingBody" label={t('petitions.forwardingBody')}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
          <Col span={7}>
            <Form.Item name="forwardingCategory" label={t('petitions.forwardingCategory')}>
              <Select options={forwardingCategories.map((c) => ({ value: c, label: t(`petitions.categories.${c}`) }))} />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name="forwardingDoc" label={t('petitions.forwardingDoc')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name="forwardingDocDate" label={t('petitions.forwardingDocDate')} {...isoDate}>
              <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      )}

      <Divider titlePlacement="start">{t('petitions.sectionPetitioners')}</Divider>
      <Row gutter={16}>
        <Col span={16}>
          <Form.Item name="filerKind" label={t('petitions.filerKind')}>
            <Radio.Group options={filerKinds.map((k) => ({ value: k, label: t(`petitions.filerKinds.${k}`) }))} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="peopleCount" label={t('petitions.peopleCount')}>
            <InputNumber min={0} max={10000} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      {kind === 'denunciation' && <Alert type="info" showIcon title={t('petitions.denouncerSealed')} style={{ marginBottom: 12 }} />}
      <Form.List name="petitioners">
        {(items, { add, remove }) => (
          <>
            {items.map((item, i) => {
              const masked = !!people?.[i]?.masked;
              return (
                <div key={item.key} className="citizen-row" aria-label={`${t('petitions.petitioner')} ${i + 1}`}>
                  <Row gutter={8}>
                    <Col span={7}>
                      <Form.Item name={[item.name, 'name']} label={t('reception.name')}>
                        <Input maxLength={100} disabled={masked} />
                      </Form.Item>
                    </Col>
                    <Col span={5}>
                      <Form.Item name={[item.name, 'idKind']} label={t('reception.idKind')}>
                        <Select disabled={masked} options={idKinds.map((k) => ({ value: k, label: t(`reception.idKinds.${k}`) }))} />
                      </Form.Item>
                    </Col>
                    <Col span={5}>
                      <Form.Item name={[item.name, 'idNumber']} label={t('reception.idNumber')}>
                        <Input maxLength={20} disabled={masked} />
                      </Form.Item>
                    </Col>
                    <Col span={7}>
                      <Form.Item name={[item.name, 'phone']} label={t('reception.phone')}>
                        <Input maxLength={30} disabled={masked} />
                      </Form.Item>
                    </Col>
                  </Row>
                  <Row gutter={8} align="bottom">
                    <Col span={14}>
                      <Form.Item name={[item.name, 'address']} label={t('reception.address')}>
                        <Input maxLength={300} disabled={masked} />
                      </Form.Item>
                    </Col>
                    <Col span={10}>
                      <Space style={{ marginBottom: 24 }} wrap>
                        <Form.Item name={[item.name, 'protected']} valuePropName="checked" noStyle>
                          <Checkbox disabled={masked}>{t('petitions.protected')}</Checkbox>
                        </Form.Item>
                        {/* Go keeps a sealed petitioner by position: masked rows stay. */}
                        {!masked && (items.length > 1 || filerKind === 'other') && (
                          <Button size="small" onClick={() => remove(item.name)}>
                            {t('reception.removeCitizen')}
                          </Button>
                        )}
                      </Space>
                    </Col>
                  </Row>
                  {masked && <Typography.Text type="secondary">{t('petitions.maskedRow')}</Typography.Text>}
                </div>
              );
            })}
            {(filerKind === 'many' || (filerKind === 'other' && items.length === 0)) && (
              <Button
                onClick={() => {
                  add({ ...blankCitizen });
                  const n = (form.getFieldValue('peopleCount') as number | undefined) ?? 0;
                  if (n < items.length + 1) form.setFieldValue('peopleCount', items.length + 1);
                }}
              >
                {t('petitions.addPetitioner')}
              </Button>
            )}
          </>
        )}
      </Form.List>
      <DuplicateAlert hints={hints} link={link} onMarkDuplicate={markDuplicate} onAttach={attach} onClear={unlink} />

      <Divider titlePlacement="start">{t('petitions.sectionContent')}</Divider>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="respondent" label={t('petitions.respondent')}>
            <Input maxLength={300} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="placeArose" label={t('petitions.placeArose')}>
            <Input maxLength={300} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="kind" label={t('petitions.kind')}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={petitionKinds.map((k) => ({ value: k, label: t(`reception.kinds.${k}`) }))} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="field" label={t('petitions.field')}>
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={fieldsFor(kind).map((f) => ({ value: f, label: t(`petitions.fields.${f}`) }))} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="priorStatus" label={t('petitions.priorStatus')}>
            <Select options={priorStatusesFor(kind).map((s) => ({ value: s, label: t(`petitions.priorStatuses.${s}`) }))} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="summary" label={t('petitions.summary')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={5000} />
      </Form.Item>

      <Divider titlePlacement="start">{t('petitions.sectionClassify')}</Divider>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="eligible" label={t('petitions.eligibility')}>
            <Radio.Group
              options={[
                { value: true, label: t('petitions.eligible') },
                { value: false, label: t('petitions.ineligible') },
              ]}
            />
          </Form.Item>
        </Col>
        {eligible === false && (
          <>
            <Col span={8}>
              <Form.Item name="ineligibleReason" label={t('petitions.ineligibleReason')}>
                <Select options={ineligibleReasons.map((r) => ({ value: r, label: t(`petitions.ineligibleReasons.${r}`) }))} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="ineligibleNote" label={t('petitions.ineligibleNote')}>
                <Input maxLength={500} />
              </Form.Item>
            </Col>
          </>
        )}
      </Row>
      <Form.Item name="withinCompetence" valuePropName="checked">
        <Checkbox>{t('petitions.withinCompetence')}</Checkbox>
      </Form.Item>
      <Form.Item name="notes" label={t('petitions.notes')}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={5000} />
      </Form.Item>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Typography.Paragraph type="secondary">{t('reception.protectedNote')}</Typography.Paragraph>
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('petitions.save')}
      </Button>
    </Form>
  );
}
