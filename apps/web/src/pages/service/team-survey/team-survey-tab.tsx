// 成效调查表: the 2026 实施成效调查表 (annex 4) as the server computes it from the logged batches, laid out in the
// annex's five sections. A figure nobody logged shows 未填报 (never a silent 0); the xlsx has the same layout.
import { DownloadOutlined } from '@ant-design/icons';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Flex, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { EmptyBlock, ErrorBlock, SkeletonBlock } from '../../../components/query-state';
import {
  ExportTeamSurveyDocument,
  TeamSurveyDocument,
  type TeamDetailFragment,
} from '../../../graphql/operations';
import { downloadBase64 } from '../../../lib/download';
import { errorMessage } from '../../../lib/graphql-errors';
import { SurveySections } from './components/survey-sections';

export function TeamSurveyTab({ team }: { team: Pick<TeamDetailFragment, 'id' | 'name'> }) {
  const { message } = App.useApp();
  const client = useApolloClient();
  const [downloading, setDownloading] = useState(false);
  const { data, loading, error, refetch } = useQuery(TeamSurveyDocument, {
    variables: { teamId: team.id },
    fetchPolicy: 'cache-and-network',
  });

  const download = async () => {
    setDownloading(true);
    try {
      const { data: file } = await client.query({
        query: ExportTeamSurveyDocument,
        variables: { teamId: team.id },
        fetchPolicy: 'network-only',
      });
      if (!file) throw new Error('下载失败，请稍后重试');
      const f = file.exportTeamSurvey;
      downloadBase64(f.fileName, f.mimeType, f.contentBase64);
    } catch (e) {
      message.error(errorMessage(e, '下载失败，请稍后重试'));
    } finally {
      setDownloading(false);
    }
  };

  if (loading && !data) return <SkeletonBlock label="正在生成调查表…" />;
  if (error && !data) return <ErrorBlock error={error} onRetry={() => void refetch()} />;
  const survey = data?.teamSurvey;
  if (!survey) return <EmptyBlock description="暂无调查表" />;
  return (
    <Flex vertical gap={16} className="team-survey" data-testid="team-survey">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">
          2026 年专家人才服务基层活动实施成效调查表 · 由平台登记的服务批次自动生成
        </Typography.Text>
        <Button icon={<DownloadOutlined />} loading={downloading} onClick={() => void download()}>
          下载调查表
        </Button>
      </Flex>
      {survey.missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title="以下项目尚未填报，导出时将标注“未填报”"
          description={
            <Space size={[4, 4]} wrap data-testid="survey-missing">
              {survey.missing.map((m) => (
                <Tag key={m}>{m}</Tag>
              ))}
            </Space>
          }
        />
      )}
      <SurveySections survey={survey} />
    </Flex>
  );
}
