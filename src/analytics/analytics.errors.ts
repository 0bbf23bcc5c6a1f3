import { createErrorFactory, type ErrorCodes } from '../shared/errors.js';

/** Errors of the response-time analytics (`analytics.*`). */
export const analyticsErrors = {
  unknownHolidayRegion: createErrorFactory({
    code: 'analytics.unknown_holiday_region',
    message: (given: string) =>
      `${JSON.stringify(given)} is not a country or country-region code of the holiday calendars (e.g. DE, DE-BY, CH-ZH).`,
    status: 400,
    permanent: true,
  }),
  invalidInput: createErrorFactory({
    code: 'analytics.invalid_input',
    message: (problem: string) => problem,
    status: 400,
    permanent: true,
  }),
};

export type AnalyticsErrorCode = ErrorCodes<typeof analyticsErrors>;
