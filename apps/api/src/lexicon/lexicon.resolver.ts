import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@app/domain';
import { LexiconService } from '@app/core';
import { CurrentActor, Roles } from '../common/auth.decorators.js';
import { LexiconEntry, LexiconEntryInput, LexiconPreview } from './lexicon.types.js';

@Resolver(() => LexiconEntry)
export class LexiconResolver {
  constructor(private readonly lexicon: LexiconService) {}

  @Roles('ADMIN', 'PROVINCE')
  @Query(() => [LexiconEntry], {
    description: '匹配词库：管理员新增的词条在前，其后为内置词条；query 按说法、术语或备注筛选',
    complexity: 50,
  })
  async lexiconEntries(
    @CurrentActor() actor: Actor,
    @Args('query', { type: () => String, nullable: true }) query?: string | null,
    @Args('builtin', {
      type: () => Boolean,
      nullable: true,
      description: 'true 只看内置词条，false 只看新增词条',
    })
    builtin?: boolean | null,
  ): Promise<LexiconEntry[]> {
    return (await this.lexicon.list(actor, { query, builtin })).map(LexiconEntry.from);
  }

  @Roles('ADMIN', 'PROVINCE')
  @Query(() => LexiconPreview, { description: '试一试：一段文字在专家检索与匹配中如何理解' })
  async lexiconPreview(@CurrentActor() actor: Actor, @Args('text') text: string): Promise<LexiconPreview> {
    return LexiconPreview.from(await this.lexicon.preview(actor, text));
  }

  @Roles('ADMIN')
  @Mutation(() => LexiconEntry, {
    description: '新增匹配词库词条（管理员）；无需重新部署，检索与匹配随即生效',
  })
  async createLexiconEntry(
    @CurrentActor() actor: Actor,
    @Args('input') input: LexiconEntryInput,
  ): Promise<LexiconEntry> {
    return LexiconEntry.from(await this.lexicon.create(actor, input));
  }

  @Roles('ADMIN')
  @Mutation(() => LexiconEntry, { description: '修改匹配词库词条（管理员）；version 为读取时的版本号' })
  async updateLexiconEntry(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: LexiconEntryInput,
  ): Promise<LexiconEntry> {
    return LexiconEntry.from(await this.lexicon.update(actor, id, version, input));
  }

  @Roles('ADMIN')
  @Mutation(() => Boolean, { description: '删除管理员新增的词条；内置词条不能删除' })
  async deleteLexiconEntry(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.lexicon.remove(actor, id);
  }
}
