// 需求受理 (LOCAL): the demands submitted in the bureau's region, overdue first, then the longest waiting; accept,
// return or reject each, merge duplicates, or file a demand for a unit that cannot.
import { FormOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useAuth } from '../../auth/auth-context';
import { DemandActions } from '../../components/demand-actions';
import { DemandBoard, inboxOrder } from '../../components/demand-board';
import { PageHeader } from '../../components/page-header';

export function ReviewInboxPage() {
  const navigate = useNavigate();
  const { account } = useAuth();
  return (
    <>
      <PageHeader
        title="需求受理"
        subTitle={`${account?.region?.name ?? '本辖区'}基层单位提交的需求，请在 5 个工作日内受理、退回或不予受理。超时的排在最前。`}
        extra={
          <Button icon={<FormOutlined />} onClick={() => navigate('/review/new')}>
            代为填报
          </Button>
        }
      />
      <Card variant="borderless">
        <DemandBoard
          tabs={['SUBMITTED', 'ACCEPTED', 'RETURNED', 'REJECTED', 'ALL']}
          tabLabels={{ SUBMITTED: '待受理' }}
          defaultTab="SUBMITTED"
          pageSize={100}
          sort={inboxOrder}
          showUnit
          actions={(demand) => (
            <DemandActions
              demand={demand}
              size="small"
              only={['accept', 'return', 'reject', 'merge']}
              showEdit={false}
              showSubmit={false}
            />
          )}
          empty={(tab, searching) =>
            searching
              ? '没有符合条件的需求'
              : tab === 'SUBMITTED'
                ? '没有待受理的需求，辛苦了'
                : '该状态下没有需求'
          }
        />
      </Card>
    </>
  );
}
