import { useState } from 'react';
import { App, Button, Modal, Table, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { attachToPetition, petitionAttachment, type ApiError, type AttachmentInfo } from '../../api';
import { t } from '../../locales';
import { formatDateTime } from '../../util/date';
import { PdfModal } from '../common/PdfModal';

/** What Go accepts (Petitions.Attach): PDF, JPEG or PNG of at most 10 MB. */
const accepted = ['application/pdf', 'image/jpeg', 'image/png'];
const maxBytes = 10 * 1024 * 1024;

/** The bytes of file as base64, without the data-URL prefix. */
function readBase64(file: File): Promise<string> {
  return new Promise((ok, fail) => {
    const r = new FileReader();
    r.onload = () => ok(String(r.result).replace(/^data:[^,]*,/, ''));
    r.onerror = () => fail(r.error);
    r.readAsDataURL(file);
  });
}

/** "1,2 MB", "340 kB". */
export function sizeLabel(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} MB` : `${Math.max(1, Math.round(n / 1024))} kB`;
}

/** The scans and photos of a petition: listed, opened, and added (canAdd). */
export function AttachmentsPanel({ petitionId, items, canAdd, onAdded }: { petitionId: number; items: AttachmentInfo[]; canAdd: boolean; onAdded: () => void }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [pdf, setPdf] = useState<{ data: string; name: string }>();
  const [image, setImage] = useState<{ src: string; name: string }>();

  const upload = async (file: File) => {
    if (!accepted.includes(file.type)) return message.error(t('petitions.attachType'));
    if (file.size > maxBytes) return message.error(t('petitions.attachSize'));
    setBusy(true);
    try {
      await attachToPetition(petitionId, file.name, file.type, await readBase64(file));
      message.success(t('petitions.attached', { name: file.name }));
      onAdded();
    } catch (e) {
      message.error((e as ApiError).message);
    } finally {
      setBusy(false);
    }
  };

  const view = async (a: AttachmentInfo) => {
    try {
      const data = await petitionAttachment(a.id);
      if (a.mime === 'application/pdf') setPdf({ data, name: a.name });
      else setImage({ src: `data:${a.mime};base64,${data}`, name: a.name });
    } catch (e) {
      message.error((e as ApiError).message);
    }
  };

  return (
    <>
      <Table<AttachmentInfo>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={items}
        locale={{ emptyText: t('petitions.noAttachments') }}
        aria-label={t('petitions.attachments')}
        columns={[
          { title: t('petitions.attachmentName'), dataIndex: 'name' },
          { title: t('petitions.attachmentSize'), dataIndex: 'size', width: 100, render: sizeLabel },
          { title: t('petitions.attachmentAdded'), dataIndex: 'addedAt', width: 150, render: formatDateTime },
          {
            key: 'view',
            width: 80,
            render: (_, a) => (
              <Button size="small" onClick={() => void view(a)}>
                {t('petitions.view')}
              </Button>
            ),
          },
        ]}
      />
      {canAdd && (
        <Upload
          style={{ marginTop: 8 }}
          accept=".pdf,.jpg,.jpeg,.png"
          showUploadList={false}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={busy}>
            {t('petitions.attach')}
          </Button>
        </Upload>
      )}
      <PdfModal pdf={pdf?.data} title={pdf?.name ?? ''} fileName={pdf?.name ?? ''} onClose={() => setPdf(undefined)} />
      <Modal open={!!image} title={image?.name} footer={null} width={900} onCancel={() => setImage(undefined)}>
        {image && <img src={image.src} alt={image.name} style={{ maxWidth: '100%' }} />}
      </Modal>
    </>
  );
}
