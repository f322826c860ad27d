// 派单台 (PROVINCE): the demands accepted by the bureaus in scope, overdue first, then the nearest deadline.
import { SendOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useNavigate } from 'react-router-dom';
import { DemandBoard, inboxOrder } from '../../components/demand-board';
import { PageHeader } from '../../components/page-header';

export function DispatchQueuePage() {
  const navigate = useNavigate();
  return (
    <>
      <PageHeader
        title="派单台"
        subTitle="属地已接单的需求，超时的排在最前，其次按派单期限。打开需求查看匹配的专家并组建服务团。"
      />
      <Card variant="borderless">
        <DemandBoard
          tabs={['ACCEPTED', 'DISPATCHED', 'IN_SERVICE']}
          tabLabels={{ ACCEPTED: '待派单' }}
          defaultTab="ACCEPTED"
          pageSize={100}
          sort={inboxOrder}
          showUnit
          actions={(demand) =>
            demand.status === 'ACCEPTED' ? (
              <Button
                type="primary"
                size="small"
                icon={<SendOutlined />}
                onClick={() => navigate(`/dispatch/${demand.id}`)}
              >
                派单
              </Button>
            ) : null
          }
          empty={(tab, searching) =>
            searching ? '没有符合条件的需求' : tab === 'ACCEPTED' ? '没有待派单的需求' : '该状态下没有需求'
          }
        />
      </Card>
    </>
  );
}
