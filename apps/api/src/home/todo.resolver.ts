import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@app/domain';
import { TodoService } from '@app/core';
import { CurrentActor } from '../common/auth.decorators.js';
import { TodoSection } from './todo.types.js';

@Resolver(() => TodoSection)
export class TodoResolver {
  constructor(private readonly todos: TodoService) {}

  @Query(() => [TodoSection], { description: '我的待办：按角色列出等我办理的事项，最急的在前' })
  myTodos(
    @CurrentActor() actor: Actor,
    @Args('first', {
      type: () => Int,
      nullable: true,
      defaultValue: 8,
      description: '每组最多列出几项（1–50）',
    })
    first: number,
  ): Promise<TodoSection[]> {
    return this.todos.mine(actor, first);
  }
}
