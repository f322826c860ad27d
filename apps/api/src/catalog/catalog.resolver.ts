import { Query, Resolver } from '@nestjs/graphql';
import { CATALOG, catalogEntries, type CatalogName } from '@app/domain';
import { Public } from '../common/auth.decorators.js';
import { Catalog } from './catalog.types.js';

const catalog: Catalog = Object.assign(
  new Catalog(),
  Object.fromEntries((Object.keys(CATALOG) as CatalogName[]).map((name) => [name, catalogEntries(name)])),
);

@Resolver(() => Catalog)
export class CatalogResolver {
  @Public()
  @Query(() => Catalog, { description: '全部枚举及中文名称' })
  catalog(): Catalog {
    return catalog;
  }
}
