// 评价服务: the unit's 基层反向评价 — four scores, whether the problem was solved, and a comment when needed.
import { useMutation } from '@apollo/client/react';
import { SCORE_LABELS, evaluationNeedsComment, type EvaluationScores } from '@app/domain';
import { Alert, App, Button, Card, Form, Input, Radio, Rate, Typography } from 'antd';
import { useState } from 'react';
import { EvaluateServiceDocument, type ProblemSolved } from '../../../../graphql/operations';
import { useCatalog } from '../../../../lib/catalog';
import { useServerFieldErrors, type ServerFieldMap } from '../../../../lib/server-field-errors';
import { SCORE_KEYS } from '../demand-service.types';

export interface EvaluationValues {
  scores?: Partial<EvaluationScores>;
  problemSolved?: ProblemSolved;
  comment?: string;
}

/** The server names a score `scores.expertise`; the form holds it at ['scores', 'expertise']. */
const SERVER_FIELDS: ServerFieldMap<EvaluationValues> = Object.fromEntries(
  SCORE_KEYS.map((key) => [`scores.${key}`, ['scores', key]]),
);

export function EvaluationForm({ demandId }: { demandId: string }) {
  const catalog = useCatalog();
  const { message } = App.useApp();
  const [form] = Form.useForm<EvaluationValues>();
  const placeErrors = useServerFieldErrors(form, SERVER_FIELDS);
  const [failure, setFailure] = useState<string | null>(null);
  const [evaluate, { loading }] = useMutation(EvaluateServiceDocument, {
    refetchQueries: ['Demand', 'DemandService', 'Demands', 'DemandCounts'],
    awaitRefetchQueries: true,
  });

  const submit = async (values: EvaluationValues) => {
    setFailure(null);
    try {
      await evaluate({
        variables: {
          input: {
            demandId,
            scores: {
              expertise: values.scores?.expertise ?? 0,
              problemSolving: values.scores?.problemSolving ?? 0,
              attitude: values.scores?.attitude ?? 0,
              timeliness: values.scores?.timeliness ?? 0,
            },
            problemSolved: values.problemSolved!,
            comment: values.comment?.trim() || null,
          },
        },
      });
      message.success('感谢评价！评价结果将用于专家服务质量跟踪');
    } catch (e) {
      setFailure(placeErrors(e).message);
    }
  };

  const needsComment = (values: EvaluationValues) =>
    evaluationNeedsComment(values.scores, values.problemSolved);

  return (
    <Card title="评价服务" variant="borderless" size="small" data-testid="evaluation-form">
      <Typography.Paragraph type="secondary">
        服务已完成，请对本次专家服务进行评价（基层反向评价）。评分较低或问题未解决时请写明原因。
      </Typography.Paragraph>
      {failure && <Alert className="form-page__alert" type="error" showIcon role="alert" title={failure} />}
      <Form<EvaluationValues>
        form={form}
        name="evaluation"
        layout="vertical"
        onFinish={(v) => void submit(v)}
      >
        <div className="score-grid">
          {SCORE_KEYS.map((key) => (
            <Form.Item
              key={key}
              name={['scores', key]}
              label={SCORE_LABELS[key]}
              rules={[{ required: true, type: 'integer', min: 1, message: `请为“${SCORE_LABELS[key]}”打分` }]}
            >
              <Rate data-testid={`score-${key}`} aria-label={SCORE_LABELS[key]} />
            </Form.Item>
          ))}
        </div>
        <Form.Item
          name="problemSolved"
          label="问题是否解决"
          rules={[{ required: true, message: '请选择问题是否解决' }]}
        >
          <Radio.Group options={catalog.options('problemSolved')} optionType="button" />
        </Form.Item>
        <Form.Item
          name="comment"
          label="评价意见"
          dependencies={[['scores'], 'problemSolved']}
          rules={[
            ({ getFieldsValue }) => ({
              validator: async (_r, value: string | undefined) => {
                if (needsComment(getFieldsValue(true) as EvaluationValues) && !value?.trim())
                  throw new Error('评分较低或问题未解决时，请简要写明原因');
              },
            }),
          ]}
        >
          <Input.TextArea
            rows={3}
            maxLength={1000}
            showCount
            placeholder="专家的服务给您带来了哪些变化？还有哪些问题？"
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={loading}>
          提交评价
        </Button>
      </Form>
    </Card>
  );
}
