// 发布需求 (UNIT), 代为填报 (LOCAL, for a unit of its region) and 修改 (a draft, or a demand the bureau returned).
// A typical demand takes a few actions: the contact and the period are pre-filled, the fields and service forms
// the text suggests are taken in one click, similar open demands and solved cases show while typing. The form
// checks what it can before sending, shows the server's field messages on their fields, and keeps everything
// typed when the server refuses.
import { useQuery } from '@apollo/client/react';
import { Alert } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { PageHeader } from '../../../components/page-header';
import { ErrorBlock, LoadingBlock } from '../../../components/query-state';
import { DemandDocument } from '../../../graphql/operations';
import { DemandForm } from './components/demand-form';

export function NewDemandPage() {
  return <DemandForm mode={{ kind: 'new' }} />;
}

export function NewDemandOnBehalfPage() {
  return <DemandForm mode={{ kind: 'on-behalf' }} />;
}

export function EditDemandPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(DemandDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const demand = data?.demand;
  if (!demand && loading) return <LoadingBlock />;
  if (!demand) {
    return (
      <>
        <PageHeader title="修改需求" />
        {error ? (
          <ErrorBlock error={error} onRetry={() => void refetch()} />
        ) : (
          <Alert type="warning" showIcon title="未找到该需求" />
        )}
      </>
    );
  }
  if (demand.status !== 'DRAFT' && demand.status !== 'RETURNED') {
    return (
      <>
        <PageHeader title="修改需求" />
        <Alert
          type="info"
          showIcon
          title={`需求 ${demand.code} 当前不能修改`}
          description="只有草稿或被属地人社局退回的需求可以修改；已提交的需求如需变更，请联系属地人社局。"
          action={<Link to={`/demands/${demand.id}`}>查看需求</Link>}
        />
      </>
    );
  }
  return <DemandForm key={demand.id} mode={{ kind: 'edit', demand }} />;
}
