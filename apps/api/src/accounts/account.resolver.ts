import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor, Role } from '@app/domain';
import { AppError } from '@app/domain';
import { AccountService, AuthService, TOKEN_TTL_SECONDS } from '@app/core';
import { ClientIp, CurrentActor, Public, Roles } from '../common/auth.decorators.js';
import { RoleEnum } from '../common/enums.js';
import type { GraphQLContext } from '../common/graphql-context.js';
import { Organization } from '../organizations/organization.types.js';
import { Region } from '../regions/region.types.js';
import { Account, AuthPayload, CreateAccountInput } from './account.types.js';
import { COST } from '../common/query-costs.js';

@Resolver(() => Account)
export class AccountResolver {
  constructor(
    private readonly service: AccountService,
    private readonly auth: AuthService,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, { description: '登录', complexity: COST.PASSWORD_HASH })
  async login(
    @Args('username') username: string,
    @Args('password') password: string,
    @ClientIp() ip: string | null,
  ): Promise<AuthPayload> {
    const { token, account } = await this.auth.login(username, password, ip);
    return Object.assign(new AuthPayload(), {
      token,
      expiresAt: new Date(Date.now() + TOKEN_TTL_SECONDS * 1000),
      account: Account.from(account),
    });
  }

  @Query(() => Account, { description: '当前登录账号' })
  async me(@CurrentActor() actor: Actor): Promise<Account> {
    const account = await this.service.get(actor.accountId);
    if (!account) throw AppError.unauthenticated();
    return Account.from(account);
  }

  @Mutation(() => Boolean, {
    description: '修改自己的密码；成功后需重新登录',
    complexity: COST.PASSWORD_HASH,
  })
  async changePassword(
    @CurrentActor() actor: Actor,
    @Args('oldPassword') oldPassword: string,
    @Args('newPassword') newPassword: string,
  ): Promise<boolean> {
    await this.service.changePassword(actor, oldPassword, newPassword);
    return true;
  }

  @Roles('ADMIN')
  @Mutation(() => Account, { description: '创建账号（管理员）', complexity: COST.PASSWORD_HASH })
  async createAccount(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateAccountInput,
  ): Promise<Account> {
    return Account.from(await this.service.create(actor, input));
  }

  @Roles('ADMIN')
  @Mutation(() => Account, { description: '启用或停用账号（管理员）' })
  async setAccountActive(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('active') active: boolean,
  ): Promise<Account> {
    return Account.from(await this.service.setActive(actor, id, active));
  }

  @Roles('ADMIN', 'PROVINCE', 'LOCAL')
  @Query(() => [Account], { description: '账号列表（管理员全部；省厅、属地为其辖区）' })
  async accounts(
    @CurrentActor() actor: Actor,
    @Args('role', { type: () => RoleEnum, nullable: true }) role?: Role | null,
  ): Promise<Account[]> {
    return (await this.service.list(actor, role)).map(Account.from);
  }

  @ResolveField(() => Organization, { nullable: true })
  async organization(@Parent() a: Account, @Context() ctx: GraphQLContext): Promise<Organization | null> {
    if (!a.organizationId) return null;
    const o = await ctx.loaders.organization.load(a.organizationId);
    return o ? Organization.from(o) : null;
  }

  @ResolveField(() => Region, { nullable: true })
  async region(@Parent() a: Account, @Context() ctx: GraphQLContext): Promise<Region | null> {
    if (!a.regionCode) return null;
    const r = await ctx.loaders.region.load(a.regionCode);
    return r ? Region.from(r) : null;
  }
}
