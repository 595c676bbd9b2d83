import type { QueryClient } from '@tanstack/react-query';
import { catalogueQuery } from './catalogue-queries';
import type { FirstAnswers } from './first-map-answers';
import { checkAfterFirstMap } from './parse-response';
import { valuesQuery } from './values-queries';

/**
 * React's cache takes the answers the first map was drawn with (web/first-map), under the keys of the queries
 * that would have fetched them, so the planner neither asks again nor renders without them. They are checked
 * against the contract now that the first map is drawn, as `checkedAfterFirstMap` checks them on the React path.
 */
export function seedFirstAnswers(client: QueryClient, answers: FirstAnswers): void {
  if (answers.catalogue) {
    const { queryKey } = catalogueQuery;
    const data = answers.catalogue.indicators;
    client.setQueryData(queryKey, data);
    checkAfterFirstMap(answers.catalogue, data, (c) => c.IndicatorsResponse, { client, queryKey });
  }
  if (answers.values) {
    const { indicator, year, sex } = answers.values.request;
    const { queryKey } = valuesQuery(indicator, year, sex);
    client.setQueryData(queryKey, answers.values.body);
    checkAfterFirstMap(answers.values.body, answers.values.body, (c) => c.ValuesResponse, {
      client,
      queryKey,
    });
  }
}
