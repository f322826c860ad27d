// 年度材料: the host unit files each of its approved teams' year report — the summary of the year's work and the
// final accounts against the approved budget lines (the form is year-report-form.tsx).
import { Button, Card, List } from 'antd';
import { useState } from 'react';
import { YearReportModal } from './year-report-form';

export function YearReportCard({
  teams,
}: {
  teams: { teamId: string | null; name: string; year: number }[];
}) {
  const [teamId, setTeamId] = useState<string | null>(null);
  const mine = teams.flatMap((t) => (t.teamId ? [{ ...t, teamId: t.teamId }] : []));
  if (!mine.length) return null;
  return (
    <Card size="small" title="年度材料上报（11 月 20 日前）" style={{ marginTop: 16 }}>
      <List
        size="small"
        dataSource={mine}
        renderItem={(t) => (
          <List.Item
            actions={[
              <Button key="r" size="small" onClick={() => setTeamId(t.teamId)}>
                上报年度材料
              </Button>,
            ]}
          >
            {t.name}（{t.year} 年）
          </List.Item>
        )}
      />
      <YearReportModal teamId={teamId} onClose={() => setTeamId(null)} />
    </Card>
  );
}
