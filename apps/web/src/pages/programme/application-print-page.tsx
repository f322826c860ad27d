// A printable application laid out like annex 1 or 2 of the call notice (the browser prints it), from the same
// sheet of labels and values the server's PDF is laid out from (applicationSheet in libs/domain).
import { useQuery } from '@apollo/client/react';
import { Button, Space } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { applicationSheet, type AnnexSheet, type SheetRow } from '@app/domain';
import { usePageTitle } from '../../components/page-header';
import { ErrorBlock, LoadingBlock } from '../../components/query-state';
import { ProgrammeApplicationDocument, ProgrammeCallDocument } from '../../graphql/operations';
import { PdfDownloadButton } from './components/pdf-download-button';
import './programme.css';

function Row({ row }: { row: SheetRow }) {
  if (row.type === 'section')
    return (
      <tr className="annex-sheet__section">
        <th colSpan={4}>{row.title}</th>
      </tr>
    );
  if (row.type === 'text')
    return (
      <tr>
        <th>
          {row.label}
          {row.hint && <div className="annex-sheet__hint">（{row.hint}）</div>}
        </th>
        <td colSpan={3}>{row.value}</td>
      </tr>
    );
  return (
    <tr>
      {row.pairs.map((p) => [
        <th key={`${p.label}-l`}>{p.label}</th>,
        <td key={`${p.label}-v`} colSpan={row.pairs.length === 1 ? 3 : 1}>
          {p.value}
        </td>,
      ])}
    </tr>
  );
}

function Sheet({ sheet }: { sheet: AnnexSheet }) {
  const date = `${sheet.year} 年 月 日`;
  return (
    <>
      <p className="annex-sheet__label">{sheet.annex}</p>
      <h1 className="annex-sheet__title">{sheet.title}</h1>
      <table>
        <tbody>
          {sheet.rows.map((row, i) => (
            <Row key={i} row={row} />
          ))}
          <tr className="annex-sheet__sign">
            <td colSpan={2}>
              <p>申报单位意见：</p>
              <p style={{ textAlign: 'center', marginTop: 48 }}>（盖章）</p>
              <p style={{ textAlign: 'right' }}>{date}</p>
            </td>
            <td colSpan={2}>
              <p>推荐单位意见：{sheet.recommendOpinion}</p>
              <p style={{ textAlign: 'center', marginTop: 32 }}>（委办局、区人社局）（盖章）</p>
              <p style={{ textAlign: 'right' }}>{date}</p>
            </td>
          </tr>
        </tbody>
      </table>
    </>
  );
}

export function ApplicationPrintPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(ProgrammeApplicationDocument, { variables: { id } });
  const a = data?.programmeApplication;
  // The annex carries the call's year (2027 年…申报表), as the server's PDF does.
  const call = useQuery(ProgrammeCallDocument, { variables: { id: a?.callId ?? '' }, skip: !a });
  usePageTitle(a ? `申报表：${a.name}` : '申报表');
  if (loading || call.loading) return <LoadingBlock />;
  if (error || !a) return <ErrorBlock error={error ?? new Error('申报不存在')} />;
  const sheet = applicationSheet({
    category: a.category,
    form: a.form as object,
    year: String(call.data?.programmeCall.year ?? (a.startDate ?? new Date().toISOString()).slice(0, 4)),
    applicantName: a.applicant.name,
    leadExpertName: a.leadExpertName ?? null,
    recommendOpinion: a.recommendOpinion ?? null,
  });
  return (
    <div>
      <Space wrap className="annex-toolbar no-print">
        <Link to={`/programme/applications/${a.id}`}>返回申报</Link>
        <Button type="primary" onClick={() => window.print()}>
          打印
        </Button>
        <PdfDownloadButton applicationId={a.id} name={a.name} />
      </Space>
      <div className="annex-sheet" data-testid="annex-sheet">
        <Sheet sheet={sheet} />
      </div>
    </div>
  );
}
