// 我的需求 (UNIT): the unit's demands by status, each with its time left and what it can do next.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useNavigate } from 'react-router-dom';
import { DemandActions } from '../../components/demand-actions';
import { DemandBoard } from '../../components/demand-board';
import { PageHeader } from '../../components/page-header';

export function MyDemandsPage() {
  const navigate = useNavigate();
  return (
    <>
      <PageHeader
        title="我的需求"
        subTitle="本单位发布的服务需求及其办理进度。被退回的需求请按属地人社局的意见修改后重新提交。"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/demands/new')}>
            发布需求
          </Button>
        }
      />
      <Card variant="borderless">
        <DemandBoard
          tabs={['ALL', 'DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED']}
          defaultTab="ALL"
          showAllTabsWithCount
          actions={(demand) =>
            demand.status === 'DRAFT' || demand.status === 'RETURNED' ? (
              <DemandActions demand={demand} size="small" only={[]} />
            ) : null
          }
          empty={(tab, searching) =>
            searching
              ? '没有符合条件的需求'
              : tab === 'ALL'
                ? '还没有发布过需求，点“发布需求”说说您遇到的问题'
                : '该状态下没有需求'
          }
        />
      </Card>
    </>
  );
}
