import { Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/auth.decorators.js';

@Resolver()
export class TeamResolver {
  @Roles('ADMIN')
  @Query(() => Boolean, { description: '占位：派单功能开发中', deprecationReason: 'placeholder' })
  dispatchReady(): boolean {
    return false;
  }
}
