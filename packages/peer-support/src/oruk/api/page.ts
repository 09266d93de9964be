/** The ORUK API v3 page envelope (`Page` in the profile's OpenAPI description). */
export interface OrukPage<T> {
  readonly total_items: number;
  readonly total_pages: number;
  readonly page_number: number;
  readonly size: number;
  readonly first_page: boolean;
  readonly last_page: boolean;
  readonly empty: boolean;
  readonly contents: readonly T[];
}

/** Page `page` (from 1) of `items`, `perPage` to a page; a page past the end is empty. */
export function pageOf<T>(items: readonly T[], page: number, perPage: number): OrukPage<T> {
  const totalPages = Math.max(1, Math.ceil(items.length / perPage));
  const contents = items.slice((page - 1) * perPage, page * perPage);
  return {
    total_items: items.length,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: items.length === 0,
    contents,
  };
}
