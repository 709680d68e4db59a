import { useEffect, useMemo } from 'react';
import { Button, Modal } from 'antd';
import { t } from '../../locales';

/** Shows a PDF that Go made (base64) with a download button. */
export function PdfModal({ pdf, title, fileName, onClose }: { pdf?: string; title: string; fileName: string; onClose: () => void }) {
  const url = useMemo(() => {
    if (!pdf) return undefined;
    const bytes = Uint8Array.from(atob(pdf), (c) => c.charCodeAt(0));
    return URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
  }, [pdf]);
  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url);
    },
    [url],
  );
  return (
    <Modal
      open={!!url}
      title={title}
      width={900}
      onCancel={onClose}
      footer={[
        <Button key="dl" type="primary" href={url} download={fileName}>
          {t('reception.download')}
        </Button>,
        <Button key="close" onClick={onClose}>
          {t('reception.close')}
        </Button>,
      ]}
    >
      {url && <iframe title={title} src={url} style={{ width: '100%', height: 600, border: 0 }} />}
    </Modal>
  );
}
