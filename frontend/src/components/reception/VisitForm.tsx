import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Checkbox, Col, DatePicker, Divider, Form, Input, InputNumber, Radio, Row, Select, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  listSessions,
  listVisits,
  refusalGrounds,
  saveSession,
  saveVisit,
  type ApiError,
  type Citizen,
  type Outcome,
  type ReceptionSession,
  type ReceiptItem,
  type RefusalGroundView,
  type VisitKind,
  type VisitView,
} from '../../api';
import { t } from '../../locales';
import { formatDate } from '../../util/date';
import { showFieldErrors } from '../common/formErrors';
import { useUser } from '../auth/session';
import { PdfModal } from '../common/PdfModal';

const kinds: VisitKind[] = ['complaint', 'denunciation', 'recommendation', 'feedback', 'mixed', 'other'];
const outcomes: Outcome[] = ['guide', 'accept', 'transfer', 'answer', 'refuse'];
const idKinds = ['can-cuoc', 'cmnd', 'passport', 'other'];
const fields = [0, 1, 2, 3, 4, 5, 6].map((i) => t(`reception.fields.${i}`));
const NEW_SESSION = 0;

// The form keeps dates as ISO strings, as Go does; the pickers show dd/mm/yyyy.
const isoDateProps = (v: string) => ({ value: v ? dayjs(v) : null });
const toISODate = (d: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : '');
const blankItem: ReceiptItem = { name: '', pages: 0, kind: 'original', condition: '' };

const blankCitizen: Citizen = {
  name: '',
  idKind: 'can-cuoc',
  idNumber: '',
  idIssueDate: '',
  idIssuePlace: '',
  idDescription: '',
  birthDate: '',
  address: '',
  phone: '',
  representative: false,
  protected: false,
  masked: false,
};

interface Fields {
  sessionId: number;
  receivedAt: Dayjs;
  citizens: Citizen[];
  peopleCount: number;
  summary: string;
  kind: VisitKind;
  field: string;
  resolvedBy: string;
  withinCompetence: boolean;
  outcome: Outcome;
  guideBody: string;
  guideDoc: string;
  transferBody: string;
  transferDoc: string;
  refusalGround: string;
  notes: string;
  issueReceipt: boolean;
  receiptPosition: number;
  officerPosition: string;
  receiptItems: ReceiptItem[];
  pageSize: 'A4' | 'A5';
  twoCopies: boolean;
}

/**
 * A new visit, typed with the keyboard: Tab through the fields, Ctrl+S to
 * save. As the first person's name or number is typed, earlier visits appear
 * and the visit can be attached to their matter (Alt+G).
 */
export function VisitForm({ today, onSaved }: { today: string; onSaved: (v: VisitView) => void }) {
  const [form] = Form.useForm<Fields>();
  const { message, notification } = App.useApp();
  const [sessions, setSessions] = useState<ReceptionSession[]>([]);
  const [grounds, setGrounds] = useState<RefusalGroundView[]>([]);
  const [earlier, setEarlier] = useState<VisitView[]>([]);
  const [matterId, setMatterId] = useState(0);
  const [warnings, setWarnings] = useState<string[]>([]);
  const [issued, setIssued] = useState<{ pdf: string; label: string; file: string }>();
  const [busy, setBusy] = useState(false);
  const user = useUser();
  const outcome = Form.useWatch('outcome', form);
  const issueReceipt = Form.useWatch('issueReceipt', form);
  const people = (Form.useWatch('citizens', form) as Citizen[] | undefined) ?? [];
  const first = Form.useWatch(['citizens', 0], form) as Citizen | undefined;
  const query = useMemo(() => (first?.idNumber?.trim() || first?.name?.trim() || ''), [first?.idNumber, first?.name]);

  useEffect(() => {
    listSessions({ from: today, to: today, kind: '' }).then((s) => {
      setSessions(s);
      form.setFieldValue('sessionId', s[0]?.id ?? NEW_SESSION);
    }, () => {});
    refusalGrounds(today).then(setGrounds, () => {});
  }, [today, form]);

  // Earlier visits of the person being typed.
  useEffect(() => {
    if (query.length < 3) {
      setEarlier([]);
      return;
    }
    const timer = setTimeout(() => {
      listVisits({ from: '', to: '', kind: '', outcome: '', sessionKind: '', groupOnly: false, text: query, limit: 5, offset: 0 }).then(
        (p) => setEarlier(p.rows),
        () => setEarlier([]),
      );
    }, 150);
    return () => clearTimeout(timer);
  }, [query]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && e.key.toLowerCase() === 'g' && earlier[0]) {
        e.preventDefault();
        setMatterId(earlier[0].matterId);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [earlier]);

  const submit = async (v: Fields) => {
    setBusy(true);
    try {
      let sessionId = v.sessionId;
      if (sessionId === NEW_SESSION) {
        const s = await saveSession({
          id: 0,
          kind: 'regular',
          date: today,
          place: '',
          presidedBy: user?.fullName ?? '',
          participants: '',
          conclusion: '',
          revision: 0,
        });
        sessionId = s.id;
        setSessions([s, ...sessions]);
        form.setFieldValue('sessionId', s.id);
      }
      const { issueReceipt: wantReceipt, receiptPosition, officerPosition, receiptItems, pageSize, twoCopies, ...visit } = v;
      const saved = await saveVisit({
        receipt: wantReceipt
          ? {
              position: receiptPosition ?? 0,
              officerPosition: officerPosition ?? '',
              items: (receiptItems ?? []).map((it) => ({ ...blankItem, ...it })),
              copies: 2,
            }
          : undefined,
        print: { pageSize: pageSize ?? 'A4', twoCopies: !!twoCopies },
        id: 0,
        number: 0,
        year: 0,
        isGroup: false,
        replyDue: '',
        replyCitation: '',
        noticeDue: '',
        noticeCitation: '',
        visitOrdinal: 0,
        revision: 0,
        ...visit,
        sessionId,
        matterId,
        receivedAt: visit.receivedAt.format(),
        citizens: visit.citizens.map((c) => ({ ...blankCitizen, ...c })),
        field: visit.field ?? '',
        resolvedBy: visit.resolvedBy ?? '',
        guideBody: visit.guideBody ?? '',
        guideDoc: visit.guideDoc ?? '',
        transferBody: visit.transferBody ?? '',
        transferDoc: visit.transferDoc ?? '',
        refusalGround: visit.refusalGround ?? '',
        notes: visit.notes ?? '',
      });
      setWarnings(saved.warnings);
      if (saved.receipt) {
        setIssued({
          pdf: saved.receipt.pdf,
          label: t('reception.receiptIssued', { n: saved.receipt.number, year: saved.receipt.year }),
          file: `giay-bien-nhan-${saved.receipt.number}-${saved.receipt.year}.pdf`,
        });
      }
      message.success(t('reception.saved', { n: saved.number }));
      form.resetFields();
      form.setFieldValue('sessionId', sessionId);
      setMatterId(0);
      onSaved(saved);
    } catch (e) {
      const err = e as ApiError;
      const names = Object.keys(err.fields ?? {});
      if (err.kind === 'invalid' && names.length > 0) {
        form.setFields(names.map((n) => ({ name: n.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)) as never, errors: [err.fields[n]] })));
      }
      for (const n of names.filter((n) => n.startsWith('receipt.items.'))) {
        const [, , idx, field] = n.split('.');
        form.setFields([{ name: ['receiptItems', Number(idx), field] as never, errors: [err.fields[n]] }]);
      }
      if (!showFieldErrors(form, err, ['sessionId', 'summary', 'kind', 'outcome', 'peopleCount'])) {
        if (names.length === 0) notification.error({ title: err.message, placement: 'top' });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={submit}
      aria-label={t('reception.formTitle')}
      initialValues={{ receivedAt: dayjs(), citizens: [{ ...blankCitizen }], peopleCount: 1, withinCompetence: true, kind: undefined }}
      onKeyDown={(e) => {
        if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
          e.preventDefault();
          form.submit();
        }
      }}
    >
      <Row gutter={16}>
        <Col span={14}>
          <Form.Item name="sessionId" label={t('reception.session')}>
            <Select
              options={[
                ...sessions.map((s) => ({ value: s.id, label: `${t(`reception.sessionKinds.${s.kind}`)} ${formatDate(s.date)} — ${s.presidedBy}` })),
                ...(sessions.some((s) => s.kind === 'regular') ? [] : [{ value: NEW_SESSION, label: t('reception.newRegularSession', { date: formatDate(today) }) }]),
              ]}
            />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item name="receivedAt" label={t('reception.receivedAt')}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="DD/MM/YYYY HH:mm" allowClear={false} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start">{t('reception.citizens')}</Divider>
      <Form.List name="citizens">
        {(items, { add, remove }) => (
          <>
            {items.map((item, i) => (
              <div key={item.key} className="citizen-row" aria-label={`${t('reception.citizens')} ${i + 1}`}>
                <Row gutter={8}>
                  <Col span={7}>
                    <Form.Item name={[item.name, 'name']} label={t('reception.name')}>
                      <Input autoFocus={i === 0} maxLength={100} />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item name={[item.name, 'idKind']} label={t('reception.idKind')}>
                      <Select options={idKinds.map((k) => ({ value: k, label: t(`reception.idKinds.${k}`) }))} />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item name={[item.name, 'idNumber']} label={t('reception.idNumber')}>
                      <Input maxLength={20} />
                    </Form.Item>
                  </Col>
                  <Col span={7}>
                    <Form.Item name={[item.name, 'address']} label={t('reception.address')}>
                      <Input maxLength={300} />
                    </Form.Item>
                  </Col>
                </Row>
                <Row gutter={8}>
                  <Col span={5}>
                    <Form.Item name={[item.name, 'idIssueDate']} label={t('reception.idIssueDate')} getValueProps={isoDateProps} normalize={toISODate}>
                      <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col span={7}>
                    <Form.Item name={[item.name, 'idIssuePlace']} label={t('reception.idIssuePlace')}>
                      <Input maxLength={200} />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item name={[item.name, 'birthDate']} label={t('reception.birthDate')} getValueProps={isoDateProps} normalize={toISODate}>
                      <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col span={7}>
                    <Form.Item name={[item.name, 'phone']} label={t('reception.phone')}>
                      <Input maxLength={30} />
                    </Form.Item>
                  </Col>
                </Row>
                {people[i]?.idKind === 'other' && (
                  <Form.Item name={[item.name, 'idDescription']} label={t('reception.idDescription')}>
                    <Input maxLength={200} />
                  </Form.Item>
                )}
                <Space size="large" wrap>
                  <Form.Item name={[item.name, 'representative']} valuePropName="checked" noStyle>
                    <Checkbox>{t('reception.representative')}</Checkbox>
                  </Form.Item>
                  <Form.Item name={[item.name, 'protected']} valuePropName="checked" noStyle>
                    <Checkbox>{t('reception.protected')}</Checkbox>
                  </Form.Item>
                  {items.length > 1 && (
                    <Button size="small" onClick={() => remove(item.name)}>
                      {t('reception.removeCitizen')}
                    </Button>
                  )}
                </Space>
                <Divider dashed style={{ margin: '12px 0' }} />
              </div>
            ))}
            <Button onClick={() => add({ ...blankCitizen })}>{t('reception.addCitizen')}</Button>
          </>
        )}
      </Form.List>
      {earlier.length > 0 && (
        <Alert
          style={{ marginTop: 12 }}
          type="info"
          showIcon
          title={t('reception.earlier', { n: earlier.length })}
          description={
            <Space orientation="vertical">
              {earlier.map((e) => (
                <Space key={e.id} wrap>
                  <Tag>{formatDate(e.receivedAt)}</Tag>
                  <span>{e.citizens.map((c) => c.name).join(', ')}</span>
                  <Typography.Text type="secondary">{e.summary.slice(0, 80)}</Typography.Text>
                  {matterId === e.matterId ? (
                    <Tag color="blue">{t('reception.attached', { id: e.matterId })}</Tag>
                  ) : (
                    <Button size="small" onClick={() => setMatterId(e.matterId)}>
                      {t('reception.attach')} (Alt+G)
                    </Button>
                  )}
                </Space>
              ))}
            </Space>
          }
        />
      )}
      <Row gutter={16} style={{ marginTop: 16 }}>
        <Col span={6}>
          <Form.Item name="peopleCount" label={t('reception.peopleCount')}>
            <InputNumber min={1} max={10000} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={9}>
          <Form.Item name="kind" label={t('reception.kind')}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={kinds.map((k) => ({ value: k, label: t(`reception.kinds.${k}`) }))} />
          </Form.Item>
        </Col>
        <Col span={9}>
          <Form.Item name="field" label={t('reception.field')}>
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={fields.map((f) => ({ value: f, label: f }))} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="summary" label={t('reception.summary')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="resolvedBy" label={t('reception.resolvedBy')}>
            <Input maxLength={300} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="withinCompetence" valuePropName="checked" label=" ">
            <Checkbox>{t('reception.withinCompetence')}</Checkbox>
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="outcome" label={t('reception.outcome')}>
        <Radio.Group options={outcomes.map((o) => ({ value: o, label: t(`reception.outcomes.${o}`) }))} />
      </Form.Item>
      {outcome === 'guide' && (
        <Row gutter={16}>
          <Col span={14}>
            <Form.Item name="guideBody" label={t('reception.guideBody')}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="guideDoc" label={t('reception.guideDoc')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
        </Row>
      )}
      {outcome === 'transfer' && (
        <Row gutter={16}>
          <Col span={14}>
            <Form.Item name="transferBody" label={t('reception.transferBody')}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="transferDoc" label={t('reception.transferDoc')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
        </Row>
      )}
      {outcome === 'refuse' && (
        <Form.Item name="refusalGround" label={t('reception.refusalGround')}>
          <Select options={grounds.map((g) => ({ value: g.id, label: `${g.text} (${g.citation})` }))} />
        </Form.Item>
      )}
      <Form.Item name="notes" label={t('reception.notes')}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={5000} />
      </Form.Item>
      <Form.Item name="issueReceipt" valuePropName="checked">
        <Checkbox>{t('reception.issueReceipt')}</Checkbox>
      </Form.Item>
      {issueReceipt && (
        <div className="receipt-box">
          <Row gutter={16}>
            <Col span={8}>
              <Form.Item name="receiptPosition" label={t('reception.provider')} initialValue={0}>
                <Select options={people.map((c, i) => ({ value: i, label: c?.name || `${t('reception.name')} ${i + 1}` }))} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="officerPosition" label={t('reception.officerPosition')} initialValue="Công chức tiếp công dân">
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item name="pageSize" label={t('reception.pageSize')} initialValue="A4">
                <Select options={[{ value: 'A4', label: 'A4' }, { value: 'A5', label: 'A5' }]} />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item name="twoCopies" valuePropName="checked" label=" ">
                <Checkbox>{t('reception.twoCopies')}</Checkbox>
              </Form.Item>
            </Col>
          </Row>
          <Typography.Text strong>{t('reception.receiptTitle')}</Typography.Text>
          <Form.List name="receiptItems" initialValue={[{ name: '', pages: 1, kind: 'original', condition: 'Nguyên vẹn' }]}>
            {(items, { add, remove }) => (
              <>
                {items.map((item, i) => (
                  <Row gutter={8} key={item.key} aria-label={`${t('reception.itemName')} ${i + 1}`}>
                    <Col span={9}>
                      <Form.Item name={[item.name, 'name']} label={t('reception.itemName')}>
                        <Input maxLength={300} />
                      </Form.Item>
                    </Col>
                    <Col span={3}>
                      <Form.Item name={[item.name, 'pages']} label={t('reception.itemPages')}>
                        <InputNumber min={0} max={9999} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col span={5}>
                      <Form.Item name={[item.name, 'kind']} label={t('reception.itemKind')}>
                        <Select
                          options={(['original', 'copy', 'certified_copy'] as const).map((k) => ({ value: k, label: t(`reception.itemKinds.${k}`) }))}
                        />
                      </Form.Item>
                    </Col>
                    <Col span={5}>
                      <Form.Item name={[item.name, 'condition']} label={t('reception.itemCondition')}>
                        <Input maxLength={200} />
                      </Form.Item>
                    </Col>
                    <Col span={2}>
                      {items.length > 1 && (
                        <Form.Item label=" ">
                          <Button size="small" onClick={() => remove(item.name)}>
                            {t('reception.removeItem')}
                          </Button>
                        </Form.Item>
                      )}
                    </Col>
                  </Row>
                ))}
                <Button onClick={() => add({ name: '', pages: 1, kind: 'original', condition: 'Nguyên vẹn' })}>{t('reception.addItem')}</Button>
              </>
            )}
          </Form.List>
        </div>
      )}
      {warnings.length > 0 && (
        <Alert type="warning" showIcon title={t('reception.warnings')} description={warnings.join(' ')} style={{ marginBottom: 12 }} />
      )}
      <Typography.Paragraph type="secondary">{t('reception.protectedNote')}</Typography.Paragraph>
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('reception.save')}
      </Button>
      <PdfModal pdf={issued?.pdf} title={issued?.label ?? ''} fileName={issued?.file ?? ''} onClose={() => setIssued(undefined)} />
    </Form>
  );
}
