// 下载 PDF: the application laid out like annex 1 or 2 by the server, fetched with the session token.
import { App, Button } from 'antd';
import { useState } from 'react';
import { downloadWithToken } from '../../../lib/download';
import { tokenStore } from '../../../lib/token-store';

export function PdfDownloadButton({ applicationId, name }: { applicationId: string; name: string }) {
  const { message } = App.useApp();
  const [loading, setLoading] = useState(false);
  const download = async () => {
    setLoading(true);
    try {
      await downloadWithToken(
        `/files/programme-applications/${applicationId}/pdf`,
        `${name || '申报表'}.pdf`,
        tokenStore.get(),
      );
    } catch (e) {
      message.error(e instanceof Error ? e.message : '下载失败，请稍后重试');
    } finally {
      setLoading(false);
    }
  };
  return (
    <Button loading={loading} onClick={() => void download()}>
      下载 PDF
    </Button>
  );
}
