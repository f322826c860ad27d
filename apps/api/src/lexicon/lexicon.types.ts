import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { Field as DomainField } from '@app/domain';
import type { LexiconEntryView, LexiconPreview as LexiconPreviewData } from '@app/core';
import { FieldEnum } from '../common/enums.js';

@ObjectType({
  description: '匹配词库的一条：群众的说法 → 专家写的专业术语（术语为空时为需整词匹配的专业词组）',
})
export class LexiconEntry {
  @Field(() => ID, { description: '内置词条为 builtin:说法' }) id: string;
  @Field({ description: '说法，如“拉稀”“叶子发黄”“浮头”' }) expression: string;
  @Field(() => [String], { description: '对应的专业术语，如“腹泻”“黄化”“缺氧”' }) terms: string[];
  @Field(() => [FieldEnum], { description: '常见于哪些服务领域（用于从需求文字提示领域）' })
  fields: DomainField[];
  @Field(() => String, { nullable: true }) note: string | null;
  @Field({ description: '随系统提供的内置词条（只读）' }) builtin: boolean;
  @Field(() => Int, { description: '版本号：修改时回传，防止覆盖他人的修改' }) version: number;
  @Field(() => Date, { nullable: true }) updatedAt: Date | null;

  static from(v: LexiconEntryView): LexiconEntry {
    return Object.assign(new LexiconEntry(), v);
  }
}

@InputType({ description: '新增或修改匹配词库词条' })
export class LexiconEntryInput {
  @Field({ description: '说法（2–20 个字，汉字、字母或数字）' }) expression: string;
  @Field(() => [String], {
    description: '专业术语（每个 2–30 个字，最多 12 个）；为空表示整词匹配的专业词组',
  })
  terms: string[];
  @Field(() => [FieldEnum], { nullable: true }) fields?: DomainField[] | null;
  @Field(() => String, { nullable: true, description: '备注（不超过 200 个字）' }) note?: string | null;
}

@ObjectType({ description: '一个词在检索与匹配中如何理解' })
export class LexiconPreviewWord {
  @Field() word: string;
  @Field(() => [String], { description: '同义词与词库给出的专业术语' }) expansions: string[];
}

@ObjectType({
  description: '一段文字在检索与匹配中如何理解：识别出的词（已去掉“怎么、想请、专家”等虚词）与提示的服务领域',
})
export class LexiconPreview {
  @Field(() => [LexiconPreviewWord]) words: LexiconPreviewWord[];
  @Field(() => [FieldEnum]) fields: DomainField[];

  static from(p: LexiconPreviewData): LexiconPreview {
    return Object.assign(new LexiconPreview(), p);
  }
}
