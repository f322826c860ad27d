// A printable application laid out like annex 1 or 2 of the call notice (the browser prints it or saves a PDF).
// Printed in the browser rather than as a server PDF: the server has no Chinese font it could rely on.
import { useQuery } from '@apollo/client/react';
import { Button, Space } from 'antd';
import { Link, useParams } from 'react-router-dom';
import {
  BASE_HOST_TYPE_LABELS,
  BASE_LEVEL_LABELS,
  FIELD_LABELS,
  SERVICE_FORMS,
  SERVICE_FORM_LABELS,
  budgetTotal,
  emptyBaseForm,
  emptyTeamForm,
  type BaseForm,
  type BudgetLine,
  type TeamForm,
} from '@app/domain';
import { usePageTitle } from '../../components/page-header';
import { ErrorBlock, LoadingBlock } from '../../components/query-state';
import {
  ProgrammeApplicationDocument,
  type ProgrammeApplicationDetailFragment,
} from '../../graphql/operations';
import { wan } from './components/programme-common';
import './programme.css';

const box = (on: boolean) => (on ? '☑' : '☐');
const list = (xs: string[]) => (xs.length ? xs.join('、') : '');

function Budget({ lines, note }: { lines: BudgetLine[]; note: string }) {
  return (
    <>
      {lines.map((l, i) => (
        <div key={i}>
          {i + 1}. {l.item}：{l.amount} 元{l.source ? `（来源：${l.source}）` : ''}
        </div>
      ))}
      <div>合计：{wan(budgetTotal(lines))}</div>
      {note && <div>{note}</div>}
    </>
  );
}

function Signatures({ year, opinion }: { year: string; opinion: string | null }) {
  return (
    <tr className="annex-sheet__sign">
      <td colSpan={2}>
        <p>申报单位意见：</p>
        <p style={{ textAlign: 'center', marginTop: 48 }}>（盖章）</p>
        <p style={{ textAlign: 'right' }}>{year} 年 月 日</p>
      </td>
      <td colSpan={2}>
        <p>推荐单位意见：{opinion ?? ''}</p>
        <p style={{ textAlign: 'center', marginTop: 32 }}>（委办局、区人社局）（盖章）</p>
        <p style={{ textAlign: 'right' }}>{year} 年 月 日</p>
      </td>
    </tr>
  );
}

function TeamSheet({ a, f, year }: { a: ProgrammeApplicationDetailFragment; f: TeamForm; year: string }) {
  const national = a.category === 'NATIONAL_TEAM';
  return (
    <>
      <p className="annex-sheet__label">附件 1</p>
      <p className="annex-sheet__title">{year} 年专家服务基层示范团项目申报表</p>
      <table>
        <tbody>
          <tr className="annex-sheet__section">
            <th colSpan={4}>一、基本信息</th>
          </tr>
          <tr>
            <th>服务团名称</th>
            <td colSpan={3}>{f.name}</td>
          </tr>
          <tr>
            <th>申报单位</th>
            <td colSpan={3}>{a.applicant.name}</td>
          </tr>
          <tr>
            <th>申报类别</th>
            <td colSpan={3}>
              {box(national)} 国家级 {box(!national)} 市级
            </td>
          </tr>
          <tr>
            <th>是否依托专家服务基地</th>
            <td>
              {box(f.reliesOnBase)} 是：{f.baseLevel ? BASE_LEVEL_LABELS[f.baseLevel] : '部级、省级、市级'}{' '}
              {box(!f.reliesOnBase)} 否
            </td>
            <th>基地名称</th>
            <td>{f.baseName}</td>
          </tr>
          <tr>
            <th>参与服务专家人数</th>
            <td>{f.expertCount ?? ''}</td>
            <th>服务次数</th>
            <td>{f.visitCount ?? ''}</td>
          </tr>
          <tr>
            <th>开始时间</th>
            <td>{f.startDate}</td>
            <th>结束时间</th>
            <td>{f.endDate}</td>
          </tr>
          <tr>
            <th>领衔专家</th>
            <td colSpan={3}>{a.leadExpertName ?? ''}</td>
          </tr>
          <tr>
            <th>活动地点</th>
            <td colSpan={3}>
              覆盖 {f.cityCount ?? '  '} 个地市、{f.countyCount ?? '  '} 个区县，分别是：{f.places}
            </td>
          </tr>
          <tr>
            <th>服务领域</th>
            <td colSpan={3}>{list(f.fields.map((x) => FIELD_LABELS[x]))}</td>
          </tr>
          <tr>
            <th>负责部门</th>
            <td>{f.contact.department}</td>
            <th>联系人 / 办公电话</th>
            <td>
              {f.contact.name} {f.contact.officePhone}
            </td>
          </tr>
          <tr>
            <th>手机</th>
            <td>{f.contact.mobile}</td>
            <th>E-mail</th>
            <td>{f.contact.email}</td>
          </tr>
          <tr>
            <th rowSpan={2}>对口帮扶情况</th>
            <td colSpan={3}>
              跨省帮扶：国家乡村振兴重点帮扶县 {box(f.pairing.crossProvinceKey.length > 0)}{' '}
              {list(f.pairing.crossProvinceKey)} 非国家乡村振兴重点帮扶县{' '}
              {box(f.pairing.crossProvinceOther.length > 0)} {list(f.pairing.crossProvinceOther)}
            </td>
          </tr>
          <tr>
            <td colSpan={3}>
              省内帮扶：国家乡村振兴重点帮扶县 {box(f.pairing.inProvinceKey.length > 0)}{' '}
              {list(f.pairing.inProvinceKey)} 非国家乡村振兴重点帮扶县{' '}
              {box(f.pairing.inProvinceOther.length > 0)} {list(f.pairing.inProvinceOther)}
            </td>
          </tr>
          <tr>
            <th>拟采取的服务形式</th>
            <td colSpan={3}>
              {SERVICE_FORMS.map((s) => `${SERVICE_FORM_LABELS[s]} ${box(f.serviceForms.includes(s))}`).join(
                '  ',
              )}
              {f.serviceFormOther ? `（${f.serviceFormOther}）` : ''}
            </td>
          </tr>
          <tr>
            <th>拟开展的服务内容</th>
            <td colSpan={3}>{f.content}</td>
          </tr>
          <tr className="annex-sheet__section">
            <th colSpan={4}>二、经费保障（万元）</th>
          </tr>
          <tr>
            <td colSpan={4}>
              <Budget lines={f.budgetLines} note={f.budgetNote} />
            </td>
          </tr>
          <Signatures year={year} opinion={a.recommendOpinion} />
        </tbody>
      </table>
    </>
  );
}

function BaseSheet({ a, f, year }: { a: ProgrammeApplicationDetailFragment; f: BaseForm; year: string }) {
  const national = a.category === 'NATIONAL_BASE';
  const row = (label: string, value: string) => (
    <tr>
      <th>{label}</th>
      <td colSpan={3}>{value}</td>
    </tr>
  );
  return (
    <>
      <p className="annex-sheet__label">附件 2</p>
      <p className="annex-sheet__title">{year} 年专家服务基地申报表</p>
      <table>
        <tbody>
          <tr className="annex-sheet__section">
            <th colSpan={4}>一、基本信息</th>
          </tr>
          {row('基地名称', f.name)}
          {row('依托单位名称', f.hostUnitName || a.applicant.name)}
          <tr>
            <th>申报类别</th>
            <td colSpan={3}>
              {box(national)} 国家级 {box(!national)} 市级
            </td>
          </tr>
          <tr>
            <th>是否省级专家服务基地</th>
            <td>
              是 {box(f.isProvincialBase)} 否 {box(!f.isProvincialBase)}
            </td>
            <th>设立时间</th>
            <td>{f.establishedOn}</td>
          </tr>
          <tr>
            <th>所属行业领域</th>
            <td>{f.field ? FIELD_LABELS[f.field] : ''}</td>
            <th>所在地</th>
            <td>{f.location}</td>
          </tr>
          <tr>
            <th>依托单位类型</th>
            <td colSpan={3}>
              {Object.entries(BASE_HOST_TYPE_LABELS)
                .map(([k, l]) => `${l} ${box(f.hostType === k)}`)
                .join('  ')}
              {f.hostTypeOther ? `（${f.hostTypeOther}）` : ''}
            </td>
          </tr>
          <tr>
            <th>对口联系专家人数（副高及以上职称）</th>
            <td colSpan={3}>
              本单位专家：{f.ownExperts ?? ''} 外单位专家：{f.externalExperts ?? ''}
            </td>
          </tr>
          <tr>
            <th>负责部门</th>
            <td>{f.contact.department}</td>
            <th>联系人 / 办公电话</th>
            <td>
              {f.contact.name} {f.contact.officePhone}
            </td>
          </tr>
          <tr>
            <th>手机</th>
            <td>{f.contact.mobile}</td>
            <th>E-mail</th>
            <td>{f.contact.email}</td>
          </tr>
          {row('通讯地址', f.address)}
          <tr className="annex-sheet__section">
            <th colSpan={4}>二、开展专家服务活动情况</th>
          </tr>
          {row('1. 开展专家服务的现行制度', f.rulesInForce)}
          {row('2. 经费保障', f.fundingInPlace)}
          {row('3. 近年来开展专家服务活动情况及成效', f.pastActivity)}
          <tr className="annex-sheet__section">
            <th colSpan={4}>三、申请设立国家或上海专家服务基地的有关考虑</th>
          </tr>
          {row(
            '1. 设立专家服务基地的必要性',
            [
              f.necessityNational && `（1）与国家战略需求的相关性：${f.necessityNational}`,
              f.necessityMunicipal &&
                `（2）与本市发展战略、重点领域或重点行业的相关性：${f.necessityMunicipal}`,
              f.necessityGrassroots && `（3）与基层经济社会发展需要的相关性：${f.necessityGrassroots}`,
            ]
              .filter(Boolean)
              .join('\n'),
          )}
          {row('2. 服务的主要领域和区域', f.areas)}
          {row('3. 能为专家及其团队开展服务活动提供的支持和保障', f.supportForExperts)}
          <tr>
            <th>4. 依托单位经费保障</th>
            <td colSpan={3}>
              <Budget lines={f.budgetLines} note={f.budgetNote} />
            </td>
          </tr>
          {row('5. 柔性引才机制建立及运行情况', f.flexibleTalent)}
          {row('6. 未来三年专家服务工作计划', f.threeYearPlan)}
          <Signatures year={year} opinion={a.recommendOpinion} />
        </tbody>
      </table>
    </>
  );
}

export function ApplicationPrintPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(ProgrammeApplicationDocument, { variables: { id } });
  const a = data?.programmeApplication;
  usePageTitle(a ? `申报表：${a.name}` : '申报表');
  if (loading) return <LoadingBlock />;
  if (error || !a) return <ErrorBlock error={error ?? new Error('申报不存在')} />;
  const year = (a.startDate ?? a.submittedAt ?? new Date().toISOString()).slice(0, 4);
  return (
    <div>
      <Space className="annex-toolbar no-print">
        <Link to={`/programme/applications/${a.id}`}>返回申报</Link>
        <Button type="primary" onClick={() => window.print()}>
          打印 / 另存为 PDF
        </Button>
      </Space>
      <div className="annex-sheet" data-testid="annex-sheet">
        {a.kind === 'TEAM' ? (
          <TeamSheet a={a} f={{ ...emptyTeamForm(), ...(a.form as Partial<TeamForm>) }} year={year} />
        ) : (
          <BaseSheet a={a} f={{ ...emptyBaseForm(), ...(a.form as Partial<BaseForm>) }} year={year} />
        )}
      </div>
    </div>
  );
}
