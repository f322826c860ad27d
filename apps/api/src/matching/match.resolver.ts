import { Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/auth.decorators.js';

@Resolver()
export class MatchResolver {
  @Roles('ADMIN')
  @Query(() => Boolean, { description: '占位：匹配功能开发中', deprecationReason: 'placeholder' })
  matchingReady(): boolean {
    return false;
  }
}
