import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, ResolveField, Parent, Resolver } from '@nestjs/graphql';
import { AppError, type Actor, type RegistrationStatus } from '@app/domain';
import {
  APP_CONFIG,
  ExpertClaimService,
  ONE_TIME_CODE_SENDER,
  UnitRegistrationService,
  canReadCodes,
  type OneTimeCodeSender,
} from '@app/core';
import type { AppConfig } from '@app/platform';
import { ClientIp, CurrentActor, Public, Roles } from '../common/auth.decorators.js';
import type { GraphQLContext } from '../common/graphql-context.js';
import { COST } from '../common/query-costs.js';
import { Account } from '../accounts/account.types.js';
import { Region } from '../regions/region.types.js';
import {
  ExpertClaimInput,
  ExpertInviteResult,
  RegistrationStatusEnum,
  UnitRegistration,
  UnitRegistrationInput,
} from './onboarding.types.js';

@Resolver(() => UnitRegistration)
export class OnboardingResolver {
  constructor(
    private readonly registrations: UnitRegistrationService,
    private readonly claims: ExpertClaimService,
    @Inject(ONE_TIME_CODE_SENDER) private readonly sender: OneTimeCodeSender,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Mutation(() => UnitRegistration, {
    description: '基层单位自助注册：提交后由所在地区的属地人社局审核，通过后方可登录',
    complexity: COST.PASSWORD_HASH,
  })
  async registerUnit(
    @Args('input') input: UnitRegistrationInput,
    @ClientIp() ip: string | null,
  ): Promise<UnitRegistration> {
    return UnitRegistration.from(await this.registrations.register(input, ip));
  }

  @Roles('ADMIN', 'PROVINCE', 'LOCAL')
  @Query(() => [UnitRegistration], { description: '辖区内的注册申请（默认待审核，按提交先后）' })
  async unitRegistrations(
    @CurrentActor() actor: Actor,
    @Args('status', { type: () => RegistrationStatusEnum, nullable: true, defaultValue: 'PENDING' })
    status?: RegistrationStatus | null,
  ): Promise<UnitRegistration[]> {
    return (await this.registrations.list(actor, status ?? null)).map(UnitRegistration.from);
  }

  @Roles('ADMIN', 'LOCAL')
  @Mutation(() => UnitRegistration, {
    description: '通过注册申请：建立单位（或使用同一信用代码的已有单位）和账号',
  })
  async approveUnitRegistration(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<UnitRegistration> {
    return UnitRegistration.from(await this.registrations.approve(actor, id));
  }

  @Roles('ADMIN', 'LOCAL')
  @Mutation(() => UnitRegistration, { description: '驳回注册申请，须填写原因（申请单位登录时可见）' })
  async rejectUnitRegistration(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
  ): Promise<UnitRegistration> {
    return UnitRegistration.from(await this.registrations.reject(actor, id, reason));
  }

  @Public()
  @Mutation(() => String, {
    description: '专家认领：向专家库中登记的手机号发送验证码（答复不透露该手机号是否在库中）',
  })
  requestExpertClaimCode(@Args('mobile') mobile: string, @ClientIp() ip: string | null): Promise<string> {
    return this.claims.requestCode(mobile, ip);
  }

  @Public()
  @Mutation(() => Account, {
    description: '专家认领：凭手机号和验证码建立专家账号并关联专家库记录',
    complexity: COST.PASSWORD_HASH,
  })
  async claimExpertRecord(
    @Args('input') input: ExpertClaimInput,
    @ClientIp() ip: string | null,
  ): Promise<Account> {
    return Account.from(await this.claims.claim(input, ip));
  }

  @Roles('ADMIN', 'PROVINCE', 'LOCAL')
  @Mutation(() => [ExpertInviteResult], {
    description: '批量邀请专家认领：向每位专家的手机发送 7 天内有效的验证码',
  })
  inviteExpertsToClaim(
    @CurrentActor() actor: Actor,
    @Args('expertIds', { type: () => [ID] }) expertIds: string[],
  ): Promise<ExpertInviteResult[]> {
    return this.claims.invite(actor, expertIds);
  }

  @Public()
  @Query(() => String, {
    nullable: true,
    description: '演示环境：查看最近发往该手机的验证码（生产环境且未开启演示数据时始终为空）',
  })
  demoOneTimeCode(@Args('mobile') mobile: string): string | null {
    if (this.config.nodeEnv === 'production' && !this.config.demoData) return null;
    if (!canReadCodes(this.sender)) throw AppError.forbidden('当前短信通道不支持查看验证码');
    return this.sender.lastCode((mobile ?? '').trim());
  }

  @ResolveField(() => Region, { nullable: true })
  async region(@Parent() r: UnitRegistration, @Context() ctx: GraphQLContext): Promise<Region | null> {
    const region = await ctx.loaders.region.load(r.regionCode);
    return region ? Region.from(region) : null;
  }
}
