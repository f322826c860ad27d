// 建议的服务领域与服务形式: what the text suggests, applied to the form in one click (全部采用), or one by one.
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
          <Tag.CheckableTag
            key={f.code}
            checked={fields.includes(f.code)}
            onChange={(on) =>
              onApply({ fields: on ? [...fields, f.code] : fields.filter((x) => x !== f.code) })
            }
          >
            <span title={f.words.length ? `依据：${f.words.join('、')}` : undefined}>
              {catalog.label('fields', f.code)}
            </span>
          </Tag.CheckableTag>
        ))}
        {classification.serviceForms.map((f) => (
          <Tag.CheckableTag
            key={f.code}
            checked={serviceForms.includes(f.code)}
            onChange={(on) =>
              onApply({
                serviceForms: on ? [...serviceForms, f.code] : serviceForms.filter((x) => x !== f.code),
              })
            }
          >
            {catalog.label('serviceForms', f.code)}
          </Tag.CheckableTag>
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
