// 服务领域 and 希望的服务形式, with the catalog's labels; required when submitting.
import { Checkbox, Form, type FormRule } from 'antd';
import { useCatalog } from '../../../../lib/catalog';

export function ClassificationFields({
  onSubmitOnly,
}: {
  onSubmitOnly: (check: (value: unknown) => string | null) => FormRule;
}) {
  const catalog = useCatalog();
  return (
    <>
      <Form.Item
        name="fields"
        required
        label="服务领域"
        rules={[
          onSubmitOnly((value) =>
            (value as unknown[] | undefined)?.length ? null : '请至少选择一个服务领域',
          ),
        ]}
      >
        <Checkbox.Group className="checkbox-grid" options={catalog.options('fields')} />
      </Form.Item>
      <Form.Item
        name="serviceForms"
        required
        label="希望的服务形式"
        rules={[
          onSubmitOnly((value) =>
            (value as unknown[] | undefined)?.length ? null : '请至少选择一种服务形式',
          ),
        ]}
      >
        <Checkbox.Group className="checkbox-grid" options={catalog.options('serviceForms')} />
      </Form.Item>
    </>
  );
}
