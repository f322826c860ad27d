// 基地实施成效调查表: the base's year in the 2026 annex 4, computed by the server from the activities it hosted, laid
// out with the teams' own survey sections (未填报 where nothing was logged).
import { useQuery } from '@apollo/client/react';
import { Alert, Card, Flex, InputNumber, Space, Tag } from 'antd';
import { useState } from 'react';
import { ErrorBlock, SkeletonBlock } from '../../../components/query-state';
import { ProgrammeBaseSurveyDocument } from '../../../graphql/operations';
import { SurveySections } from '../../service/team-survey/components/survey-sections';

export function BaseSurveyCard({ baseId }: { baseId: string }) {
  const [year, setYear] = useState(new Date().getFullYear());
  const { data, loading, error, refetch } = useQuery(ProgrammeBaseSurveyDocument, {
    variables: { baseId, year },
    fetchPolicy: 'cache-and-network',
  });
  const s = data?.programmeBaseSurvey;
  return (
    <Card
      title="实施成效调查表"
      style={{ marginBottom: 16 }}
      extra={
        <InputNumber
          aria-label="调查表年度"
          min={2020}
          max={2100}
          value={year}
          onChange={(v) => v && setYear(v)}
        />
      }
      data-testid="base-survey"
    >
      {loading && !s && <SkeletonBlock label="正在生成调查表…" />}
      {error && !s && <ErrorBlock error={error} onRetry={() => void refetch()} />}
      {s && (
        <Flex vertical gap={16}>
          {s.missing.length > 0 && (
            <Alert
              type="warning"
              showIcon
              title="以下项目尚未填报，将标注“未填报”"
              description={
                <Space size={[4, 4]} wrap>
                  {s.missing.map((m) => (
                    <Tag key={m}>{m}</Tag>
                  ))}
                </Space>
              }
            />
          )}
          <SurveySections survey={s} />
        </Flex>
      )}
    </Card>
  );
}
