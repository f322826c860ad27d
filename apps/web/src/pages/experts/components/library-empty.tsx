// What an empty result means, and what to do next: a search that found nobody (suggestions, fewer filters), a
// bureau whose region has no experts yet (search the whole library, masked), or a library not yet filled.
import { Button, Flex, Typography } from 'antd';
import { EmptyBlock } from '../../../components/query-state';
import { unmatchedText } from '../expert-count';

export function LibraryEmpty({
  searching,
  filtered,
  suggestions,
  onSuggestion,
  onClearFilters,
  localScope,
  onWholeLibrary,
  unmatched = [],
  canAdd = false,
}: {
  searching: boolean;
  filtered: boolean;
  suggestions: string[];
  onSuggestion: (word: string) => void;
  onClearFilters: () => void;
  /** A bureau reading its own region only: the region's name. */
  localScope: string | null;
  onWholeLibrary: () => void;
  /** Words of the search nobody in the library wrote. */
  unmatched?: readonly string[];
  /** The reader maintains the library (新增专家, 导入). */
  canAdd?: boolean;
}) {
  // Nobody wrote a word: the library lacks that expertise, whatever the filters (say so before the rest).
  const missing = unmatched.length ? `${unmatchedText(unmatched)}。` : '';
  if (searching || filtered) {
    return (
      <EmptyBlock
        description={
          <span data-testid="library-empty-search">
            {missing}
            {localScope
              ? `${localScope}没有符合条件的专家。可以换个说法、减少筛选条件，或检索全库（辖区外专家的手机和邮箱脱敏显示）。`
              : missing
                ? `可以换个说法，或用领域、职称筛选浏览${canAdd ? '；库中确无此类专家时，可新增或导入专家' : ''}。`
                : '没有符合条件的专家，试试换个说法或减少筛选条件'}
          </span>
        }
      >
        {suggestions.length > 0 && (
          <Flex
            wrap
            gap={6}
            justify="center"
            align="center"
            data-testid="search-suggestions"
            style={{ marginBottom: 8 }}
          >
            <Typography.Text type="secondary">您是不是要找：</Typography.Text>
            {suggestions.map((s) => (
              <Button key={s} size="small" onClick={() => onSuggestion(s)}>
                {s}
              </Button>
            ))}
          </Flex>
        )}
        <Flex gap={8} justify="center" wrap>
          {filtered && <Button onClick={onClearFilters}>清除筛选</Button>}
          {localScope && (
            <Button type="primary" onClick={onWholeLibrary}>
              检索全库
            </Button>
          )}
        </Flex>
      </EmptyBlock>
    );
  }
  if (localScope) {
    return (
      <EmptyBlock
        description={
          <span data-testid="library-empty-local">
            {localScope}还没有在库专家：专家按所在地区归属，本辖区目前没有登记的专家。
            可以检索全库，选用其他地区的专家（手机和邮箱脱敏显示）；本地专家由省厅录入或导入专家库。
          </span>
        }
      >
        <Button type="primary" onClick={onWholeLibrary}>
          检索全库
        </Button>
      </EmptyBlock>
    );
  }
  return <EmptyBlock description="专家库还没有专家。可以新增专家，或用 Excel 批量导入。" />;
}
