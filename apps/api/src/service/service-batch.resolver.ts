import {
  Args,
  Context,
  Extensions,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { BODY_LIMIT_BYTES } from '../common/body-limit.js';
import type { Actor } from '@app/domain';
import { AppError } from '@app/domain';
import { ServiceBatchService, ServicePhotoService } from '@app/core';
import { CurrentActor, Roles } from '../common/auth.decorators.js';
import type { GraphQLContext } from '../common/graphql-context.js';
import { Team } from '../dispatch/team.types.js';
import { toBatch } from './service.mappers.js';
import { ServiceBatch, ServiceBatchInput, ServicePhoto } from './service.types.js';

@Resolver(() => ServiceBatch)
export class ServiceBatchResolver {
  constructor(
    private readonly service: ServiceBatchService,
    private readonly photos: ServicePhotoService,
  ) {}

  private map = (views: Awaited<ReturnType<ServiceBatchService['views']>>): ServiceBatch[] =>
    views.map((v) => toBatch(v, (p) => this.photos.photoPath(p)));

  @Roles('EXPERT', 'PROVINCE', 'ADMIN')
  @Mutation(() => ServiceBatch, { description: '登记服务批次（服务团领衔专家或省厅）' })
  async logServiceBatch(
    @CurrentActor() actor: Actor,
    @Args('input') input: ServiceBatchInput,
  ): Promise<ServiceBatch> {
    const batch = await this.service.log(actor, input);
    return this.map(await this.service.views([batch]))[0]!;
  }

  @Roles('EXPERT', 'PROVINCE', 'ADMIN')
  @Mutation(() => ServiceBatch, { description: '更正服务批次：生成新版本，原版本保留并记入审计' })
  async correctServiceBatch(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: '要更正的（当前）版本' }) id: string,
    @Args('input') input: ServiceBatchInput,
    @Args('reason', { description: '更正原因' }) reason: string,
  ): Promise<ServiceBatch> {
    const batch = await this.service.correct(actor, id, input, reason);
    return this.map(await this.service.views([batch]))[0]!;
  }

  @Roles('EXPERT', 'PROVINCE', 'ADMIN')
  @Extensions({ maxLength: { contentBase64: BODY_LIMIT_BYTES } })
  @Mutation(() => ServicePhoto, { description: '上传服务现场照片（JPG/PNG/WebP，≤5 MB），登记批次时附上' })
  async uploadServicePhoto(
    @CurrentActor() actor: Actor,
    @Args('teamId', { type: () => ID }) teamId: string,
    @Args('fileName') fileName: string,
    @Args('contentBase64') contentBase64: string,
    @Args('caption', { type: () => String, nullable: true }) caption?: string | null,
  ): Promise<ServicePhoto> {
    if (!/^[A-Za-z0-9+/=\s]*$/.test(contentBase64))
      throw AppError.badInput('照片内容不是有效的 Base64 编码', { file: '请重新选择照片' });
    const p = await this.photos.uploadPhoto(
      actor,
      teamId,
      fileName,
      Buffer.from(contentBase64, 'base64'),
      caption,
    );
    return {
      id: p.id,
      fileName: p.fileName,
      contentType: p.contentType,
      size: p.size,
      caption: p.caption,
      url: this.photos.photoPath(p),
      createdAt: p.createdAt,
    };
  }

  @Query(() => [ServiceBatch], {
    description: '服务批次（当前版本，按日期）：指定服务团或需求',
    complexity: 50,
  })
  async serviceBatches(
    @CurrentActor() actor: Actor,
    @Args('teamId', { type: () => ID, nullable: true }) teamId?: string | null,
    @Args('demandId', { type: () => ID, nullable: true }) demandId?: string | null,
  ): Promise<ServiceBatch[]> {
    return this.map(await this.service.list(actor, { teamId, demandId }));
  }

  @Query(() => [ServiceBatch], { description: '一个服务批次的全部版本（最新在前）', complexity: 20 })
  async serviceBatchVersions(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ServiceBatch[]> {
    return this.map(await this.service.versions(actor, id));
  }
}

@Resolver(() => Team)
export class TeamServiceFieldsResolver {
  @ResolveField(() => Int, { description: '累计服务天数（各批次天数之和）' })
  servedDays(@Parent() t: Team, @Context() ctx: GraphQLContext): Promise<number> {
    return ctx.loaders.servedDays.load(t.id);
  }

  @ResolveField(() => Boolean, { description: '当前账号可否为该服务团登记批次' })
  canLogBatches(
    @Parent() t: Team,
    @CurrentActor() actor: Actor,
    @Context() ctx: GraphQLContext,
  ): Promise<boolean> {
    return ctx.loaders.canLogBatches.load({ actor, team: t.entity });
  }
}
