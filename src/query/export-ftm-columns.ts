/** The columns of a FollowTheMoney entity in a CSV export (`export ftm --format csv`). */
export const FTM_COLUMNS = ['id', 'schema', 'properties'];
