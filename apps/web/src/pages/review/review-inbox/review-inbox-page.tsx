// 需求受理 (LOCAL): the demands submitted in the bureau's region, overdue first, then the longest waiting; accept,
// return or reject each, check it against similar demands (查重: merge a duplicate in one step, see solved cases),
// or file a demand for a unit that cannot.
import { FileSearchOutlined, FormOutlined } from '@ant-design/icons';
import { Button, Card, Flex } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useAuth } from '../../../auth/auth-context';
import { DemandActions } from '../../../components/demand-actions';
import { DemandBoard, inboxOrder } from '../../../components/demand-board';
import { PageHeader } from '../../../components/page-header';
import { SimilarCasesDrawer } from './components/similar-cases-drawer';
import { useSimilarDrawer } from './hooks/use-similar-drawer';

const OPEN_FOR_REVIEW = ['SUBMITTED', 'RETURNED', 'ACCEPTED'];

export function ReviewInboxPage() {
  const navigate = useNavigate();
  const { account } = useAuth();
  const similar = useSimilarDrawer();
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
            <Flex gap={8} wrap>
              {OPEN_FOR_REVIEW.includes(demand.status) && (
                <Button size="small" icon={<FileSearchOutlined />} onClick={() => similar.open(demand)}>
                  查重
                </Button>
              )}
              <DemandActions
                demand={demand}
                size="small"
                only={['accept', 'return', 'reject', 'merge']}
                showEdit={false}
                showSubmit={false}
              />
            </Flex>
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
      <SimilarCasesDrawer demand={similar.demand} onClose={similar.close} />
    </>
  );
}
