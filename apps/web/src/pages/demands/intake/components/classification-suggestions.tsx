// 建议的服务领域与服务形式: what the text suggests, applied to the form in one click (全部采用); the checkboxes
// below stay the way to change them one by one. Suggestions already chosen show in colour.
import { BulbOutlined } from '@ant-design/icons';
import { Button, Flex, Tag, Typography } from 'antd';
import type { Field, ServiceForm, SuggestDemandClassificationQuery } from '../../../../graphql/operations';
import { useCatalog } from '../../../../lib/catalog';

type Classification = SuggestDemandClassificationQuery['suggestDemandClassification'];

export function ClassificationSuggestions({
  classification,
  fields,
  serviceForms,
  onApply,
}: {
  classification: Classification | undefined;
  /** What the form holds now: suggestions already chosen are marked. */
  fields: readonly Field[];
  serviceForms: readonly ServiceForm[];
  onApply: (change: { fields?: Field[]; serviceForms?: ServiceForm[] }) => void;
}) {
  const catalog = useCatalog();
  if (!classification || (!classification.fields.length && !classification.serviceForms.length)) return null;
  const newFields = classification.fields.map((f) => f.code).filter((c) => !fields.includes(c));
  const newForms = classification.serviceForms.map((f) => f.code).filter((c) => !serviceForms.includes(c));
  const all = newFields.length + newForms.length > 0;
  return (
    <div className="intake-suggestions" data-testid="classification-suggestions" role="status">
      <Flex gap={8} align="center" wrap>
        <BulbOutlined aria-hidden />
        <Typography.Text strong>根据描述建议</Typography.Text>
        {classification.fields.map((f) => (
          <Tag
            key={f.code}
            color={fields.includes(f.code) ? 'blue' : undefined}
            title={f.words.length ? `依据：${f.words.join('、')}` : undefined}
          >
            {catalog.label('fields', f.code)}
          </Tag>
        ))}
        {classification.serviceForms.map((f) => (
          <Tag key={f.code} color={serviceForms.includes(f.code) ? 'blue' : undefined}>
            {catalog.label('serviceForms', f.code)}
          </Tag>
        ))}
        <Button
          size="small"
          type="primary"
          ghost
          disabled={!all}
          onClick={() =>
            onApply({ fields: [...fields, ...newFields], serviceForms: [...serviceForms, ...newForms] })
          }
        >
          {all ? '全部采用' : '已采用'}
        </Button>
      </Flex>
    </div>
  );
}
