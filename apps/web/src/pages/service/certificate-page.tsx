// /certificates/:code: a printable 专家服务基层证明 (A4). The app's frame is hidden when printing (styles.css,
// @media print); the code and the public verification address (with a QR code of it) let anyone check it.
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Flex, QRCode, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { usePageTitle } from '../../components/page-header';
import { ErrorBlock, LoadingBlock } from '../../components/query-state';
import { VerifyCertificateDocument } from '../../graphql/operations';
import { formatDate } from '../../lib/format';

/** The public address where a certificate's code is checked. */
export function verifyUrl(code: string): string {
  return `${window.location.origin}/verify/${encodeURIComponent(code)}`;
}

export function CertificatePage() {
  const { code = '' } = useParams();
  const navigate = useNavigate();
  usePageTitle('专家服务基层证明');
  const { data, loading, error, refetch } = useQuery(VerifyCertificateDocument, {
    variables: { code },
    fetchPolicy: 'network-only',
  });
  const result = data?.verifyCertificate;
  const url = verifyUrl(code);

  return (
    <div className="certificate-page">
      <Flex justify="space-between" wrap gap={8} className="no-print certificate-page__toolbar">
        <Button type="link" icon={<ArrowLeftOutlined />} className="page-back" onClick={() => navigate(-1)}>
          返回
        </Button>
        <Button
          type="primary"
          icon={<PrinterOutlined />}
          onClick={() => window.print()}
          disabled={!result?.valid}
        >
          打印 / 保存为 PDF
        </Button>
      </Flex>
      {loading && !data ? (
        <LoadingBlock />
      ) : error && !data ? (
        <ErrorBlock error={error} onRetry={() => void refetch()} />
      ) : result && !result.valid ? (
        <>
          <Typography.Title level={1} className="page-header__title">
            专家服务基层证明
          </Typography.Title>
          <Alert type="error" showIcon title="证明无效" description={result.message} />
        </>
      ) : result ? (
        <article className="certificate" data-testid="certificate" aria-label="专家服务基层证明">
          <h1 className="certificate__title">专家服务基层证明</h1>
          <p className="certificate__lead">
            兹证明 <strong>{result.expertName}</strong>
            {result.employerName ? `（${result.employerName}）` : ''}于 <strong>{result.year}</strong>{' '}
            年参加专家服务基层活动，累计服务工作日{' '}
            <strong data-testid="certificate-days">{result.workingDays}</strong> 天（不含周末和法定节假日），
            {result.creditMet
              ? '已达到 10 个工作日，可认定为当年度继续教育学时。'
              : '未达到继续教育学时认定所需的 10 个工作日。'}
          </p>
          <table className="certificate__table">
            <tbody>
              <tr>
                <th>姓名</th>
                <td>{result.expertName}</td>
              </tr>
              <tr>
                <th>工作单位</th>
                <td>{result.employerName || '—'}</td>
              </tr>
              <tr>
                <th>年度</th>
                <td>{result.year} 年</td>
              </tr>
              <tr>
                <th>服务工作日</th>
                <td>{result.workingDays} 天</td>
              </tr>
              <tr>
                <th>继续教育学时认定</th>
                <td>{result.creditMet ? '已达到' : '未达到'}</td>
              </tr>
              <tr>
                <th>参加的专家服务团</th>
                <td>{result.teams.length ? result.teams.join('、') : '—'}</td>
              </tr>
              <tr>
                <th>开具日期</th>
                <td>{formatDate(result.issuedAt)}</td>
              </tr>
            </tbody>
          </table>
          <div className="certificate__verify">
            <QRCode value={url} type="svg" size={120} bordered={false} className="certificate__qr" />
            <div>
              <div className="certificate__code-label">验证码</div>
              <div className="certificate__code" data-testid="certificate-code">
                {code.toUpperCase()}
              </div>
              <div className="certificate__url">
                验证地址：<span data-testid="certificate-url">{url}</span>
              </div>
              <div className="certificate__hint">扫码或打开验证地址，输入验证码即可核验本证明的真伪。</div>
            </div>
          </div>
          <p className="certificate__issuer">专家服务基层 · 点餐式服务平台</p>
        </article>
      ) : null}
    </div>
  );
}
